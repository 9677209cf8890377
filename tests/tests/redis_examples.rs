//! Keeps the table honest: runs every example of `commands.yaml` against a real `redis-server`
//! (the reference, 7.0) on a free loopback port, from an empty database each time. Skipped with
//! a notice when `redis-server` is missing, unless `CI` is set (then it fails).

use std::path::Path;

use codegen::model::{Expect, Value};
use ferrite_core::Reply;
use ferrite_tests::redis_server;
use ferrite_tests::resp::Outcome;

/// Redis's reply in the table's terms (bulk strings decoded lossily, as the table writes them).
fn to_value(reply: &Reply) -> Value {
    match reply {
        Reply::Nil => Value::Nil,
        Reply::Status(text) => Value::Status(text.to_string()),
        Reply::Integer(n) => Value::Integer(*n),
        Reply::Bulk(bytes) => Value::Bulk(String::from_utf8_lossy(bytes).into_owned()),
        Reply::Array(items) => Value::Array(items.iter().map(to_value).collect()),
    }
}

#[test]
fn table_examples_hold_on_redis_server() {
    let Some(server) = redis_server::start_or_skip("redis_examples") else {
        return;
    };
    let root = codegen::files::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let model = codegen::files::load_model(&root.join("commands.yaml"))
        .unwrap_or_else(|err| panic!("{err:#}"));
    let mut client = server.connect().expect("connect to redis-server");
    let mut call = |argv: &[String]| -> Outcome {
        client
            .call(argv)
            .unwrap_or_else(|err| panic!("talking to redis-server: {err}"))
    };
    let mut failures = Vec::new();
    let mut count = 0;
    for cmd in &model.commands {
        for (idx, example) in cmd.examples.iter().enumerate() {
            count += 1;
            call(&["FLUSHALL".to_string()]).expect("FLUSHALL");
            for setup in &example.setup {
                if let Err(text) = call(setup) {
                    failures.push(format!(
                        "{}.examples[{idx}]: setup {setup:?} failed: {text}",
                        cmd.name
                    ));
                }
            }
            let got = call(&example.argv).map(|reply| to_value(&reply));
            let (got, expected) = match &example.expect {
                Expect::Error(text) => (got, Err(text.clone())),
                Expect::Reply(value) if example.unordered => {
                    (got.map(|v| v.sorted()), Ok(value.sorted()))
                }
                Expect::Reply(value) => (got, Ok(value.clone())),
            };
            if got != expected {
                failures.push(format!(
                    "{}.examples[{idx}] {:?}: redis-server replied {got:?}, the table says {expected:?}",
                    cmd.name, example.argv
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} examples disagree with redis-server:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{count} examples agree with redis-server");
}
