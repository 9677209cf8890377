//! The examples of `commands.yaml`, generated into `generated/rust/examples.rs`, run through
//! `Database::execute` on a fresh in-memory database each.

use ferrite::embedded::{Database, Reply};

#[path = "../../../generated/rust/examples.rs"]
mod examples;

/// Runs `setup` (each must succeed), then `argv`, and compares with `expect` (an error compares
/// by its text; `unordered` compares arrays as multisets).
fn check(setup: &[&[&str]], argv: &[&str], expect: Result<Reply, &str>, unordered: bool) {
    let db = Database::memory().expect("open in-memory database");
    for cmd in setup {
        if let Err(err) = db.execute(cmd) {
            panic!("setup {cmd:?} failed: {err}");
        }
    }
    let got = db.execute(argv).map_err(|err| err.to_string());
    let expect = expect.map_err(str::to_string);
    let (got, expect) = if unordered {
        (got.map(sorted), expect.map(sorted))
    } else {
        (got, expect)
    };
    assert_eq!(got, expect, "{argv:?}");
}

/// The reply with every array sorted, recursively.
fn sorted(reply: Reply) -> Reply {
    match reply {
        Reply::Array(items) => {
            let mut items: Vec<Reply> = items.into_iter().map(sorted).collect();
            items.sort_by_key(|item| format!("{item:?}"));
            Reply::Array(items)
        }
        other => other,
    }
}
