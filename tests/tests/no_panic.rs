//! `execute` never panics, whatever argv it gets: for every command of the table, thousands of
//! argument lists of random length built from the table's own option tokens, boundary numbers,
//! patterns, binary junk and empty strings. Each call must return `Ok` or `Err`; a panic fails
//! the test with the argv that caused it.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use codegen::model::{Arg, ArgKind};
use ferrite::embedded::Database;
use ferrite_tests::rng::Rng;
use ferrite_tests::values;

/// Argument lists tried per command.
const PER_COMMAND: usize = 400;

/// Every token that any argument of `args` (recursively) starts with or is.
fn tokens(args: &[Arg], out: &mut Vec<Vec<u8>>) {
    for arg in args {
        if let Some(token) = &arg.token {
            out.push(token.as_bytes().to_vec());
        }
        match &arg.kind {
            ArgKind::OneOf(oneof) => out.extend(
                oneof
                    .alternatives
                    .iter()
                    .map(|alt| alt.token.as_bytes().to_vec()),
            ),
            ArgKind::Block(members) => tokens(members, out),
            ArgKind::Scalar(_) | ArgKind::Flag => {}
        }
    }
}

fn word(rng: &mut Rng, command_tokens: &[Vec<u8>]) -> Vec<u8> {
    match rng.below(9) {
        0 | 1 if !command_tokens.is_empty() => {
            let token = rng.pick(command_tokens).clone();
            if rng.chance(0.3) {
                token.to_ascii_lowercase()
            } else {
                token
            }
        }
        0..=2 => values::integer(rng),
        3 => values::float(rng),
        4 => values::score_bound(rng),
        5 => values::lex_bound(rng),
        6 => values::pattern(rng),
        7 => values::junk(rng),
        _ => rng.pick(&[&b""[..], b"k", b"0", b"-1", b"1"]).to_vec(),
    }
}

#[test]
fn execute_never_panics_on_arbitrary_argv() {
    let root = codegen::files::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let model = codegen::files::load_model(&root.join("commands.yaml"))
        .unwrap_or_else(|err| panic!("{err:#}"));
    let mut rng = Rng::new(0x006e_6f70_616e_6963);
    let db = Database::memory().unwrap();
    let mut calls = 0;
    for (cmd_idx, cmd) in model.commands.iter().enumerate() {
        let mut command_tokens = Vec::new();
        tokens(&cmd.args, &mut command_tokens);
        for attempt in 0..PER_COMMAND {
            // Some state for the command to work on: keys of every type under the usual names.
            if attempt % 50 == 0 {
                db.execute(&["FLUSHALL"]).unwrap();
                db.execute(&["SET", "k", "1"]).unwrap();
                db.execute(&["RPUSH", "0", "a", "b", "c"]).unwrap();
                db.execute(&["HSET", "-1", "f", "1"]).unwrap();
                db.execute(&["SADD", "1", "a", "1"]).unwrap();
                db.execute(&["ZADD", "", "1", "a", "2", "b"]).unwrap();
            }
            let len = rng.below(9);
            let mut argv = vec![cmd.name.as_bytes().to_vec()];
            argv.extend((0..len).map(|_| word(&mut rng, &command_tokens)));
            let outcome = catch_unwind(AssertUnwindSafe(|| db.execute(&argv)));
            calls += 1;
            if outcome.is_err() {
                let shown: Vec<String> = argv
                    .iter()
                    .map(|a| format!("{:?}", String::from_utf8_lossy(a)))
                    .collect();
                panic!(
                    "execute panicked on [{}] (command #{cmd_idx})",
                    shown.join(", ")
                );
            }
        }
    }
    // The databases' handles are still usable after everything above.
    assert_eq!(
        db.execute(&["SET", "after", "ok"]).unwrap(),
        ferrite::embedded::Reply::ok()
    );
    println!("{calls} argument lists, no panic");
}
