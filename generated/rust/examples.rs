// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The examples of `commands.yaml` as tests of `execute` on an in-memory database.
//! Included by `bindings/rust/tests/examples.rs`, which provides `check`.

use ferrite::embedded::Reply;

use super::check;

#[test]
fn get_0() {
    check(
        &[&["SET", "k", "hello"]],
        &["GET", "k"],
        Ok(Reply::Bulk("hello".into())),
        false,
    );
}

#[test]
fn get_1() {
    check(&[], &["GET", "missing"], Ok(Reply::Nil), false);
}

#[test]
#[ignore = "needs LPUSH, not in commands.yaml yet"]
fn get_2() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GET", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn set_0() {
    check(
        &[],
        &["SET", "k", "v"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn set_1() {
    check(
        &[&["SET", "k", "old"]],
        &["SET", "k", "new", "GET"],
        Ok(Reply::Bulk("old".into())),
        false,
    );
}

#[test]
fn set_2() {
    check(
        &[&["SET", "k", "old"]],
        &["SET", "k", "new", "NX"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn set_3() {
    check(
        &[&["SET", "k", "old"]],
        &["SET", "k", "new", "NX", "GET"],
        Ok(Reply::Bulk("old".into())),
        false,
    );
}

#[test]
fn set_4() {
    check(&[], &["SET", "k", "v", "XX"], Ok(Reply::Nil), false);
}

#[test]
fn set_5() {
    check(
        &[],
        &["SET", "k", "v", "EX", "100", "NX"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn set_6() {
    check(
        &[],
        &["SET", "k", "v", "NX", "NX"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn set_7() {
    check(
        &[],
        &["SET", "k", "v", "NX", "XX"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_8() {
    check(
        &[],
        &["SET", "k", "v", "EX", "10", "KEEPTTL"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_9() {
    check(
        &[],
        &["SET", "k", "v", "EX", "0"],
        Err("ERR invalid expire time in 'set' command"),
        false,
    );
}

#[test]
fn set_10() {
    check(
        &[],
        &["SET", "k", "v", "EX", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn set_11() {
    check(
        &[],
        &["SET", "k", "v", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_12() {
    check(
        &[],
        &["SET", "k"],
        Err("ERR wrong number of arguments for 'set' command"),
        false,
    );
}
