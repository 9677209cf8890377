// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The examples of `commands.yaml` as tests of `execute` on an in-memory database.
//! Included by `bindings/rust/tests/examples.rs`, which provides `check`.

use ferrite::embedded::Reply;

use super::check;

#[test]
fn append_0() {
    check(
        &[&["SET", "k", "hello"]],
        &["APPEND", "k", " world"],
        Ok(Reply::Integer(11)),
        false,
    );
}

#[test]
fn append_1() {
    check(&[], &["APPEND", "k", "abc"], Ok(Reply::Integer(3)), false);
}

#[test]
fn append_2() {
    check(&[], &["APPEND", "k", ""], Ok(Reply::Integer(0)), false);
}

#[test]
fn append_3() {
    check(
        &[&["SET", "n", "12"]],
        &["APPEND", "n", "3"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn append_4() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["APPEND", "l", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn append_5() {
    check(
        &[],
        &["APPEND", "k"],
        Err("ERR wrong number of arguments for 'append' command"),
        false,
    );
}

#[test]
fn decr_0() {
    check(
        &[&["SET", "k", "10"]],
        &["DECR", "k"],
        Ok(Reply::Integer(9)),
        false,
    );
}

#[test]
fn decr_1() {
    check(&[], &["DECR", "missing"], Ok(Reply::Integer(-1)), false);
}

#[test]
fn decr_2() {
    check(
        &[&["SET", "k", "-9223372036854775808"]],
        &["DECR", "k"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn decr_3() {
    check(
        &[&["SET", "k", "1.5"]],
        &["DECR", "k"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn decr_4() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["DECR", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn decr_5() {
    check(
        &[],
        &["DECR"],
        Err("ERR wrong number of arguments for 'decr' command"),
        false,
    );
}

#[test]
fn decr_by_0() {
    check(
        &[&["SET", "k", "10"]],
        &["DECRBY", "k", "3"],
        Ok(Reply::Integer(7)),
        false,
    );
}

#[test]
fn decr_by_1() {
    check(
        &[],
        &["DECRBY", "missing", "-5"],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn decr_by_2() {
    check(
        &[],
        &["DECRBY", "k", "-9223372036854775808"],
        Err("ERR decrement would overflow"),
        false,
    );
}

#[test]
fn decr_by_3() {
    check(
        &[&["SET", "k", "-9223372036854775807"]],
        &["DECRBY", "k", "2"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn decr_by_4() {
    check(
        &[],
        &["DECRBY", "k", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn decr_by_5() {
    check(
        &[&["SET", "k", "hello"]],
        &["DECRBY", "k", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn decr_by_6() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["DECRBY", "l", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

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
fn get_2() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GET", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getdel_0() {
    check(
        &[&["SET", "k", "v"]],
        &["GETDEL", "k"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn getdel_1() {
    check(
        &[&["SET", "k", "v"], &["GETDEL", "k"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn getdel_2() {
    check(&[], &["GETDEL", "missing"], Ok(Reply::Nil), false);
}

#[test]
fn getdel_3() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GETDEL", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getdel_4() {
    check(
        &[],
        &["GETDEL"],
        Err("ERR wrong number of arguments for 'getdel' command"),
        false,
    );
}

#[test]
fn getex_0() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn getex_1() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "EX", "100"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn getex_2() {
    check(
        &[&["SET", "k", "v"], &["GETEX", "k", "EX", "100"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn getex_3() {
    check(
        &[&["SET", "k", "v"], &["GETEX", "k", "EX", "10", "EX", "100"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn getex_4() {
    check(
        &[&["SET", "k", "v", "EX", "100"], &["GETEX", "k", "PERSIST"]],
        &["TTL", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn getex_5() {
    check(
        &[&["SET", "k", "v"], &["GETEX", "k", "EXAT", "1"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn getex_6() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "PXAT", "1"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn getex_7() {
    check(
        &[],
        &["GETEX", "missing", "EX", "100"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn getex_8() {
    check(&[], &["GETEX", "missing", "EX", "0"], Ok(Reply::Nil), false);
}

#[test]
fn getex_9() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "EX", "0"],
        Err("ERR invalid expire time in 'getex' command"),
        false,
    );
}

#[test]
fn getex_10() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "PX", "9223372036854775807"],
        Err("ERR invalid expire time in 'getex' command"),
        false,
    );
}

#[test]
fn getex_11() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "EX", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn getex_12() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "EX", "10", "PX", "10"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn getex_13() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "PERSIST", "EX", "10"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn getex_14() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "KEEPTTL"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn getex_15() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GETEX", "l", "EX", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getex_16() {
    check(
        &[],
        &["GETEX"],
        Err("ERR wrong number of arguments for 'getex' command"),
        false,
    );
}

#[test]
fn getex_17() {
    check(
        &[],
        &["GETEX", "missing", "EX", "abc"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn getex_18() {
    check(
        &[&["SET", "k", "v"]],
        &["GETEX", "k", "EX", "abc", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn getex_19() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GETEX", "l", "EX", "abc"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getrange_0() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "0", "-1"],
        Ok(Reply::Bulk("hello".into())),
        false,
    );
}

#[test]
fn getrange_1() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "-3", "-1"],
        Ok(Reply::Bulk("llo".into())),
        false,
    );
}

#[test]
fn getrange_2() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "1", "2"],
        Ok(Reply::Bulk("el".into())),
        false,
    );
}

#[test]
fn getrange_3() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "2", "100"],
        Ok(Reply::Bulk("llo".into())),
        false,
    );
}

#[test]
fn getrange_4() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "-1", "-3"],
        Ok(Reply::Bulk("".into())),
        false,
    );
}

#[test]
fn getrange_5() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "-100", "-50"],
        Ok(Reply::Bulk("h".into())),
        false,
    );
}

#[test]
fn getrange_6() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "3", "2"],
        Ok(Reply::Bulk("".into())),
        false,
    );
}

#[test]
fn getrange_7() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "10", "20"],
        Ok(Reply::Bulk("".into())),
        false,
    );
}

#[test]
fn getrange_8() {
    check(
        &[&["SET", "k", "12345"]],
        &["GETRANGE", "k", "1", "-2"],
        Ok(Reply::Bulk("234".into())),
        false,
    );
}

#[test]
fn getrange_9() {
    check(
        &[],
        &["GETRANGE", "missing", "0", "-1"],
        Ok(Reply::Bulk("".into())),
        false,
    );
}

#[test]
fn getrange_10() {
    check(
        &[&["SET", "k", "hello"]],
        &["GETRANGE", "k", "a", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn getrange_11() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GETRANGE", "l", "0", "-1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getrange_12() {
    check(
        &[],
        &["GETRANGE", "k", "0"],
        Err("ERR wrong number of arguments for 'getrange' command"),
        false,
    );
}

#[test]
fn getset_0() {
    check(
        &[&["SET", "k", "old"]],
        &["GETSET", "k", "new"],
        Ok(Reply::Bulk("old".into())),
        false,
    );
}

#[test]
fn getset_1() {
    check(
        &[&["SET", "k", "old"], &["GETSET", "k", "new"]],
        &["GET", "k"],
        Ok(Reply::Bulk("new".into())),
        false,
    );
}

#[test]
fn getset_2() {
    check(&[], &["GETSET", "missing", "v"], Ok(Reply::Nil), false);
}

#[test]
fn getset_3() {
    check(
        &[&["SET", "k", "v", "EX", "100"], &["GETSET", "k", "w"]],
        &["TTL", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn getset_4() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["GETSET", "l", "v"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn getset_5() {
    check(
        &[],
        &["GETSET", "k"],
        Err("ERR wrong number of arguments for 'getset' command"),
        false,
    );
}

#[test]
fn incr_0() {
    check(
        &[&["SET", "k", "10"]],
        &["INCR", "k"],
        Ok(Reply::Integer(11)),
        false,
    );
}

#[test]
fn incr_1() {
    check(&[], &["INCR", "missing"], Ok(Reply::Integer(1)), false);
}

#[test]
fn incr_2() {
    check(
        &[&["SET", "k", "10"], &["INCR", "k"]],
        &["GET", "k"],
        Ok(Reply::Bulk("11".into())),
        false,
    );
}

#[test]
fn incr_3() {
    check(
        &[&["SET", "k", "9223372036854775807"]],
        &["INCR", "k"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn incr_4() {
    check(
        &[&["SET", "k", "hello"]],
        &["INCR", "k"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_5() {
    check(
        &[&["SET", "k", "01"]],
        &["INCR", "k"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_6() {
    check(
        &[&["SET", "k", " 1"]],
        &["INCR", "k"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_7() {
    check(
        &[&["SET", "n", "1", "EX", "100"], &["INCR", "n"]],
        &["TTL", "n"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn incr_8() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["INCR", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn incr_9() {
    check(
        &[],
        &["INCR", "a", "b"],
        Err("ERR wrong number of arguments for 'incr' command"),
        false,
    );
}

#[test]
fn incr_by_0() {
    check(
        &[&["SET", "k", "10"]],
        &["INCRBY", "k", "5"],
        Ok(Reply::Integer(15)),
        false,
    );
}

#[test]
fn incr_by_1() {
    check(
        &[],
        &["INCRBY", "missing", "-3"],
        Ok(Reply::Integer(-3)),
        false,
    );
}

#[test]
fn incr_by_2() {
    check(
        &[&["SET", "k", "9223372036854775807"]],
        &["INCRBY", "k", "0"],
        Ok(Reply::Integer(9223372036854775807)),
        false,
    );
}

#[test]
fn incr_by_3() {
    check(
        &[&["SET", "k", "9223372036854775807"]],
        &["INCRBY", "k", "1"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn incr_by_4() {
    check(
        &[&["SET", "k", "-9223372036854775808"]],
        &["INCRBY", "k", "-1"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn incr_by_5() {
    check(
        &[],
        &["INCRBY", "k", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_by_6() {
    check(
        &[],
        &["INCRBY", "k", "9223372036854775808"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_by_7() {
    check(
        &[&["SET", "k", "1.5"]],
        &["INCRBY", "k", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn incr_by_8() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["INCRBY", "l", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn incr_by_9() {
    check(
        &[],
        &["INCRBY", "k"],
        Err("ERR wrong number of arguments for 'incrby' command"),
        false,
    );
}

#[test]
fn incr_by_float_0() {
    check(
        &[&["SET", "k", "10.50"]],
        &["INCRBYFLOAT", "k", "0.1"],
        Ok(Reply::Bulk("10.6".into())),
        false,
    );
}

#[test]
fn incr_by_float_1() {
    check(
        &[],
        &["INCRBYFLOAT", "missing", "1.5"],
        Ok(Reply::Bulk("1.5".into())),
        false,
    );
}

#[test]
fn incr_by_float_2() {
    check(
        &[&["SET", "k", "5"]],
        &["INCRBYFLOAT", "k", "2.0e2"],
        Ok(Reply::Bulk("205".into())),
        false,
    );
}

#[test]
fn incr_by_float_3() {
    check(
        &[&["SET", "k", "1.5"]],
        &["INCRBYFLOAT", "k", "-1.5"],
        Ok(Reply::Bulk("0".into())),
        false,
    );
}

#[test]
fn incr_by_float_4() {
    check(
        &[&["SET", "k", "10.50"], &["INCRBYFLOAT", "k", "0"]],
        &["GET", "k"],
        Ok(Reply::Bulk("10.5".into())),
        false,
    );
}

#[test]
fn incr_by_float_5() {
    check(
        &[&["SET", "k", "1"]],
        &["INCRBYFLOAT", "k", "inf"],
        Err("ERR increment would produce NaN or Infinity"),
        false,
    );
}

#[test]
fn incr_by_float_6() {
    check(
        &[],
        &["INCRBYFLOAT", "k", "abc"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn incr_by_float_7() {
    check(
        &[],
        &["INCRBYFLOAT", "k", "nan"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn incr_by_float_8() {
    check(
        &[&["SET", "k", "hello"]],
        &["INCRBYFLOAT", "k", "1"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn incr_by_float_9() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["INCRBYFLOAT", "l", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn incr_by_float_10() {
    check(
        &[],
        &["INCRBYFLOAT", "k"],
        Err("ERR wrong number of arguments for 'incrbyfloat' command"),
        false,
    );
}

#[test]
fn incr_by_float_11() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["INCRBYFLOAT", "l", "abc"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn incr_by_float_12() {
    check(
        &[&["SET", "k", "1e400"]],
        &["INCRBYFLOAT", "k", "inf"],
        Err("ERR increment would produce NaN or Infinity"),
        false,
    );
}

#[test]
fn incr_by_float_13() {
    check(
        &[&["SET", "k", "1e5000"]],
        &["INCRBYFLOAT", "k", "inf"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn incr_by_float_14() {
    check(
        &[&["SET", "k", "-inf"]],
        &["INCRBYFLOAT", "k", "1e400"],
        Err("ERR increment would produce NaN or Infinity"),
        false,
    );
}

#[test]
fn mget_0() {
    check(
        &[&["SET", "a", "1"], &["SET", "b", "2"]],
        &["MGET", "a", "b", "c"],
        Ok(Reply::Array(vec![
            Reply::Bulk("1".into()),
            Reply::Bulk("2".into()),
            Reply::Nil,
        ])),
        false,
    );
}

#[test]
fn mget_1() {
    check(
        &[&["SET", "a", "1"], &["LPUSH", "l", "x"]],
        &["MGET", "a", "l"],
        Ok(Reply::Array(vec![Reply::Bulk("1".into()), Reply::Nil])),
        false,
    );
}

#[test]
fn mget_2() {
    check(
        &[&["SET", "a", "1"]],
        &["MGET", "a", "a"],
        Ok(Reply::Array(vec![
            Reply::Bulk("1".into()),
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn mget_3() {
    check(
        &[],
        &["MGET"],
        Err("ERR wrong number of arguments for 'mget' command"),
        false,
    );
}

#[test]
fn mset_0() {
    check(
        &[],
        &["MSET", "a", "1", "b", "2"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn mset_1() {
    check(
        &[&["MSET", "a", "1", "b", "2", "a", "3"]],
        &["MGET", "a", "b"],
        Ok(Reply::Array(vec![
            Reply::Bulk("3".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn mset_2() {
    check(
        &[&["LPUSH", "l", "x"], &["MSET", "l", "v"]],
        &["GET", "l"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn mset_3() {
    check(
        &[&["SET", "a", "v", "EX", "100"], &["MSET", "a", "w"]],
        &["TTL", "a"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn mset_4() {
    check(
        &[],
        &["MSET", "a", "1", "b"],
        Err("ERR wrong number of arguments for 'mset' command"),
        false,
    );
}

#[test]
fn mset_5() {
    check(
        &[],
        &["MSET", "a"],
        Err("ERR wrong number of arguments for 'mset' command"),
        false,
    );
}

#[test]
fn msetnx_0() {
    check(
        &[],
        &["MSETNX", "a", "1", "b", "2"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn msetnx_1() {
    check(
        &[&["SET", "a", "0"]],
        &["MSETNX", "a", "1", "b", "2"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn msetnx_2() {
    check(
        &[&["SET", "a", "0"], &["MSETNX", "a", "1", "b", "2"]],
        &["EXISTS", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn msetnx_3() {
    check(
        &[&["LPUSH", "a", "x"]],
        &["MSETNX", "a", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn msetnx_4() {
    check(
        &[&["MSETNX", "x", "1", "y", "2", "x", "3"]],
        &["MGET", "x", "y"],
        Ok(Reply::Array(vec![
            Reply::Bulk("3".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn msetnx_5() {
    check(
        &[],
        &["MSETNX", "a", "1", "b"],
        Err("ERR wrong number of arguments for 'msetnx' command"),
        false,
    );
}

#[test]
fn psetex_0() {
    check(
        &[],
        &["PSETEX", "k", "100000", "v"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn psetex_1() {
    check(
        &[&["PSETEX", "k", "100000", "v"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn psetex_2() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["PSETEX", "l", "100000", "v"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn psetex_3() {
    check(
        &[],
        &["PSETEX", "k", "0", "v"],
        Err("ERR invalid expire time in 'psetex' command"),
        false,
    );
}

#[test]
fn psetex_4() {
    check(
        &[],
        &["PSETEX", "k", "-5", "v"],
        Err("ERR invalid expire time in 'psetex' command"),
        false,
    );
}

#[test]
fn psetex_5() {
    check(
        &[],
        &["PSETEX", "k", "9223372036854775807", "v"],
        Err("ERR invalid expire time in 'psetex' command"),
        false,
    );
}

#[test]
fn psetex_6() {
    check(
        &[],
        &["PSETEX", "k", "abc", "v"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn psetex_7() {
    check(
        &[],
        &["PSETEX", "k", "100"],
        Err("ERR wrong number of arguments for 'psetex' command"),
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

#[test]
fn set_13() {
    check(
        &[],
        &["SET", "k", "v", "EX", "abc", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_14() {
    check(
        &[],
        &["SET", "k", "v", "EX", "abc", "PX", "1"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_15() {
    check(
        &[],
        &["SET", "k", "v", "EX"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn set_16() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["SET", "l", "v", "GET", "EX", "0"],
        Err("ERR invalid expire time in 'set' command"),
        false,
    );
}

#[test]
fn setex_0() {
    check(
        &[],
        &["SETEX", "k", "100", "v"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn setex_1() {
    check(
        &[&["SETEX", "k", "100", "v"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn setex_2() {
    check(
        &[&["SETEX", "k", "100", "v"]],
        &["GET", "k"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn setex_3() {
    check(
        &[&["LPUSH", "l", "a"], &["SETEX", "l", "10", "v"]],
        &["TYPE", "l"],
        Ok(Reply::Status("string".into())),
        false,
    );
}

#[test]
fn setex_4() {
    check(
        &[],
        &["SETEX", "k", "0", "v"],
        Err("ERR invalid expire time in 'setex' command"),
        false,
    );
}

#[test]
fn setex_5() {
    check(
        &[],
        &["SETEX", "k", "-1", "v"],
        Err("ERR invalid expire time in 'setex' command"),
        false,
    );
}

#[test]
fn setex_6() {
    check(
        &[],
        &["SETEX", "k", "9223372036854775", "v"],
        Err("ERR invalid expire time in 'setex' command"),
        false,
    );
}

#[test]
fn setex_7() {
    check(
        &[],
        &["SETEX", "k", "abc", "v"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn setex_8() {
    check(
        &[],
        &["SETEX", "k", "10"],
        Err("ERR wrong number of arguments for 'setex' command"),
        false,
    );
}

#[test]
fn setnx_0() {
    check(&[], &["SETNX", "k", "v"], Ok(Reply::Integer(1)), false);
}

#[test]
fn setnx_1() {
    check(
        &[&["SET", "k", "old"]],
        &["SETNX", "k", "new"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn setnx_2() {
    check(
        &[&["SET", "k", "old"], &["SETNX", "k", "new"]],
        &["GET", "k"],
        Ok(Reply::Bulk("old".into())),
        false,
    );
}

#[test]
fn setnx_3() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["SETNX", "l", "v"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn setnx_4() {
    check(
        &[],
        &["SETNX", "k"],
        Err("ERR wrong number of arguments for 'setnx' command"),
        false,
    );
}

#[test]
fn setrange_0() {
    check(
        &[&["SET", "k", "Hello World"]],
        &["SETRANGE", "k", "6", "Redis"],
        Ok(Reply::Integer(11)),
        false,
    );
}

#[test]
fn setrange_1() {
    check(
        &[
            &["SET", "k", "Hello World"],
            &["SETRANGE", "k", "6", "Redis"],
        ],
        &["GET", "k"],
        Ok(Reply::Bulk("Hello Redis".into())),
        false,
    );
}

#[test]
fn setrange_2() {
    check(
        &[],
        &["SETRANGE", "k", "3", "abc"],
        Ok(Reply::Integer(6)),
        false,
    );
}

#[test]
fn setrange_3() {
    check(
        &[&["SETRANGE", "k", "3", "abc"]],
        &["GETRANGE", "k", "3", "-1"],
        Ok(Reply::Bulk("abc".into())),
        false,
    );
}

#[test]
fn setrange_4() {
    check(
        &[&["SET", "k", "123"]],
        &["SETRANGE", "k", "1", "9"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn setrange_5() {
    check(
        &[&["SET", "k", "123"], &["SETRANGE", "k", "1", "9"]],
        &["INCR", "k"],
        Ok(Reply::Integer(194)),
        false,
    );
}

#[test]
fn setrange_6() {
    check(
        &[],
        &["SETRANGE", "k", "5", ""],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn setrange_7() {
    check(
        &[&["SETRANGE", "k", "5", ""]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn setrange_8() {
    check(
        &[&["SET", "k", "hello"]],
        &["SETRANGE", "k", "100", ""],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn setrange_9() {
    check(
        &[],
        &["SETRANGE", "k", "-1", "x"],
        Err("ERR offset is out of range"),
        false,
    );
}

#[test]
fn setrange_10() {
    check(
        &[],
        &["SETRANGE", "k", "536870912", "x"],
        Err("ERR string exceeds maximum allowed size (proto-max-bulk-len)"),
        false,
    );
}

#[test]
fn setrange_11() {
    check(
        &[],
        &["SETRANGE", "k", "536870911", "xy"],
        Err("ERR string exceeds maximum allowed size (proto-max-bulk-len)"),
        false,
    );
}

#[test]
fn setrange_12() {
    check(
        &[],
        &["SETRANGE", "k", "9223372036854775807", "x"],
        Err("ERR string exceeds maximum allowed size (proto-max-bulk-len)"),
        false,
    );
}

#[test]
fn setrange_13() {
    check(
        &[],
        &["SETRANGE", "k", "x", "y"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn setrange_14() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["SETRANGE", "l", "0", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn setrange_15() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["SETRANGE", "l", "-1", "x"],
        Err("ERR offset is out of range"),
        false,
    );
}

#[test]
fn setrange_16() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["SETRANGE", "l", "5", ""],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn setrange_17() {
    check(
        &[],
        &["SETRANGE", "k", "0"],
        Err("ERR wrong number of arguments for 'setrange' command"),
        false,
    );
}

#[test]
fn strlen_0() {
    check(
        &[&["SET", "k", "hello"]],
        &["STRLEN", "k"],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn strlen_1() {
    check(
        &[&["SET", "k", "-1234"]],
        &["STRLEN", "k"],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn strlen_2() {
    check(&[], &["STRLEN", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn strlen_3() {
    check(
        &[&["LPUSH", "l", "a"]],
        &["STRLEN", "l"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn strlen_4() {
    check(
        &[],
        &["STRLEN"],
        Err("ERR wrong number of arguments for 'strlen' command"),
        false,
    );
}

#[test]
fn hdel_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HDEL", "h", "a", "zz", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn hdel_1() {
    check(
        &[&["HSET", "h", "a", "1"], &["HDEL", "h", "a"]],
        &["EXISTS", "h"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hdel_2() {
    check(&[], &["HDEL", "missing", "a"], Ok(Reply::Integer(0)), false);
}

#[test]
fn hdel_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HDEL", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hdel_4() {
    check(
        &[],
        &["HDEL", "h"],
        Err("ERR wrong number of arguments for 'hdel' command"),
        false,
    );
}

#[test]
fn hexists_0() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HEXISTS", "h", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn hexists_1() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HEXISTS", "h", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hexists_2() {
    check(
        &[],
        &["HEXISTS", "missing", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hexists_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HEXISTS", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hexists_4() {
    check(
        &[],
        &["HEXISTS", "h"],
        Err("ERR wrong number of arguments for 'hexists' command"),
        false,
    );
}

#[test]
fn hget_0() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HGET", "h", "a"],
        Ok(Reply::Bulk("1".into())),
        false,
    );
}

#[test]
fn hget_1() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HGET", "h", "b"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn hget_2() {
    check(&[], &["HGET", "missing", "a"], Ok(Reply::Nil), false);
}

#[test]
fn hget_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HGET", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hget_4() {
    check(
        &[],
        &["HGET", "h", "a", "b"],
        Err("ERR wrong number of arguments for 'hget' command"),
        false,
    );
}

#[test]
fn hgetall_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HGETALL", "h"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        true,
    );
}

#[test]
fn hgetall_1() {
    check(
        &[&["HSET", "h", "b", "2", "a", "1"], &["HSET", "h", "b", "3"]],
        &["HGETALL", "h"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("3".into()),
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
        ])),
        true,
    );
}

#[test]
fn hgetall_2() {
    check(
        &[],
        &["HGETALL", "missing"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn hgetall_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HGETALL", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hgetall_4() {
    check(
        &[],
        &["HGETALL"],
        Err("ERR wrong number of arguments for 'hgetall' command"),
        false,
    );
}

#[test]
fn hincrby_0() {
    check(
        &[],
        &["HINCRBY", "h", "n", "5"],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn hincrby_1() {
    check(
        &[&["HSET", "h", "n", "10"]],
        &["HINCRBY", "h", "n", "-15"],
        Ok(Reply::Integer(-5)),
        false,
    );
}

#[test]
fn hincrby_2() {
    check(
        &[&["HSET", "h", "n", "9223372036854775807"]],
        &["HINCRBY", "h", "n", "-1"],
        Ok(Reply::Integer(9223372036854775806)),
        false,
    );
}

#[test]
fn hincrby_3() {
    check(
        &[&["HSET", "h", "n", "9223372036854775807"]],
        &["HINCRBY", "h", "n", "1"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn hincrby_4() {
    check(
        &[&["HSET", "h", "n", "-9223372036854775808"]],
        &["HINCRBY", "h", "n", "-1"],
        Err("ERR increment or decrement would overflow"),
        false,
    );
}

#[test]
fn hincrby_5() {
    check(
        &[&["HSET", "h", "n", "abc"]],
        &["HINCRBY", "h", "n", "1"],
        Err("ERR hash value is not an integer"),
        false,
    );
}

#[test]
fn hincrby_6() {
    check(
        &[&["HSET", "h", "n", "1.5"]],
        &["HINCRBY", "h", "n", "1"],
        Err("ERR hash value is not an integer"),
        false,
    );
}

#[test]
fn hincrby_7() {
    check(
        &[],
        &["HINCRBY", "h", "n", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn hincrby_8() {
    check(
        &[],
        &["HINCRBY", "h", "n", "1.5"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn hincrby_9() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBY", "s", "n", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn hincrby_10() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBY", "s", "n", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hincrby_11() {
    check(
        &[],
        &["HINCRBY", "h", "n"],
        Err("ERR wrong number of arguments for 'hincrby' command"),
        false,
    );
}

#[test]
fn hincrbyfloat_0() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f", "10.5"],
        Ok(Reply::Bulk("10.5".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_1() {
    check(
        &[&["HSET", "h", "f", "10.5"]],
        &["HINCRBYFLOAT", "h", "f", "0.1"],
        Ok(Reply::Bulk("10.6".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_2() {
    check(
        &[&["HINCRBYFLOAT", "h", "f", "0.1"]],
        &["HINCRBYFLOAT", "h", "f", "0.2"],
        Ok(Reply::Bulk("0.3".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_3() {
    check(
        &[&["HSET", "h", "f", "5"]],
        &["HINCRBYFLOAT", "h", "f", "-5"],
        Ok(Reply::Bulk("0".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_4() {
    check(
        &[&["HSET", "h", "f", "5.0e3"]],
        &["HINCRBYFLOAT", "h", "f", "2.0e2"],
        Ok(Reply::Bulk("5200".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_5() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f", "1e20"],
        Ok(Reply::Bulk("100000000000000000000".into())),
        false,
    );
}

#[test]
fn hincrbyfloat_6() {
    check(
        &[&["HSET", "h", "f", "abc"]],
        &["HINCRBYFLOAT", "h", "f", "1"],
        Err("ERR hash value is not a float"),
        false,
    );
}

#[test]
fn hincrbyfloat_7() {
    check(
        &[&["HSET", "h", "f", "inf"]],
        &["HINCRBYFLOAT", "h", "f", "1"],
        Err("ERR increment would produce NaN or Infinity"),
        false,
    );
}

#[test]
fn hincrbyfloat_8() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f", "inf"],
        Err("ERR value is NaN or Infinity"),
        false,
    );
}

#[test]
fn hincrbyfloat_9() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f", "nan"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn hincrbyfloat_10() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f", "abc"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn hincrbyfloat_11() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "inf"],
        Err("ERR value is NaN or Infinity"),
        false,
    );
}

#[test]
fn hincrbyfloat_12() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hincrbyfloat_13() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "1e400"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hincrbyfloat_14() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "-1e-400"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hincrbyfloat_15() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "1e5000"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn hincrbyfloat_16() {
    check(
        &[&["HSET", "h", "f", "inf"]],
        &["HINCRBYFLOAT", "h", "f", "1e400"],
        Err("ERR increment would produce NaN or Infinity"),
        false,
    );
}

#[test]
fn hincrbyfloat_17() {
    check(
        &[&["HSET", "h", "f", "abc"]],
        &["HINCRBYFLOAT", "h", "f", "1e400"],
        Err("ERR hash value is not a float"),
        false,
    );
}

#[test]
fn hincrbyfloat_18() {
    check(
        &[&["SET", "s", "x"]],
        &["HINCRBYFLOAT", "s", "f", "abc"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn hincrbyfloat_19() {
    check(
        &[],
        &["HINCRBYFLOAT", "h", "f"],
        Err("ERR wrong number of arguments for 'hincrbyfloat' command"),
        false,
    );
}

#[test]
fn hkeys_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HKEYS", "h"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        true,
    );
}

#[test]
fn hkeys_1() {
    check(&[], &["HKEYS", "missing"], Ok(Reply::Array(vec![])), false);
}

#[test]
fn hkeys_2() {
    check(
        &[&["SET", "s", "x"]],
        &["HKEYS", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hkeys_3() {
    check(
        &[],
        &["HKEYS", "h", "x"],
        Err("ERR wrong number of arguments for 'hkeys' command"),
        false,
    );
}

#[test]
fn hlen_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HLEN", "h"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn hlen_1() {
    check(&[], &["HLEN", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn hlen_2() {
    check(
        &[&["SET", "s", "x"]],
        &["HLEN", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hlen_3() {
    check(
        &[],
        &["HLEN"],
        Err("ERR wrong number of arguments for 'hlen' command"),
        false,
    );
}

#[test]
fn hmget_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HMGET", "h", "b", "zz", "a"],
        Ok(Reply::Array(vec![
            Reply::Bulk("2".into()),
            Reply::Nil,
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn hmget_1() {
    check(
        &[],
        &["HMGET", "missing", "a", "b"],
        Ok(Reply::Array(vec![Reply::Nil, Reply::Nil])),
        false,
    );
}

#[test]
fn hmget_2() {
    check(
        &[&["SET", "s", "x"]],
        &["HMGET", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hmget_3() {
    check(
        &[],
        &["HMGET", "h"],
        Err("ERR wrong number of arguments for 'hmget' command"),
        false,
    );
}

#[test]
fn hmset_0() {
    check(
        &[],
        &["HMSET", "h", "a", "1", "b", "2"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn hmset_1() {
    check(
        &[&["HMSET", "h", "a", "1", "b", "2"]],
        &["HGET", "h", "b"],
        Ok(Reply::Bulk("2".into())),
        false,
    );
}

#[test]
fn hmset_2() {
    check(
        &[&["SET", "s", "x"]],
        &["HMSET", "s", "a", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hmset_3() {
    check(
        &[],
        &["HMSET", "h", "a", "1", "b"],
        Err("ERR wrong number of arguments for 'hmset' command"),
        false,
    );
}

#[test]
fn hmset_4() {
    check(
        &[],
        &["HMSET", "h", "a"],
        Err("ERR wrong number of arguments for 'hmset' command"),
        false,
    );
}

#[test]
fn hset_0() {
    check(&[], &["HSET", "h", "a", "1"], Ok(Reply::Integer(1)), false);
}

#[test]
fn hset_1() {
    check(
        &[],
        &["HSET", "h", "a", "1", "b", "2", "a", "3"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn hset_2() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HSET", "h", "a", "2", "c", "3"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn hset_3() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"], &["HSET", "h", "a", "9"]],
        &["HKEYS", "h"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        true,
    );
}

#[test]
fn hset_4() {
    check(
        &[&["SET", "s", "x"]],
        &["HSET", "s", "a", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hset_5() {
    check(
        &[&["SET", "s", "x"]],
        &["HSET", "s", "a", "1", "b"],
        Err("ERR wrong number of arguments for 'hset' command"),
        false,
    );
}

#[test]
fn hset_6() {
    check(
        &[],
        &["HSET", "h", "a"],
        Err("ERR wrong number of arguments for 'hset' command"),
        false,
    );
}

#[test]
fn hsetnx_0() {
    check(
        &[],
        &["HSETNX", "h", "a", "1"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn hsetnx_1() {
    check(
        &[&["HSET", "h", "a", "1"]],
        &["HSETNX", "h", "a", "2"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hsetnx_2() {
    check(
        &[&["HSET", "h", "a", "1"], &["HSETNX", "h", "a", "2"]],
        &["HGET", "h", "a"],
        Ok(Reply::Bulk("1".into())),
        false,
    );
}

#[test]
fn hsetnx_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HSETNX", "s", "a", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hsetnx_4() {
    check(
        &[],
        &["HSETNX", "h", "a"],
        Err("ERR wrong number of arguments for 'hsetnx' command"),
        false,
    );
}

#[test]
fn hstrlen_0() {
    check(
        &[&["HSET", "h", "f", "hello"]],
        &["HSTRLEN", "h", "f"],
        Ok(Reply::Integer(5)),
        false,
    );
}

#[test]
fn hstrlen_1() {
    check(
        &[&["HSET", "h", "f", "hello"]],
        &["HSTRLEN", "h", "g"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hstrlen_2() {
    check(
        &[],
        &["HSTRLEN", "missing", "f"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn hstrlen_3() {
    check(
        &[&["SET", "s", "x"]],
        &["HSTRLEN", "s", "f"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hstrlen_4() {
    check(
        &[],
        &["HSTRLEN", "h"],
        Err("ERR wrong number of arguments for 'hstrlen' command"),
        false,
    );
}

#[test]
fn hvals_0() {
    check(
        &[&["HSET", "h", "a", "1", "b", "2"]],
        &["HVALS", "h"],
        Ok(Reply::Array(vec![
            Reply::Bulk("1".into()),
            Reply::Bulk("2".into()),
        ])),
        true,
    );
}

#[test]
fn hvals_1() {
    check(&[], &["HVALS", "missing"], Ok(Reply::Array(vec![])), false);
}

#[test]
fn hvals_2() {
    check(
        &[&["SET", "s", "x"]],
        &["HVALS", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn hvals_3() {
    check(
        &[],
        &["HVALS"],
        Err("ERR wrong number of arguments for 'hvals' command"),
        false,
    );
}

#[test]
fn lindex_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LINDEX", "l", "0"],
        Ok(Reply::Bulk("a".into())),
        false,
    );
}

#[test]
fn lindex_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LINDEX", "l", "-1"],
        Ok(Reply::Bulk("c".into())),
        false,
    );
}

#[test]
fn lindex_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LINDEX", "l", "3"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lindex_3() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LINDEX", "l", "-4"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lindex_4() {
    check(&[], &["LINDEX", "missing", "0"], Ok(Reply::Nil), false);
}

#[test]
fn lindex_5() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LINDEX", "l", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lindex_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LINDEX", "s", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lindex_7() {
    check(&[], &["LINDEX", "missing", "abc"], Ok(Reply::Nil), false);
}

#[test]
fn lindex_8() {
    check(
        &[&["SET", "s", "x"]],
        &["LINDEX", "s", "abc"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lindex_9() {
    check(
        &[],
        &["LINDEX", "l"],
        Err("ERR wrong number of arguments for 'lindex' command"),
        false,
    );
}

#[test]
fn linsert_0() {
    check(
        &[&["RPUSH", "l", "a", "c"]],
        &["LINSERT", "l", "BEFORE", "c", "b"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn linsert_1() {
    check(
        &[
            &["RPUSH", "l", "a", "c"],
            &["LINSERT", "l", "after", "a", "b"],
        ],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn linsert_2() {
    check(
        &[&["RPUSH", "l", "a", "c"]],
        &["LINSERT", "l", "BEFORE", "zz", "b"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn linsert_3() {
    check(
        &[],
        &["LINSERT", "missing", "BEFORE", "a", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn linsert_4() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LINSERT", "l", "MIDDLE", "a", "b"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn linsert_5() {
    check(
        &[&["SET", "s", "x"]],
        &["LINSERT", "s", "MIDDLE", "a", "b"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn linsert_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LINSERT", "s", "AFTER", "a", "b"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn linsert_7() {
    check(
        &[],
        &["LINSERT", "l", "BEFORE", "a"],
        Err("ERR wrong number of arguments for 'linsert' command"),
        false,
    );
}

#[test]
fn llen_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LLEN", "l"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn llen_1() {
    check(&[], &["LLEN", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn llen_2() {
    check(
        &[&["SET", "s", "x"]],
        &["LLEN", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn llen_3() {
    check(
        &[],
        &["LLEN"],
        Err("ERR wrong number of arguments for 'llen' command"),
        false,
    );
}

#[test]
fn lmove_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LMOVE", "l", "d", "LEFT", "RIGHT"],
        Ok(Reply::Bulk("a".into())),
        false,
    );
}

#[test]
fn lmove_1() {
    check(
        &[
            &["RPUSH", "l", "a", "b", "c"],
            &["RPUSH", "d", "x"],
            &["LMOVE", "l", "d", "RIGHT", "LEFT"],
        ],
        &["LRANGE", "d", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("x".into()),
        ])),
        false,
    );
}

#[test]
fn lmove_2() {
    check(
        &[
            &["RPUSH", "l", "a", "b", "c"],
            &["LMOVE", "l", "l", "left", "right"],
        ],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn lmove_3() {
    check(
        &[&["RPUSH", "l", "a"], &["LMOVE", "l", "d", "LEFT", "LEFT"]],
        &["EXISTS", "l"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lmove_4() {
    check(
        &[],
        &["LMOVE", "missing", "d", "LEFT", "RIGHT"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lmove_5() {
    check(
        &[&["SET", "s", "x"]],
        &["LMOVE", "missing", "s", "LEFT", "RIGHT"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lmove_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LMOVE", "s", "d", "LEFT", "RIGHT"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lmove_7() {
    check(
        &[&["SET", "s", "x"], &["RPUSH", "l", "a"]],
        &["LMOVE", "l", "s", "LEFT", "RIGHT"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lmove_8() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LMOVE", "l", "d", "UP", "RIGHT"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lmove_9() {
    check(
        &[],
        &["LMOVE", "l", "d", "LEFT"],
        Err("ERR wrong number of arguments for 'lmove' command"),
        false,
    );
}

#[test]
fn lpop_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LPOP", "l"],
        Ok(Reply::Bulk("a".into())),
        false,
    );
}

#[test]
fn lpop_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LPOP", "l", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn lpop_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LPOP", "l", "10"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn lpop_3() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LPOP", "l", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lpop_4() {
    check(
        &[&["RPUSH", "l", "a"], &["LPOP", "l"]],
        &["EXISTS", "l"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lpop_5() {
    check(&[], &["LPOP", "missing"], Ok(Reply::Nil), false);
}

#[test]
fn lpop_6() {
    check(&[], &["LPOP", "missing", "2"], Ok(Reply::Nil), false);
}

#[test]
fn lpop_7() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOP", "l", "-1"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn lpop_8() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOP", "l", "abc"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn lpop_9() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOP", "s", "-1"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn lpop_10() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOP", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lpop_11() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOP", "l", "1", "2"],
        Err("ERR wrong number of arguments for 'lpop' command"),
        false,
    );
}

#[test]
fn lpop_12() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOP", "l", "abc", "x"],
        Err("ERR wrong number of arguments for 'lpop' command"),
        false,
    );
}

#[test]
fn lpop_13() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOP", "s", "-1", "x"],
        Err("ERR wrong number of arguments for 'lpop' command"),
        false,
    );
}

#[test]
fn lpop_14() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOP", "s", "abc"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn lpop_15() {
    check(
        &[],
        &["LPOP"],
        Err("ERR wrong number of arguments for 'lpop' command"),
        false,
    );
}

#[test]
fn lpos_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn lpos_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "b", "RANK", "2"],
        Ok(Reply::Integer(4)),
        false,
    );
}

#[test]
fn lpos_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "b", "RANK", "-1"],
        Ok(Reply::Integer(4)),
        false,
    );
}

#[test]
fn lpos_3() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "b", "RANK", "3"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lpos_4() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "a", "COUNT", "0"],
        Ok(Reply::Array(vec![Reply::Integer(0), Reply::Integer(3)])),
        false,
    );
}

#[test]
fn lpos_5() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "a", "COUNT", "0", "RANK", "-1"],
        Ok(Reply::Array(vec![Reply::Integer(3), Reply::Integer(0)])),
        false,
    );
}

#[test]
fn lpos_6() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "a", "COUNT", "1"],
        Ok(Reply::Array(vec![Reply::Integer(0)])),
        false,
    );
}

#[test]
fn lpos_7() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "c", "MAXLEN", "2"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn lpos_8() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "c", "maxlen", "3", "rank", "1"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn lpos_9() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "a", "b", "c"]],
        &["LPOS", "l", "a", "RANK", "2", "RANK", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lpos_10() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "z", "COUNT", "1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lpos_11() {
    check(&[], &["LPOS", "missing", "a"], Ok(Reply::Nil), false);
}

#[test]
fn lpos_12() {
    check(
        &[],
        &["LPOS", "missing", "a", "COUNT", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lpos_13() {
    check(&[&["RPUSH", "l", "a"]], &["LPOS", "l", "a", "RANK", "0"], Err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"), false);
}

#[test]
fn lpos_14() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "RANK", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lpos_15() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "COUNT", "-1"],
        Err("ERR COUNT can't be negative"),
        false,
    );
}

#[test]
fn lpos_16() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "COUNT", "abc"],
        Err("ERR COUNT can't be negative"),
        false,
    );
}

#[test]
fn lpos_17() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "MAXLEN", "-1"],
        Err("ERR MAXLEN can't be negative"),
        false,
    );
}

#[test]
fn lpos_18() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "MAXLEN", "abc"],
        Err("ERR MAXLEN can't be negative"),
        false,
    );
}

#[test]
fn lpos_19() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lpos_20() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "RANK"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lpos_21() {
    check(&[&["SET", "s", "x"]], &["LPOS", "s", "a", "RANK", "0"], Err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"), false);
}

#[test]
fn lpos_22() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOS", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lpos_23() {
    check(&[], &["LPOS", "missing", "a", "COUNT", "1", "RANK", "0"], Err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"), false);
}

#[test]
fn lpos_24() {
    check(&[&["RPUSH", "l", "a"]], &["LPOS", "l", "a", "RANK", "0", "COUNT", "-1"], Err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"), false);
}

#[test]
fn lpos_25() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "COUNT", "-1", "RANK", "0"],
        Err("ERR COUNT can't be negative"),
        false,
    );
}

#[test]
fn lpos_26() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "MAXLEN", "abc", "RANK", "0"],
        Err("ERR MAXLEN can't be negative"),
        false,
    );
}

#[test]
fn lpos_27() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "RANK", "abc", "COUNT", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lpos_28() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "COUNT", "abc", "RANK", "abc"],
        Err("ERR COUNT can't be negative"),
        false,
    );
}

#[test]
fn lpos_29() {
    check(&[&["RPUSH", "l", "a"]], &["LPOS", "l", "a", "RANK", "0", "FOO"], Err("ERR RANK can't be zero: use 1 to start from the first match, 2 from the second ... or use negative to start from the end of the list"), false);
}

#[test]
fn lpos_30() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "FOO", "RANK", "0"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lpos_31() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPOS", "l", "a", "COUNT", "-1", "RANK"],
        Err("ERR COUNT can't be negative"),
        false,
    );
}

#[test]
fn lpos_32() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOS", "s", "a", "COUNT", "1", "MAXLEN", "-1"],
        Err("ERR MAXLEN can't be negative"),
        false,
    );
}

#[test]
fn lpos_33() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOS", "s", "a", "RANK", "1", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lpos_34() {
    check(
        &[&["SET", "s", "x"]],
        &["LPOS", "s", "a", "COUNT", "1", "RANK"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn lpos_35() {
    check(
        &[],
        &[
            "LPOS", "missing", "a", "RANK", "-1", "COUNT", "0", "MAXLEN", "0",
        ],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lpos_36() {
    check(
        &[],
        &["LPOS", "l"],
        Err("ERR wrong number of arguments for 'lpos' command"),
        false,
    );
}

#[test]
fn lpush_0() {
    check(
        &[],
        &["LPUSH", "l", "a", "b", "c"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn lpush_1() {
    check(
        &[&["LPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn lpush_2() {
    check(
        &[&["RPUSH", "l", "x"]],
        &["LPUSH", "l", "y"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn lpush_3() {
    check(
        &[&["SET", "s", "x"]],
        &["LPUSH", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lpush_4() {
    check(
        &[],
        &["LPUSH", "l"],
        Err("ERR wrong number of arguments for 'lpush' command"),
        false,
    );
}

#[test]
fn lpushx_0() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LPUSHX", "l", "b", "c"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn lpushx_1() {
    check(
        &[&["RPUSH", "l", "a"], &["LPUSHX", "l", "b", "c"]],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn lpushx_2() {
    check(
        &[],
        &["LPUSHX", "missing", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lpushx_3() {
    check(
        &[&["LPUSHX", "missing", "a"]],
        &["EXISTS", "missing"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lpushx_4() {
    check(
        &[&["SET", "s", "x"]],
        &["LPUSHX", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lpushx_5() {
    check(
        &[],
        &["LPUSHX", "l"],
        Err("ERR wrong number of arguments for 'lpushx' command"),
        false,
    );
}

#[test]
fn lrange_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn lrange_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "-2", "100"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn lrange_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "-100", "0"],
        Ok(Reply::Array(vec![Reply::Bulk("a".into())])),
        false,
    );
}

#[test]
fn lrange_3() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "2", "1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lrange_4() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "5", "10"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lrange_5() {
    check(
        &[],
        &["LRANGE", "missing", "0", "-1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn lrange_6() {
    check(
        &[],
        &["LRANGE", "missing", "a", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lrange_7() {
    check(
        &[&["SET", "s", "x"]],
        &["LRANGE", "s", "0", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lrange_8() {
    check(
        &[],
        &["LRANGE", "l", "0"],
        Err("ERR wrong number of arguments for 'lrange' command"),
        false,
    );
}

#[test]
fn lrem_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "a", "c", "a"]],
        &["LREM", "l", "2", "a"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn lrem_1() {
    check(
        &[
            &["RPUSH", "l", "a", "b", "a", "c", "a"],
            &["LREM", "l", "-2", "a"],
        ],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn lrem_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "a", "c", "a"]],
        &["LREM", "l", "0", "a"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn lrem_3() {
    check(
        &[&["RPUSH", "l", "a", "a"], &["LREM", "l", "0", "a"]],
        &["EXISTS", "l"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lrem_4() {
    check(
        &[],
        &["LREM", "missing", "0", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn lrem_5() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LREM", "l", "abc", "a"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lrem_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LREM", "s", "1", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lrem_7() {
    check(
        &[],
        &["LREM", "l", "1"],
        Err("ERR wrong number of arguments for 'lrem' command"),
        false,
    );
}

#[test]
fn lset_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LSET", "l", "0", "x"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn lset_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"], &["LSET", "l", "-1", "x"]],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("x".into()),
        ])),
        false,
    );
}

#[test]
fn lset_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LSET", "l", "3", "x"],
        Err("ERR index out of range"),
        false,
    );
}

#[test]
fn lset_3() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LSET", "l", "-4", "x"],
        Err("ERR index out of range"),
        false,
    );
}

#[test]
fn lset_4() {
    check(
        &[],
        &["LSET", "missing", "0", "x"],
        Err("ERR no such key"),
        false,
    );
}

#[test]
fn lset_5() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["LSET", "l", "abc", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn lset_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LSET", "s", "0", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lset_7() {
    check(
        &[],
        &["LSET", "missing", "abc", "x"],
        Err("ERR no such key"),
        false,
    );
}

#[test]
fn lset_8() {
    check(
        &[&["SET", "s", "x"]],
        &["LSET", "s", "abc", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn lset_9() {
    check(
        &[],
        &["LSET", "l", "0"],
        Err("ERR wrong number of arguments for 'lset' command"),
        false,
    );
}

#[test]
fn ltrim_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c", "d"]],
        &["LTRIM", "l", "1", "-2"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn ltrim_1() {
    check(
        &[
            &["RPUSH", "l", "a", "b", "c", "d"],
            &["LTRIM", "l", "1", "-2"],
        ],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn ltrim_2() {
    check(
        &[
            &["RPUSH", "l", "a", "b", "c", "d"],
            &["LTRIM", "l", "-2", "100"],
        ],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("d".into()),
        ])),
        false,
    );
}

#[test]
fn ltrim_3() {
    check(
        &[&["RPUSH", "l", "a", "b"], &["LTRIM", "l", "5", "10"]],
        &["EXISTS", "l"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn ltrim_4() {
    check(
        &[],
        &["LTRIM", "missing", "0", "1"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn ltrim_5() {
    check(
        &[],
        &["LTRIM", "missing", "a", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn ltrim_6() {
    check(
        &[&["SET", "s", "x"]],
        &["LTRIM", "s", "0", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn ltrim_7() {
    check(
        &[],
        &["LTRIM", "l", "0"],
        Err("ERR wrong number of arguments for 'ltrim' command"),
        false,
    );
}

#[test]
fn rpop_0() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["RPOP", "l"],
        Ok(Reply::Bulk("c".into())),
        false,
    );
}

#[test]
fn rpop_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["RPOP", "l", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn rpop_2() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["RPOP", "l", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn rpop_3() {
    check(&[], &["RPOP", "missing"], Ok(Reply::Nil), false);
}

#[test]
fn rpop_4() {
    check(&[], &["RPOP", "missing", "0"], Ok(Reply::Nil), false);
}

#[test]
fn rpop_5() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["RPOP", "l", "-2"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn rpop_6() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["RPOP", "l", "01"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn rpop_7() {
    check(
        &[&["SET", "s", "x"]],
        &["RPOP", "s"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn rpop_8() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["RPOP", "l", "1", "2"],
        Err("ERR wrong number of arguments for 'rpop' command"),
        false,
    );
}

#[test]
fn rpop_9() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["RPOP", "l", "-0", "JUNK"],
        Err("ERR wrong number of arguments for 'rpop' command"),
        false,
    );
}

#[test]
fn rpush_0() {
    check(
        &[],
        &["RPUSH", "l", "a", "b", "c"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn rpush_1() {
    check(
        &[&["RPUSH", "l", "a", "b", "c"]],
        &["LRANGE", "l", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn rpush_2() {
    check(
        &[&["SET", "s", "x"]],
        &["RPUSH", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn rpush_3() {
    check(
        &[],
        &["RPUSH", "l"],
        Err("ERR wrong number of arguments for 'rpush' command"),
        false,
    );
}

#[test]
fn rpushx_0() {
    check(
        &[&["RPUSH", "l", "a"]],
        &["RPUSHX", "l", "b", "c"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn rpushx_1() {
    check(
        &[],
        &["RPUSHX", "missing", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn rpushx_2() {
    check(
        &[&["SET", "s", "x"]],
        &["RPUSHX", "s", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn rpushx_3() {
    check(
        &[],
        &["RPUSHX", "l"],
        Err("ERR wrong number of arguments for 'rpushx' command"),
        false,
    );
}

#[test]
fn sadd_0() {
    check(
        &[],
        &["SADD", "s", "a", "b", "a"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn sadd_1() {
    check(
        &[&["SADD", "s", "a"]],
        &["SADD", "s", "a", "c"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn sadd_2() {
    check(
        &[&["SADD", "s", "1", "2"]],
        &["SADD", "s", "01", "2"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn sadd_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SADD", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sadd_4() {
    check(
        &[],
        &["SADD", "s"],
        Err("ERR wrong number of arguments for 'sadd' command"),
        false,
    );
}

#[test]
fn scard_0() {
    check(
        &[&["SADD", "s", "a", "b", "c"]],
        &["SCARD", "s"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn scard_1() {
    check(&[], &["SCARD", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn scard_2() {
    check(
        &[&["SET", "k", "v"]],
        &["SCARD", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn scard_3() {
    check(
        &[],
        &["SCARD", "a", "b"],
        Err("ERR wrong number of arguments for 'scard' command"),
        false,
    );
}

#[test]
fn sdiff_0() {
    check(
        &[&["SADD", "a", "x", "y", "z"], &["SADD", "b", "y"]],
        &["SDIFF", "a", "b", "missing"],
        Ok(Reply::Array(vec![
            Reply::Bulk("x".into()),
            Reply::Bulk("z".into()),
        ])),
        true,
    );
}

#[test]
fn sdiff_1() {
    check(
        &[&["SADD", "a", "x"]],
        &["SDIFF", "missing", "a"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn sdiff_2() {
    check(
        &[&["SADD", "a", "x"]],
        &["SDIFF", "a"],
        Ok(Reply::Array(vec![Reply::Bulk("x".into())])),
        false,
    );
}

#[test]
fn sdiff_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SDIFF", "missing", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sdiff_4() {
    check(
        &[],
        &["SDIFF"],
        Err("ERR wrong number of arguments for 'sdiff' command"),
        false,
    );
}

#[test]
fn sdiffstore_0() {
    check(
        &[&["SADD", "a", "x", "y", "z"], &["SADD", "b", "y"]],
        &["SDIFFSTORE", "d", "a", "b"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn sdiffstore_1() {
    check(
        &[&["SET", "d", "v"], &["SADD", "a", "x"]],
        &["SDIFFSTORE", "d", "a", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn sdiffstore_2() {
    check(
        &[&["SET", "d", "v"], &["SADD", "a", "x"]],
        &["SDIFFSTORE", "d", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn sdiffstore_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SDIFFSTORE", "d", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sdiffstore_4() {
    check(
        &[],
        &["SDIFFSTORE", "d"],
        Err("ERR wrong number of arguments for 'sdiffstore' command"),
        false,
    );
}

#[test]
fn sinter_0() {
    check(
        &[&["SADD", "a", "x", "y", "z"], &["SADD", "b", "y", "z", "w"]],
        &["SINTER", "a", "b"],
        Ok(Reply::Array(vec![
            Reply::Bulk("y".into()),
            Reply::Bulk("z".into()),
        ])),
        true,
    );
}

#[test]
fn sinter_1() {
    check(
        &[&["SADD", "a", "x"]],
        &["SINTER", "a", "missing"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn sinter_2() {
    check(
        &[&["SET", "k", "v"]],
        &["SINTER", "missing", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sinter_3() {
    check(
        &[],
        &["SINTER"],
        Err("ERR wrong number of arguments for 'sinter' command"),
        false,
    );
}

#[test]
fn sinterstore_0() {
    check(
        &[&["SADD", "a", "x", "y", "z"], &["SADD", "b", "y", "z", "w"]],
        &["SINTERSTORE", "d", "a", "b"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn sinterstore_1() {
    check(
        &[&["SET", "d", "v"], &["SADD", "a", "x"]],
        &["SINTERSTORE", "d", "a", "missing"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn sinterstore_2() {
    check(
        &[&["SET", "d", "v"], &["SADD", "a", "x"]],
        &["SINTERSTORE", "d", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn sinterstore_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SINTERSTORE", "d", "missing", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sinterstore_4() {
    check(
        &[],
        &["SINTERSTORE", "d"],
        Err("ERR wrong number of arguments for 'sinterstore' command"),
        false,
    );
}

#[test]
fn sismember_0() {
    check(
        &[&["SADD", "s", "a"]],
        &["SISMEMBER", "s", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn sismember_1() {
    check(
        &[&["SADD", "s", "a"]],
        &["SISMEMBER", "s", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn sismember_2() {
    check(
        &[],
        &["SISMEMBER", "missing", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn sismember_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SISMEMBER", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sismember_4() {
    check(
        &[],
        &["SISMEMBER", "s"],
        Err("ERR wrong number of arguments for 'sismember' command"),
        false,
    );
}

#[test]
fn smembers_0() {
    check(
        &[&["SADD", "s", "a", "b", "c"]],
        &["SMEMBERS", "s"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        true,
    );
}

#[test]
fn smembers_1() {
    check(
        &[&["SADD", "s", "3", "-1", "2"]],
        &["SMEMBERS", "s"],
        Ok(Reply::Array(vec![
            Reply::Bulk("-1".into()),
            Reply::Bulk("2".into()),
            Reply::Bulk("3".into()),
        ])),
        true,
    );
}

#[test]
fn smembers_2() {
    check(
        &[],
        &["SMEMBERS", "missing"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn smembers_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SMEMBERS", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn smembers_4() {
    check(
        &[],
        &["SMEMBERS"],
        Err("ERR wrong number of arguments for 'smembers' command"),
        false,
    );
}

#[test]
fn smismember_0() {
    check(
        &[&["SADD", "s", "a", "b"]],
        &["SMISMEMBER", "s", "a", "x", "b"],
        Ok(Reply::Array(vec![
            Reply::Integer(1),
            Reply::Integer(0),
            Reply::Integer(1),
        ])),
        false,
    );
}

#[test]
fn smismember_1() {
    check(
        &[],
        &["SMISMEMBER", "missing", "a", "b"],
        Ok(Reply::Array(vec![Reply::Integer(0), Reply::Integer(0)])),
        false,
    );
}

#[test]
fn smismember_2() {
    check(
        &[&["SET", "k", "v"]],
        &["SMISMEMBER", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn smismember_3() {
    check(
        &[],
        &["SMISMEMBER", "s"],
        Err("ERR wrong number of arguments for 'smismember' command"),
        false,
    );
}

#[test]
fn smove_0() {
    check(
        &[&["SADD", "a", "x", "y"]],
        &["SMOVE", "a", "b", "x"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn smove_1() {
    check(
        &[&["SADD", "a", "x"]],
        &["SMOVE", "a", "b", "z"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn smove_2() {
    check(
        &[&["SADD", "a", "x"]],
        &["SMOVE", "a", "a", "x"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn smove_3() {
    check(
        &[&["SET", "k", "v"]],
        &["SMOVE", "missing", "k", "x"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn smove_4() {
    check(
        &[&["SADD", "a", "x"], &["SET", "k", "v"]],
        &["SMOVE", "a", "k", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn smove_5() {
    check(
        &[&["SET", "k", "v"]],
        &["SMOVE", "k", "a", "x"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn smove_6() {
    check(
        &[],
        &["SMOVE", "a", "b"],
        Err("ERR wrong number of arguments for 'smove' command"),
        false,
    );
}

#[test]
fn spop_0() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s"],
        Ok(Reply::Bulk("a".into())),
        false,
    );
}

#[test]
fn spop_1() {
    check(&[], &["SPOP", "missing"], Ok(Reply::Nil), false);
}

#[test]
fn spop_2() {
    check(
        &[],
        &["SPOP", "missing", "2"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn spop_3() {
    check(
        &[&["SADD", "s", "a", "b"]],
        &["SPOP", "s", "5"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        true,
    );
}

#[test]
fn spop_4() {
    check(
        &[&["SADD", "s", "a", "b"]],
        &["SPOP", "s", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn spop_5() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s", "-1"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn spop_6() {
    check(
        &[&["SET", "k", "v"]],
        &["SPOP", "k", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn spop_7() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s", "1", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn spop_8() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s", "x"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn spop_9() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s", "1.5"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn spop_10() {
    check(
        &[&["SADD", "s", "a"]],
        &["SPOP", "s", "x", "y"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn spop_11() {
    check(
        &[&["SET", "k", "v"]],
        &["SPOP", "k", "x"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn spop_12() {
    check(
        &[],
        &["SPOP"],
        Err("ERR wrong number of arguments for 'spop' command"),
        false,
    );
}

#[test]
fn srandmember_0() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s"],
        Ok(Reply::Bulk("a".into())),
        false,
    );
}

#[test]
fn srandmember_1() {
    check(&[], &["SRANDMEMBER", "missing"], Ok(Reply::Nil), false);
}

#[test]
fn srandmember_2() {
    check(
        &[],
        &["SRANDMEMBER", "missing", "-3"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn srandmember_3() {
    check(
        &[&["SADD", "s", "a", "b"]],
        &["SRANDMEMBER", "s", "5"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        true,
    );
}

#[test]
fn srandmember_4() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s", "-3"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("a".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn srandmember_5() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn srandmember_6() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn srandmember_7() {
    check(&[&["SADD", "s", "a"]], &["SRANDMEMBER", "s", "-9223372036854775808"], Err("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807"), false);
}

#[test]
fn srandmember_8() {
    check(
        &[&["SET", "k", "v"]],
        &["SRANDMEMBER", "k", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn srandmember_9() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s", "1", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn srandmember_10() {
    check(
        &[&["SADD", "s", "a"]],
        &["SRANDMEMBER", "s", "x", "y"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn srandmember_11() {
    check(
        &[],
        &["SRANDMEMBER"],
        Err("ERR wrong number of arguments for 'srandmember' command"),
        false,
    );
}

#[test]
fn srem_0() {
    check(
        &[&["SADD", "s", "a", "b", "c"]],
        &["SREM", "s", "a", "x", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn srem_1() {
    check(&[], &["SREM", "missing", "a"], Ok(Reply::Integer(0)), false);
}

#[test]
fn srem_2() {
    check(
        &[&["SET", "k", "v"]],
        &["SREM", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn srem_3() {
    check(
        &[],
        &["SREM", "s"],
        Err("ERR wrong number of arguments for 'srem' command"),
        false,
    );
}

#[test]
fn sunion_0() {
    check(
        &[&["SADD", "a", "x", "y"], &["SADD", "b", "y", "z"]],
        &["SUNION", "a", "b", "missing"],
        Ok(Reply::Array(vec![
            Reply::Bulk("x".into()),
            Reply::Bulk("y".into()),
            Reply::Bulk("z".into()),
        ])),
        true,
    );
}

#[test]
fn sunion_1() {
    check(&[], &["SUNION", "missing"], Ok(Reply::Array(vec![])), false);
}

#[test]
fn sunion_2() {
    check(
        &[&["SET", "k", "v"]],
        &["SUNION", "missing", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sunion_3() {
    check(
        &[],
        &["SUNION"],
        Err("ERR wrong number of arguments for 'sunion' command"),
        false,
    );
}

#[test]
fn sunionstore_0() {
    check(
        &[&["SADD", "a", "x", "y"], &["SADD", "b", "y", "z"]],
        &["SUNIONSTORE", "d", "a", "b"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn sunionstore_1() {
    check(
        &[&["SET", "d", "v"]],
        &["SUNIONSTORE", "d", "missing"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn sunionstore_2() {
    check(
        &[&["SET", "d", "v"], &["SADD", "a", "x"]],
        &["SUNIONSTORE", "d", "a", "d"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn sunionstore_3() {
    check(
        &[],
        &["SUNIONSTORE", "d"],
        Err("ERR wrong number of arguments for 'sunionstore' command"),
        false,
    );
}

#[test]
fn zadd_0() {
    check(
        &[],
        &["ZADD", "z", "1", "a", "2", "b"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zadd_1() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "5", "a", "2", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zadd_2() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "CH", "5", "a", "2", "b"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zadd_3() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "NX", "5", "a", "2", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zadd_4() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "XX", "CH", "5", "a", "2", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zadd_5() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZADD", "z", "GT", "CH", "1", "a", "5", "b", "2", "c"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zadd_6() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &["ZADD", "z", "LT", "CH", "5", "a", "1", "b", "1", "c"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zadd_7() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "INCR", "2.5", "a"],
        Ok(Reply::Bulk("3.5".into())),
        false,
    );
}

#[test]
fn zadd_8() {
    check(
        &[],
        &["ZADD", "z", "INCR", "0.1", "a"],
        Ok(Reply::Bulk("0.10000000000000001".into())),
        false,
    );
}

#[test]
fn zadd_9() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "NX", "INCR", "2", "a"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn zadd_10() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZADD", "z", "GT", "INCR", "-1", "a"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn zadd_11() {
    check(
        &[],
        &["ZADD", "z", "XX", "INCR", "2", "a"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn zadd_12() {
    check(
        &[],
        &["ZADD", "z", "XX", "2", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zadd_13() {
    check(
        &[],
        &["ZADD", "z", "0x10", "a", "inf", "b", "-1e3", "c"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn zadd_14() {
    check(&[], &["ZADD", "z", "1", "nx"], Ok(Reply::Integer(1)), false);
}

#[test]
fn zadd_15() {
    check(
        &[],
        &["ZADD", "z", "nx", "1", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zadd_16() {
    check(
        &[&["ZADD", "z", "inf", "a"]],
        &["ZADD", "z", "INCR", "-inf", "a"],
        Err("ERR resulting score is not a number (NaN)"),
        false,
    );
}

#[test]
fn zadd_17() {
    check(
        &[],
        &["ZADD", "z", "NX", "XX", "1", "a"],
        Err("ERR XX and NX options at the same time are not compatible"),
        false,
    );
}

#[test]
fn zadd_18() {
    check(
        &[],
        &["ZADD", "z", "GT", "LT", "1", "a"],
        Err("ERR GT, LT, and/or NX options at the same time are not compatible"),
        false,
    );
}

#[test]
fn zadd_19() {
    check(
        &[],
        &["ZADD", "z", "NX", "GT", "1", "a"],
        Err("ERR GT, LT, and/or NX options at the same time are not compatible"),
        false,
    );
}

#[test]
fn zadd_20() {
    check(
        &[],
        &["ZADD", "z", "INCR", "1", "a", "2", "b"],
        Err("ERR INCR option supports a single increment-element pair"),
        false,
    );
}

#[test]
fn zadd_21() {
    check(
        &[],
        &["ZADD", "z", "1", "a", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zadd_22() {
    check(
        &[],
        &["ZADD", "z", "nan", "a"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn zadd_23() {
    check(
        &[],
        &["ZADD", "z", "x", "a"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn zadd_24() {
    check(
        &[],
        &["ZADD", "z", " 1", "a"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn zadd_25() {
    check(
        &[&["SET", "k", "v"]],
        &["ZADD", "k", "1", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zadd_26() {
    check(
        &[],
        &["ZADD", "z", "NX", "XX", "x", "a"],
        Err("ERR XX and NX options at the same time are not compatible"),
        false,
    );
}

#[test]
fn zadd_27() {
    check(
        &[],
        &["ZADD", "z", "GT", "LT", "x", "a"],
        Err("ERR GT, LT, and/or NX options at the same time are not compatible"),
        false,
    );
}

#[test]
fn zadd_28() {
    check(
        &[],
        &["ZADD", "z", "INCR", "x", "a", "y", "b"],
        Err("ERR INCR option supports a single increment-element pair"),
        false,
    );
}

#[test]
fn zadd_29() {
    check(
        &[],
        &["ZADD", "z", "NX", "XX", "1", "a", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zadd_30() {
    check(
        &[],
        &["ZADD", "z", "x", "a", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zadd_31() {
    check(
        &[&["SET", "k", "v"]],
        &["ZADD", "k", "x", "a"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn zadd_32() {
    check(
        &[],
        &["ZADD", "z", "1"],
        Err("ERR wrong number of arguments for 'zadd' command"),
        false,
    );
}

#[test]
fn zcard_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &["ZCARD", "z"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zcard_1() {
    check(&[], &["ZCARD", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn zcard_2() {
    check(
        &[&["SET", "k", "v"]],
        &["ZCARD", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zcard_3() {
    check(
        &[],
        &["ZCARD"],
        Err("ERR wrong number of arguments for 'zcard' command"),
        false,
    );
}

#[test]
fn zcount_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZCOUNT", "z", "1", "2"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zcount_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZCOUNT", "z", "(1", "(3"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zcount_2() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZCOUNT", "z", "-inf", "+inf"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn zcount_3() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZCOUNT", "z", "3", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zcount_4() {
    check(
        &[&["ZADD", "z", "0", "a", "1", "b"]],
        &["ZCOUNT", "z", "", "("],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zcount_5() {
    check(
        &[&["ZADD", "z", "0", "a", "1", "b", "2", "c"]],
        &["ZCOUNT", "z", " 1", "( 2"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zcount_6() {
    check(
        &[&["ZADD", "z", "1", "a", "16", "b"]],
        &["ZCOUNT", "z", "0x10", "1e400"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zcount_7() {
    check(
        &[],
        &["ZCOUNT", "missing", "1", "2"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zcount_8() {
    check(
        &[],
        &["ZCOUNT", "missing", "a", "2"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zcount_9() {
    check(
        &[],
        &["ZCOUNT", "z", "1", "(nan"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zcount_10() {
    check(
        &[],
        &["ZCOUNT", "z", "[1", "2"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zcount_11() {
    check(
        &[],
        &["ZCOUNT", "z", " ", "2"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zcount_12() {
    check(
        &[&["SET", "k", "v"]],
        &["ZCOUNT", "k", "1", "2"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zcount_13() {
    check(
        &[&["SET", "k", "v"]],
        &["ZCOUNT", "k", "a", "2"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zcount_14() {
    check(
        &[],
        &["ZCOUNT", "z", "1"],
        Err("ERR wrong number of arguments for 'zcount' command"),
        false,
    );
}

#[test]
fn zincrby_0() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZINCRBY", "z", "2", "a"],
        Ok(Reply::Bulk("3".into())),
        false,
    );
}

#[test]
fn zincrby_1() {
    check(
        &[],
        &["ZINCRBY", "z", "1.1", "a"],
        Ok(Reply::Bulk("1.1000000000000001".into())),
        false,
    );
}

#[test]
fn zincrby_2() {
    check(
        &[&["ZADD", "z", "5", "a"]],
        &["ZINCRBY", "z", "-5", "a"],
        Ok(Reply::Bulk("0".into())),
        false,
    );
}

#[test]
fn zincrby_3() {
    check(
        &[],
        &["ZINCRBY", "z", "-0", "a"],
        Ok(Reply::Bulk("-0".into())),
        false,
    );
}

#[test]
fn zincrby_4() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZINCRBY", "z", "inf", "a"],
        Ok(Reply::Bulk("inf".into())),
        false,
    );
}

#[test]
fn zincrby_5() {
    check(
        &[&["ZADD", "z", "inf", "a"]],
        &["ZINCRBY", "z", "-inf", "a"],
        Err("ERR resulting score is not a number (NaN)"),
        false,
    );
}

#[test]
fn zincrby_6() {
    check(
        &[],
        &["ZINCRBY", "z", "x", "a"],
        Err("ERR value is not a valid float"),
        false,
    );
}

#[test]
fn zincrby_7() {
    check(
        &[&["SET", "k", "v"]],
        &["ZINCRBY", "k", "1", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zincrby_8() {
    check(
        &[],
        &["ZINCRBY", "z", "1"],
        Err("ERR wrong number of arguments for 'zincrby' command"),
        false,
    );
}

#[test]
fn zmscore_0() {
    check(
        &[&["ZADD", "z", "1.5", "a", "2", "b"]],
        &["ZMSCORE", "z", "a", "x", "b"],
        Ok(Reply::Array(vec![
            Reply::Bulk("1.5".into()),
            Reply::Nil,
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zmscore_1() {
    check(
        &[],
        &["ZMSCORE", "missing", "a", "b"],
        Ok(Reply::Array(vec![Reply::Nil, Reply::Nil])),
        false,
    );
}

#[test]
fn zmscore_2() {
    check(
        &[&["SET", "k", "v"]],
        &["ZMSCORE", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zmscore_3() {
    check(
        &[],
        &["ZMSCORE", "z"],
        Err("ERR wrong number of arguments for 'zmscore' command"),
        false,
    );
}

#[test]
fn zpopmax_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZPOPMAX", "z"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmax_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZPOPMAX", "z", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmax_2() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZPOPMAX", "z", "10"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmax_3() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZPOPMAX", "z", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zpopmax_4() {
    check(
        &[],
        &["ZPOPMAX", "missing"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zpopmax_5() {
    check(
        &[],
        &["ZPOPMAX", "z", "-1"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmax_6() {
    check(
        &[&["SET", "k", "v"]],
        &["ZPOPMAX", "k", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zpopmax_7() {
    check(
        &[],
        &["ZPOPMAX", "z", "1", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zpopmax_8() {
    check(
        &[],
        &["ZPOPMAX", "z", "x"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmax_9() {
    check(
        &[],
        &["ZPOPMAX", "z", "1.5"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmax_10() {
    check(
        &[],
        &["ZPOPMAX", "z", "x", "1"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zpopmax_11() {
    check(
        &[&["SET", "k", "v"]],
        &["ZPOPMAX", "k", "x"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmax_12() {
    check(
        &[],
        &["ZPOPMAX"],
        Err("ERR wrong number of arguments for 'zpopmax' command"),
        false,
    );
}

#[test]
fn zpopmin_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZPOPMIN", "z"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmin_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZPOPMIN", "z", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmin_2() {
    check(
        &[&["ZADD", "z", "1", "a", "1", "b"]],
        &["ZPOPMIN", "z", "5"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn zpopmin_3() {
    check(
        &[],
        &["ZPOPMIN", "missing", "1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zpopmin_4() {
    check(
        &[],
        &["ZPOPMIN", "z", "-1"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmin_5() {
    check(
        &[&["SET", "k", "v"]],
        &["ZPOPMIN", "k"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zpopmin_6() {
    check(
        &[],
        &["ZPOPMIN", "z", "1", "2"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zpopmin_7() {
    check(
        &[],
        &["ZPOPMIN", "z", "x"],
        Err("ERR value is out of range, must be positive"),
        false,
    );
}

#[test]
fn zpopmin_8() {
    check(
        &[],
        &["ZPOPMIN", "z", "x", "y"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zpopmin_9() {
    check(
        &[],
        &["ZPOPMIN"],
        Err("ERR wrong number of arguments for 'zpopmin' command"),
        false,
    );
}

#[test]
fn zrange_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "-2", "100", "WITHSCORES"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_2() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "0", "0", "REV"],
        Ok(Reply::Array(vec![Reply::Bulk("c".into())])),
        false,
    );
}

#[test]
fn zrange_3() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "2", "1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrange_4() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "(1", "+inf", "BYSCORE"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_5() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &[
            "ZRANGE",
            "z",
            "+inf",
            "-inf",
            "BYSCORE",
            "REV",
            "LIMIT",
            "1",
            "5",
            "WITHSCORES",
        ],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_6() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "-inf", "+inf", "BYSCORE", "LIMIT", "-1", "5"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrange_7() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGE", "z", "-inf", "+inf", "BYSCORE", "LIMIT", "1", "-5"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_8() {
    check(
        &[&["ZADD", "z", "0", "a", "0", "b", "0", "c", "0", "d"]],
        &["ZRANGE", "z", "[b", "(d", "BYLEX"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("c".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_9() {
    check(
        &[&["ZADD", "z", "0", "a", "0", "b", "0", "c", "0", "d"]],
        &["ZRANGE", "z", "+", "-", "BYLEX", "REV", "LIMIT", "1", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_10() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &["ZRANGE", "z", "0", "-1", "LIMIT", "5", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_11() {
    check(
        &[],
        &["ZRANGE", "missing", "0", "-1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrange_12() {
    check(
        &[],
        &["ZRANGE", "z", "0", "-1", "LIMIT", "0", "1"],
        Err(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ),
        false,
    );
}

#[test]
fn zrange_13() {
    check(
        &[],
        &["ZRANGE", "z", "-", "+", "BYLEX", "WITHSCORES"],
        Err("ERR syntax error, WITHSCORES not supported in combination with BYLEX"),
        false,
    );
}

#[test]
fn zrange_14() {
    check(
        &[],
        &["ZRANGE", "z", "-", "+", "BYSCORE"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zrange_15() {
    check(
        &[],
        &["ZRANGE", "z", "a", "b", "BYLEX"],
        Err("ERR min or max not valid string range item"),
        false,
    );
}

#[test]
fn zrange_16() {
    check(
        &[],
        &["ZRANGE", "z", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrange_17() {
    check(
        &[],
        &["ZRANGE", "z", "0", "1", "BYSCORE", "BYLEX"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_18() {
    check(
        &[],
        &["ZRANGE", "z", "0", "1", "LIMIT", "1"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_19() {
    check(
        &[],
        &["ZRANGE", "z", "0", "1", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_20() {
    check(
        &[&["SET", "k", "v"]],
        &["ZRANGE", "k", "0", "-1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrange_21() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &["ZRANGE", "z", "0", "-1", "WITHSCORES", "WITHSCORES"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("1".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_22() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &[
            "ZRANGE", "z", "0", "-1", "LIMIT", "0", "1", "LIMIT", "5", "-1",
        ],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn zrange_23() {
    check(
        &[],
        &["ZRANGE", "z", "0", "x", "REV", "REV"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_24() {
    check(
        &[],
        &["ZRANGE", "z", "a", "b", "BYSCORE", "BYSCORE"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_25() {
    check(
        &[],
        &["ZRANGE", "z", "a", "b", "BYLEX", "BYLEX"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_26() {
    check(
        &[],
        &["ZRANGE", "z", "a", "b", "BYSCORE", "LIMIT", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrange_27() {
    check(
        &[],
        &["ZRANGE", "z", "x", "1", "LIMIT", "0", "1"],
        Err(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ),
        false,
    );
}

#[test]
fn zrange_28() {
    check(
        &[],
        &["ZRANGE", "z", "a", "b", "BYLEX", "WITHSCORES"],
        Err("ERR syntax error, WITHSCORES not supported in combination with BYLEX"),
        false,
    );
}

#[test]
fn zrange_29() {
    check(
        &[],
        &["ZRANGE", "z", "x", "1", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrange_30() {
    check(
        &[&["SET", "k", "v"]],
        &["ZRANGE", "k", "x", "1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrange_31() {
    check(
        &[],
        &["ZRANGE", "z", "0"],
        Err("ERR wrong number of arguments for 'zrange' command"),
        false,
    );
}

#[test]
fn zrangebyscore_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGEBYSCORE", "z", "1", "2"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        false,
    );
}

#[test]
fn zrangebyscore_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGEBYSCORE", "z", "(1", "+inf", "WITHSCORES"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
        ])),
        false,
    );
}

#[test]
fn zrangebyscore_2() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGEBYSCORE", "z", "-inf", "+inf", "LIMIT", "1", "1"],
        Ok(Reply::Array(vec![Reply::Bulk("b".into())])),
        false,
    );
}

#[test]
fn zrangebyscore_3() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANGEBYSCORE", "z", "-inf", "+inf", "LIMIT", "0", "0"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrangebyscore_4() {
    check(
        &[],
        &["ZRANGEBYSCORE", "missing", "0", "1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrangebyscore_5() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "x", "1"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zrangebyscore_6() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "0", "1", "REV"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrangebyscore_7() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "0", "1", "LIMIT", "0"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrangebyscore_8() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "0", "1", "LIMIT", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrangebyscore_9() {
    check(
        &[&["SET", "k", "v"]],
        &["ZRANGEBYSCORE", "k", "0", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrangebyscore_10() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &[
            "ZRANGEBYSCORE",
            "z",
            "-inf",
            "+inf",
            "WITHSCORES",
            "LIMIT",
            "0",
            "2",
            "WITHSCORES",
            "LIMIT",
            "1",
            "1",
        ],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zrangebyscore_11() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "a", "b", "LIMIT", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrangebyscore_12() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "a", "b", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrangebyscore_13() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "0", "1", "BYSCORE"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrangebyscore_14() {
    check(
        &[],
        &["ZRANGEBYSCORE", "z", "0"],
        Err("ERR wrong number of arguments for 'zrangebyscore' command"),
        false,
    );
}

#[test]
fn zrank_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZRANK", "z", "c"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zrank_1() {
    check(
        &[&["ZADD", "z", "1", "b", "1", "a"]],
        &["ZRANK", "z", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zrank_2() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZRANK", "z", "x"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn zrank_3() {
    check(&[], &["ZRANK", "missing", "x"], Ok(Reply::Nil), false);
}

#[test]
fn zrank_4() {
    check(
        &[&["SET", "k", "v"]],
        &["ZRANK", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrank_5() {
    check(
        &[],
        &["ZRANK", "z"],
        Err("ERR wrong number of arguments for 'zrank' command"),
        false,
    );
}

#[test]
fn zrem_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b"]],
        &["ZREM", "z", "a", "x", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zrem_1() {
    check(&[], &["ZREM", "missing", "a"], Ok(Reply::Integer(0)), false);
}

#[test]
fn zrem_2() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREM", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrem_3() {
    check(
        &[],
        &["ZREM", "z"],
        Err("ERR wrong number of arguments for 'zrem' command"),
        false,
    );
}

#[test]
fn zremrangebyrank_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREMRANGEBYRANK", "z", "0", "1"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zremrangebyrank_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREMRANGEBYRANK", "z", "-1", "100"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn zremrangebyrank_2() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREMRANGEBYRANK", "z", "2", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zremrangebyrank_3() {
    check(
        &[],
        &["ZREMRANGEBYRANK", "missing", "0", "-1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zremrangebyrank_4() {
    check(
        &[],
        &["ZREMRANGEBYRANK", "z", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zremrangebyrank_5() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREMRANGEBYRANK", "k", "0", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zremrangebyrank_6() {
    check(
        &[],
        &["ZREMRANGEBYRANK", "z", "0"],
        Err("ERR wrong number of arguments for 'zremrangebyrank' command"),
        false,
    );
}

#[test]
fn zremrangebyscore_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREMRANGEBYSCORE", "z", "(1", "3"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn zremrangebyscore_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREMRANGEBYSCORE", "z", "-inf", "+inf"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn zremrangebyscore_2() {
    check(
        &[],
        &["ZREMRANGEBYSCORE", "missing", "0", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zremrangebyscore_3() {
    check(
        &[],
        &["ZREMRANGEBYSCORE", "z", "0", "x"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zremrangebyscore_4() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREMRANGEBYSCORE", "k", "0", "1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zremrangebyscore_5() {
    check(
        &[],
        &["ZREMRANGEBYSCORE", "z", "0"],
        Err("ERR wrong number of arguments for 'zremrangebyscore' command"),
        false,
    );
}

#[test]
fn zrevrange_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANGE", "z", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrange_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANGE", "z", "0", "0", "WITHSCORES"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrange_2() {
    check(
        &[],
        &["ZREVRANGE", "missing", "0", "-1"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrevrange_3() {
    check(
        &[],
        &["ZREVRANGE", "z", "0", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrevrange_4() {
    check(
        &[],
        &["ZREVRANGE", "z", "0", "1", "BYSCORE"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrevrange_5() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREVRANGE", "k", "0", "-1"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrevrange_6() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANGE", "z", "0", "-1", "LIMIT", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("b".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrange_7() {
    check(
        &[],
        &["ZREVRANGE", "z", "0", "-1", "LIMIT", "0", "1"],
        Err(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ),
        false,
    );
}

#[test]
fn zrevrange_8() {
    check(
        &[],
        &["ZREVRANGE", "z", "x", "-1", "LIMIT", "0", "y"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrevrange_9() {
    check(
        &[],
        &["ZREVRANGE", "z", "x", "-1", "REV"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrevrange_10() {
    check(
        &[],
        &["ZREVRANGE", "z", "0"],
        Err("ERR wrong number of arguments for 'zrevrange' command"),
        false,
    );
}

#[test]
fn zrevrangebyscore_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANGEBYSCORE", "z", "2", "1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("a".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrangebyscore_1() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &[
            "ZREVRANGEBYSCORE",
            "z",
            "+inf",
            "(1",
            "WITHSCORES",
            "LIMIT",
            "0",
            "1",
        ],
        Ok(Reply::Array(vec![
            Reply::Bulk("c".into()),
            Reply::Bulk("3".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrangebyscore_2() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANGEBYSCORE", "z", "1", "2"],
        Ok(Reply::Array(vec![])),
        false,
    );
}

#[test]
fn zrevrangebyscore_3() {
    check(
        &[],
        &["ZREVRANGEBYSCORE", "z", "1", "x"],
        Err("ERR min or max is not a float"),
        false,
    );
}

#[test]
fn zrevrangebyscore_4() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREVRANGEBYSCORE", "k", "1", "0"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrevrangebyscore_5() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &[
            "ZREVRANGEBYSCORE",
            "z",
            "+inf",
            "-inf",
            "WITHSCORES",
            "WITHSCORES",
            "LIMIT",
            "0",
            "1",
            "LIMIT",
            "1",
            "1",
        ],
        Ok(Reply::Array(vec![
            Reply::Bulk("b".into()),
            Reply::Bulk("2".into()),
        ])),
        false,
    );
}

#[test]
fn zrevrangebyscore_6() {
    check(
        &[],
        &["ZREVRANGEBYSCORE", "z", "((1", "1e308", "LIMIT", "1", "0x1"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn zrevrangebyscore_7() {
    check(
        &[],
        &["ZREVRANGEBYSCORE", "z", "a", "b", "REV"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrevrangebyscore_8() {
    check(
        &[],
        &["ZREVRANGEBYSCORE", "z", "a", "b", "LIMIT", "0"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn zrevrangebyscore_9() {
    check(
        &[],
        &["ZREVRANGEBYSCORE", "z", "0"],
        Err("ERR wrong number of arguments for 'zrevrangebyscore' command"),
        false,
    );
}

#[test]
fn zrevrank_0() {
    check(
        &[&["ZADD", "z", "1", "a", "2", "b", "3", "c"]],
        &["ZREVRANK", "z", "c"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn zrevrank_1() {
    check(
        &[&["ZADD", "z", "1", "a"]],
        &["ZREVRANK", "z", "x"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn zrevrank_2() {
    check(&[], &["ZREVRANK", "missing", "x"], Ok(Reply::Nil), false);
}

#[test]
fn zrevrank_3() {
    check(
        &[&["SET", "k", "v"]],
        &["ZREVRANK", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zrevrank_4() {
    check(
        &[],
        &["ZREVRANK", "z"],
        Err("ERR wrong number of arguments for 'zrevrank' command"),
        false,
    );
}

#[test]
fn zscore_0() {
    check(
        &[&["ZADD", "z", "1.5", "a"]],
        &["ZSCORE", "z", "a"],
        Ok(Reply::Bulk("1.5".into())),
        false,
    );
}

#[test]
fn zscore_1() {
    check(
        &[&["ZADD", "z", "0.1", "a"]],
        &["ZSCORE", "z", "a"],
        Ok(Reply::Bulk("0.10000000000000001".into())),
        false,
    );
}

#[test]
fn zscore_2() {
    check(
        &[&["ZADD", "z", "1e20", "a"]],
        &["ZSCORE", "z", "a"],
        Ok(Reply::Bulk("1e+20".into())),
        false,
    );
}

#[test]
fn zscore_3() {
    check(
        &[&["ZADD", "z", "-inf", "a"]],
        &["ZSCORE", "z", "a"],
        Ok(Reply::Bulk("-inf".into())),
        false,
    );
}

#[test]
fn zscore_4() {
    check(
        &[&["ZADD", "z", "-0", "a"]],
        &["ZSCORE", "z", "a"],
        Ok(Reply::Bulk("0".into())),
        false,
    );
}

#[test]
fn zscore_5() {
    check(&[], &["ZSCORE", "missing", "a"], Ok(Reply::Nil), false);
}

#[test]
fn zscore_6() {
    check(
        &[&["SET", "k", "v"]],
        &["ZSCORE", "k", "a"],
        Err("WRONGTYPE Operation against a key holding the wrong kind of value"),
        false,
    );
}

#[test]
fn zscore_7() {
    check(
        &[],
        &["ZSCORE", "z"],
        Err("ERR wrong number of arguments for 'zscore' command"),
        false,
    );
}

#[test]
fn copy_0() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn copy_1() {
    check(
        &[],
        &["COPY", "a", "b", "DB", "99", "FOO"],
        Err("ERR DB index is out of range"),
        false,
    );
}

#[test]
fn copy_2() {
    check(
        &[],
        &["COPY", "a", "b", "DB", "1", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn copy_3() {
    check(
        &[&["SET", "a", "v"], &["COPY", "a", "b"]],
        &["GET", "b"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn copy_4() {
    check(
        &[&["SET", "a", "v", "EX", "100"], &["COPY", "a", "b"]],
        &["TTL", "b"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn copy_5() {
    check(
        &[&["SET", "a", "v"], &["SET", "b", "w"]],
        &["COPY", "a", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn copy_6() {
    check(
        &[&["SET", "a", "v"], &["SET", "b", "w"]],
        &["COPY", "a", "b", "REPLACE"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn copy_7() {
    check(
        &[
            &["SET", "a", "v"],
            &["SET", "b", "w"],
            &["COPY", "a", "b", "REPLACE"],
        ],
        &["GET", "b"],
        Ok(Reply::Bulk("v".into())),
        false,
    );
}

#[test]
fn copy_8() {
    check(
        &[&["RPUSH", "a", "x", "y"]],
        &["COPY", "a", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn copy_9() {
    check(
        &[&["RPUSH", "a", "x", "y"], &["COPY", "a", "b"]],
        &["LRANGE", "b", "0", "-1"],
        Ok(Reply::Array(vec![
            Reply::Bulk("x".into()),
            Reply::Bulk("y".into()),
        ])),
        false,
    );
}

#[test]
fn copy_10() {
    check(&[], &["COPY", "missing", "b"], Ok(Reply::Integer(0)), false);
}

#[test]
fn copy_11() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "a", "DB", "1"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn copy_12() {
    check(
        &[&["SET", "a", "v"], &["COPY", "a", "a", "DB", "1"]],
        &["COPY", "a", "a", "DB", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn copy_13() {
    check(
        &[&["SET", "a", "v"], &["COPY", "a", "a", "DB", "1"]],
        &["COPY", "a", "a", "DB", "1", "REPLACE", "REPLACE"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn copy_14() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "a"],
        Err("ERR source and destination objects are the same"),
        false,
    );
}

#[test]
fn copy_15() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "a", "DB", "0"],
        Err("ERR source and destination objects are the same"),
        false,
    );
}

#[test]
fn copy_16() {
    check(
        &[],
        &["COPY", "a", "a"],
        Err("ERR source and destination objects are the same"),
        false,
    );
}

#[test]
fn copy_17() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b", "DB", "-1"],
        Err("ERR DB index is out of range"),
        false,
    );
}

#[test]
fn copy_18() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b", "DB", "4294967296"],
        Err("ERR value is out of range, value must between -2147483648 and 2147483647"),
        false,
    );
}

#[test]
fn copy_19() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b", "DB", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn copy_20() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b", "DB"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn copy_21() {
    check(
        &[&["SET", "a", "v"]],
        &["COPY", "a", "b", "FOO"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn copy_22() {
    check(
        &[],
        &["COPY", "a"],
        Err("ERR wrong number of arguments for 'copy' command"),
        false,
    );
}

#[test]
fn dbsize_0() {
    check(&[], &["DBSIZE"], Ok(Reply::Integer(0)), false);
}

#[test]
fn dbsize_1() {
    check(
        &[&["SET", "a", "1"], &["RPUSH", "b", "x"]],
        &["DBSIZE"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn dbsize_2() {
    check(
        &[&["SET", "a", "1"], &["SET", "a", "2"], &["DEL", "a"]],
        &["DBSIZE"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn dbsize_3() {
    check(
        &[],
        &["DBSIZE", "x"],
        Err("ERR wrong number of arguments for 'dbsize' command"),
        false,
    );
}

#[test]
fn del_0() {
    check(
        &[&["SET", "a", "1"], &["SET", "b", "2"]],
        &["DEL", "a", "b", "c"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn del_1() {
    check(
        &[&["SET", "a", "1"]],
        &["DEL", "a", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn del_2() {
    check(
        &[&["RPUSH", "l", "x"]],
        &["DEL", "l"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn del_3() {
    check(
        &[&["SET", "a", "1"], &["DEL", "a"]],
        &["GET", "a"],
        Ok(Reply::Nil),
        false,
    );
}

#[test]
fn del_4() {
    check(&[], &["DEL", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn del_5() {
    check(
        &[],
        &["DEL"],
        Err("ERR wrong number of arguments for 'del' command"),
        false,
    );
}

#[test]
fn exists_0() {
    check(
        &[&["SET", "a", "1"]],
        &["EXISTS", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn exists_1() {
    check(
        &[&["SET", "a", "1"], &["RPUSH", "l", "x"]],
        &["EXISTS", "a", "l", "missing"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn exists_2() {
    check(
        &[&["SET", "a", "1"]],
        &["EXISTS", "a", "a", "a"],
        Ok(Reply::Integer(3)),
        false,
    );
}

#[test]
fn exists_3() {
    check(&[], &["EXISTS", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn exists_4() {
    check(
        &[],
        &["EXISTS"],
        Err("ERR wrong number of arguments for 'exists' command"),
        false,
    );
}

#[test]
fn expire_0() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "100"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_1() {
    check(
        &[&["SET", "k", "v"], &["EXPIRE", "k", "100"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn expire_2() {
    check(
        &[],
        &["EXPIRE", "missing", "100"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_3() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "-1"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_4() {
    check(
        &[&["SET", "k", "v"], &["EXPIRE", "k", "0"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_5() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "100", "NX"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_6() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "100", "NX"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_7() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "100", "XX"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_8() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "100", "XX"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_9() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "100", "GT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_10() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "10", "GT"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_11() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "100", "GT"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_12() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "100", "LT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_13() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "100", "LT"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_14() {
    check(
        &[&["SET", "k", "v", "EX", "50"]],
        &["EXPIRE", "k", "10", "XX", "LT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_15() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "XX", "GT"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_16() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "NX", "NX"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_17() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "NX", "XX"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_18() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "GT", "NX"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_19() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "GT", "LT"],
        Err("ERR GT and LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_20() {
    check(
        &[],
        &["EXPIRE", "k", "10", "GT", "LT"],
        Err("ERR GT and LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_21() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "9223372036854775"],
        Err("ERR invalid expire time in 'expire' command"),
        false,
    );
}

#[test]
fn expire_22() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "-9223372036854775808"],
        Err("ERR invalid expire time in 'expire' command"),
        false,
    );
}

#[test]
fn expire_23() {
    check(
        &[],
        &["EXPIRE", "missing", "9223372036854775807"],
        Err("ERR invalid expire time in 'expire' command"),
        false,
    );
}

#[test]
fn expire_24() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "abc"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn expire_25() {
    check(
        &[],
        &["EXPIRE", "k"],
        Err("ERR wrong number of arguments for 'expire' command"),
        false,
    );
}

#[test]
fn expire_26() {
    check(
        &[],
        &["EXPIRE", "k", "abc", "FOO"],
        Err("ERR Unsupported option FOO"),
        false,
    );
}

#[test]
fn expire_27() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRE", "k", "10", "GT", "FOO"],
        Err("ERR Unsupported option FOO"),
        false,
    );
}

#[test]
fn expire_28() {
    check(
        &[],
        &["EXPIRE", "k", "abc", "NX", "XX"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_29() {
    check(
        &[],
        &["EXPIRE", "k", "abc", "GT", "LT"],
        Err("ERR GT and LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_at_0() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIREAT", "k", "4000000000"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_at_1() {
    check(
        &[&["SET", "k", "v"], &["EXPIREAT", "k", "4000000000"]],
        &["EXPIRETIME", "k"],
        Ok(Reply::Integer(4000000000)),
        false,
    );
}

#[test]
fn expire_at_2() {
    check(
        &[&["SET", "k", "v"], &["EXPIREAT", "k", "1"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_at_3() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIREAT", "k", "-9223372036854775"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_at_4() {
    check(
        &[],
        &["EXPIREAT", "missing", "4000000000"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_at_5() {
    check(
        &[&["SET", "k", "v", "EXAT", "4000000000"]],
        &["EXPIREAT", "k", "4000000001", "GT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_at_6() {
    check(
        &[&["SET", "k", "v", "EXAT", "4000000000"]],
        &["EXPIREAT", "k", "4000000000", "GT"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn expire_at_7() {
    check(
        &[&["SET", "k", "v", "EXAT", "4000000000"]],
        &["EXPIREAT", "k", "3999999999", "LT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn expire_at_8() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIREAT", "k", "9223372036854776"],
        Err("ERR invalid expire time in 'expireat' command"),
        false,
    );
}

#[test]
fn expire_at_9() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIREAT", "k", "1", "NX", "LT"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn expire_at_10() {
    check(
        &[],
        &["EXPIREAT", "k", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn expire_at_11() {
    check(
        &[],
        &["EXPIREAT", "k"],
        Err("ERR wrong number of arguments for 'expireat' command"),
        false,
    );
}

#[test]
fn expire_at_12() {
    check(
        &[],
        &["EXPIREAT", "k", "abc", "foo"],
        Err("ERR Unsupported option foo"),
        false,
    );
}

#[test]
fn expiretime_0() {
    check(
        &[&["SET", "k", "v", "PXAT", "4000000000123"]],
        &["EXPIRETIME", "k"],
        Ok(Reply::Integer(4000000000)),
        false,
    );
}

#[test]
fn expiretime_1() {
    check(
        &[&["SET", "k", "v", "PXAT", "4000000000500"]],
        &["EXPIRETIME", "k"],
        Ok(Reply::Integer(4000000001)),
        false,
    );
}

#[test]
fn expiretime_2() {
    check(
        &[&["SET", "k", "v"]],
        &["EXPIRETIME", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn expiretime_3() {
    check(
        &[],
        &["EXPIRETIME", "missing"],
        Ok(Reply::Integer(-2)),
        false,
    );
}

#[test]
fn expiretime_4() {
    check(
        &[],
        &["EXPIRETIME"],
        Err("ERR wrong number of arguments for 'expiretime' command"),
        false,
    );
}

#[test]
fn flushall_0() {
    check(
        &[&["SET", "a", "1"]],
        &["FLUSHALL"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushall_1() {
    check(
        &[&["SET", "a", "1"], &["FLUSHALL"]],
        &["DBSIZE"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn flushall_2() {
    check(
        &[
            &["SET", "a", "1"],
            &["COPY", "a", "b", "DB", "1"],
            &["FLUSHALL"],
            &["SET", "b", "2"],
        ],
        &["COPY", "b", "b", "DB", "1"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn flushall_3() {
    check(
        &[],
        &["FLUSHALL", "ASYNC"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushall_4() {
    check(
        &[],
        &["FLUSHALL", "sync"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushall_5() {
    check(&[], &["FLUSHALL", "FOO"], Err("ERR syntax error"), false);
}

#[test]
fn flushall_6() {
    check(
        &[],
        &["FLUSHALL", "SYNC", "ASYNC"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn flushall_7() {
    check(
        &[],
        &["FLUSHALL", "ASYNC", "ASYNC"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn flushdb_0() {
    check(
        &[&["SET", "a", "1"]],
        &["FLUSHDB"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushdb_1() {
    check(
        &[&["SET", "a", "1"], &["RPUSH", "l", "x"], &["FLUSHDB"]],
        &["DBSIZE"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn flushdb_2() {
    check(
        &[
            &["SET", "a", "1"],
            &["COPY", "a", "a", "DB", "1"],
            &["FLUSHDB"],
            &["SET", "b", "2"],
        ],
        &["COPY", "b", "a", "DB", "1"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn flushdb_3() {
    check(
        &[],
        &["FLUSHDB", "ASYNC"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushdb_4() {
    check(
        &[],
        &["FLUSHDB", "SYNC"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn flushdb_5() {
    check(&[], &["FLUSHDB", "FOO"], Err("ERR syntax error"), false);
}

#[test]
fn flushdb_6() {
    check(
        &[],
        &["FLUSHDB", "SYNC", "ASYNC"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn flushdb_7() {
    check(
        &[],
        &["FLUSHDB", "SYNC", "SYNC"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn keys_0() {
    check(
        &[&["MSET", "one", "1", "two", "2", "three", "3"]],
        &["KEYS", "t*"],
        Ok(Reply::Array(vec![
            Reply::Bulk("two".into()),
            Reply::Bulk("three".into()),
        ])),
        true,
    );
}

#[test]
fn keys_1() {
    check(
        &[&["MSET", "one", "1", "two", "2", "three", "3"]],
        &["KEYS", "*"],
        Ok(Reply::Array(vec![
            Reply::Bulk("one".into()),
            Reply::Bulk("two".into()),
            Reply::Bulk("three".into()),
        ])),
        true,
    );
}

#[test]
fn keys_2() {
    check(
        &[&[
            "MSET", "hallo", "1", "hello", "2", "hillo", "3", "hllo", "4",
        ]],
        &["KEYS", "h[ae]llo"],
        Ok(Reply::Array(vec![
            Reply::Bulk("hallo".into()),
            Reply::Bulk("hello".into()),
        ])),
        true,
    );
}

#[test]
fn keys_3() {
    check(
        &[&[
            "MSET", "hallo", "1", "hello", "2", "hillo", "3", "hllo", "4",
        ]],
        &["KEYS", "h[^e]llo"],
        Ok(Reply::Array(vec![
            Reply::Bulk("hallo".into()),
            Reply::Bulk("hillo".into()),
        ])),
        true,
    );
}

#[test]
fn keys_4() {
    check(
        &[&[
            "MSET", "hallo", "1", "hello", "2", "hillo", "3", "hllo", "4",
        ]],
        &["KEYS", "h?llo"],
        Ok(Reply::Array(vec![
            Reply::Bulk("hallo".into()),
            Reply::Bulk("hello".into()),
            Reply::Bulk("hillo".into()),
        ])),
        true,
    );
}

#[test]
fn keys_5() {
    check(
        &[&["MSET", "a", "1", "m", "2", "z", "3", "A", "4"]],
        &["KEYS", "[z-b]"],
        Ok(Reply::Array(vec![
            Reply::Bulk("m".into()),
            Reply::Bulk("z".into()),
        ])),
        true,
    );
}

#[test]
fn keys_6() {
    check(
        &[&["MSET", "a*", "1", "ab", "2"]],
        &["KEYS", "a\\*"],
        Ok(Reply::Array(vec![Reply::Bulk("a*".into())])),
        false,
    );
}

#[test]
fn keys_7() {
    check(
        &[&["MSET", "a", "1", "b", "2"]],
        &["KEYS", "[ab"],
        Ok(Reply::Array(vec![
            Reply::Bulk("a".into()),
            Reply::Bulk("b".into()),
        ])),
        true,
    );
}

#[test]
fn keys_8() {
    check(
        &[&["SET", "", "1"], &["SET", "k", "2"]],
        &["KEYS", "*"],
        Ok(Reply::Array(vec![
            Reply::Bulk("".into()),
            Reply::Bulk("k".into()),
        ])),
        true,
    );
}

#[test]
fn keys_9() {
    check(
        &[&["SET", "", "1"], &["SET", "k", "2"]],
        &["KEYS", "**"],
        Ok(Reply::Array(vec![Reply::Bulk("k".into())])),
        false,
    );
}

#[test]
fn keys_10() {
    check(&[], &["KEYS", "*"], Ok(Reply::Array(vec![])), false);
}

#[test]
fn keys_11() {
    check(
        &[],
        &["KEYS"],
        Err("ERR wrong number of arguments for 'keys' command"),
        false,
    );
}

#[test]
fn persist_0() {
    check(
        &[&["SET", "k", "v", "EX", "100"]],
        &["PERSIST", "k"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn persist_1() {
    check(
        &[&["SET", "k", "v", "EX", "100"], &["PERSIST", "k"]],
        &["TTL", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn persist_2() {
    check(
        &[&["SET", "k", "v"]],
        &["PERSIST", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn persist_3() {
    check(&[], &["PERSIST", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn persist_4() {
    check(
        &[],
        &["PERSIST"],
        Err("ERR wrong number of arguments for 'persist' command"),
        false,
    );
}

#[test]
fn pexpire_0() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIRE", "k", "100000"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn pexpire_1() {
    check(
        &[&["SET", "k", "v"], &["PEXPIRE", "k", "100000"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn pexpire_2() {
    check(
        &[&["SET", "k", "v"], &["PEXPIRE", "k", "-5"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_3() {
    check(
        &[],
        &["PEXPIRE", "missing", "100"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_4() {
    check(
        &[&["SET", "k", "v", "PX", "50000"]],
        &["PEXPIRE", "k", "100000", "GT"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn pexpire_5() {
    check(
        &[&["SET", "k", "v", "PX", "50000"]],
        &["PEXPIRE", "k", "100000", "NX"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_6() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIRE", "k", "9223372036854775807"],
        Err("ERR invalid expire time in 'pexpire' command"),
        false,
    );
}

#[test]
fn pexpire_7() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIRE", "k", "1", "LT", "GT"],
        Err("ERR GT and LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn pexpire_8() {
    check(
        &[],
        &["PEXPIRE", "k", "1.5"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn pexpire_9() {
    check(
        &[],
        &["PEXPIRE", "k"],
        Err("ERR wrong number of arguments for 'pexpire' command"),
        false,
    );
}

#[test]
fn pexpire_10() {
    check(
        &[],
        &["PEXPIRE", "k", "1", "FOO"],
        Err("ERR Unsupported option FOO"),
        false,
    );
}

#[test]
fn pexpire_11() {
    check(
        &[],
        &["PEXPIRE", "k", "abc", "nx", "gt"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn pexpire_at_0() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIREAT", "k", "4000000000123"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn pexpire_at_1() {
    check(
        &[&["SET", "k", "v"], &["PEXPIREAT", "k", "4000000000123"]],
        &["PEXPIRETIME", "k"],
        Ok(Reply::Integer(4000000000123)),
        false,
    );
}

#[test]
fn pexpire_at_2() {
    check(
        &[
            &["SET", "k", "v"],
            &["PEXPIREAT", "k", "9223372036854775807"],
        ],
        &["PEXPIRETIME", "k"],
        Ok(Reply::Integer(9223372036854775807)),
        false,
    );
}

#[test]
fn pexpire_at_3() {
    check(
        &[&["SET", "k", "v"], &["PEXPIREAT", "k", "1000"]],
        &["EXISTS", "k"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_at_4() {
    check(
        &[],
        &["PEXPIREAT", "missing", "4000000000123"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_at_5() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIREAT", "k", "4000000000123", "XX"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn pexpire_at_6() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIREAT", "k", "4000000000123", "XX", "NX"],
        Err("ERR NX and XX, GT or LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn pexpire_at_7() {
    check(
        &[],
        &["PEXPIREAT", "k", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn pexpire_at_8() {
    check(
        &[],
        &["PEXPIREAT", "k"],
        Err("ERR wrong number of arguments for 'pexpireat' command"),
        false,
    );
}

#[test]
fn pexpire_at_9() {
    check(
        &[],
        &["PEXPIREAT", "k", "x", "GT", "LT"],
        Err("ERR GT and LT options at the same time are not compatible"),
        false,
    );
}

#[test]
fn pexpiretime_0() {
    check(
        &[&["SET", "k", "v", "PXAT", "4000000000123"]],
        &["PEXPIRETIME", "k"],
        Ok(Reply::Integer(4000000000123)),
        false,
    );
}

#[test]
fn pexpiretime_1() {
    check(
        &[&["SET", "k", "v", "EXAT", "4000000000"]],
        &["PEXPIRETIME", "k"],
        Ok(Reply::Integer(4000000000000)),
        false,
    );
}

#[test]
fn pexpiretime_2() {
    check(
        &[&["SET", "k", "v"]],
        &["PEXPIRETIME", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn pexpiretime_3() {
    check(
        &[],
        &["PEXPIRETIME", "missing"],
        Ok(Reply::Integer(-2)),
        false,
    );
}

#[test]
fn pexpiretime_4() {
    check(
        &[],
        &["PEXPIRETIME"],
        Err("ERR wrong number of arguments for 'pexpiretime' command"),
        false,
    );
}

#[test]
fn pttl_0() {
    check(
        &[&["SET", "k", "v"]],
        &["PTTL", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn pttl_1() {
    check(&[], &["PTTL", "missing"], Ok(Reply::Integer(-2)), false);
}

#[test]
fn pttl_2() {
    check(
        &[&["RPUSH", "l", "x"]],
        &["PTTL", "l"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn pttl_3() {
    check(
        &[],
        &["PTTL"],
        Err("ERR wrong number of arguments for 'pttl' command"),
        false,
    );
}

#[test]
fn randomkey_0() {
    check(&[], &["RANDOMKEY"], Ok(Reply::Nil), false);
}

#[test]
fn randomkey_1() {
    check(
        &[&["SET", "only", "v"]],
        &["RANDOMKEY"],
        Ok(Reply::Bulk("only".into())),
        false,
    );
}

#[test]
fn randomkey_2() {
    check(
        &[],
        &["RANDOMKEY", "x"],
        Err("ERR wrong number of arguments for 'randomkey' command"),
        false,
    );
}

#[test]
fn rename_0() {
    check(
        &[&["SET", "a", "v"]],
        &["RENAME", "a", "b"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn rename_1() {
    check(
        &[&["SET", "a", "v"], &["RENAME", "a", "b"]],
        &["MGET", "a", "b"],
        Ok(Reply::Array(vec![Reply::Nil, Reply::Bulk("v".into())])),
        false,
    );
}

#[test]
fn rename_2() {
    check(
        &[
            &["SET", "a", "v"],
            &["RPUSH", "b", "x"],
            &["RENAME", "a", "b"],
        ],
        &["TYPE", "b"],
        Ok(Reply::Status("string".into())),
        false,
    );
}

#[test]
fn rename_3() {
    check(
        &[&["SET", "a", "v", "EX", "100"], &["RENAME", "a", "b"]],
        &["TTL", "b"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn rename_4() {
    check(
        &[
            &["SET", "a", "v"],
            &["SET", "b", "w", "EX", "100"],
            &["RENAME", "a", "b"],
        ],
        &["TTL", "b"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn rename_5() {
    check(
        &[&["SET", "a", "v"]],
        &["RENAME", "a", "a"],
        Ok(Reply::Status("OK".into())),
        false,
    );
}

#[test]
fn rename_6() {
    check(&[], &["RENAME", "a", "a"], Err("ERR no such key"), false);
}

#[test]
fn rename_7() {
    check(
        &[],
        &["RENAME", "missing", "b"],
        Err("ERR no such key"),
        false,
    );
}

#[test]
fn rename_8() {
    check(
        &[],
        &["RENAME", "a"],
        Err("ERR wrong number of arguments for 'rename' command"),
        false,
    );
}

#[test]
fn renamenx_0() {
    check(
        &[&["SET", "a", "v"]],
        &["RENAMENX", "a", "b"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn renamenx_1() {
    check(
        &[&["SET", "a", "v"], &["RENAMENX", "a", "b"]],
        &["MGET", "a", "b"],
        Ok(Reply::Array(vec![Reply::Nil, Reply::Bulk("v".into())])),
        false,
    );
}

#[test]
fn renamenx_2() {
    check(
        &[&["SET", "a", "v"], &["SET", "b", "w"]],
        &["RENAMENX", "a", "b"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn renamenx_3() {
    check(
        &[
            &["SET", "a", "v"],
            &["SET", "b", "w"],
            &["RENAMENX", "a", "b"],
        ],
        &["MGET", "a", "b"],
        Ok(Reply::Array(vec![
            Reply::Bulk("v".into()),
            Reply::Bulk("w".into()),
        ])),
        false,
    );
}

#[test]
fn renamenx_4() {
    check(
        &[&["SET", "a", "v"]],
        &["RENAMENX", "a", "a"],
        Ok(Reply::Integer(0)),
        false,
    );
}

#[test]
fn renamenx_5() {
    check(
        &[],
        &["RENAMENX", "missing", "b"],
        Err("ERR no such key"),
        false,
    );
}

#[test]
fn renamenx_6() {
    check(
        &[],
        &["RENAMENX", "a"],
        Err("ERR wrong number of arguments for 'renamenx' command"),
        false,
    );
}

#[test]
fn scan_0() {
    check(
        &[],
        &["SCAN", "0"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![]),
        ])),
        false,
    );
}

#[test]
fn scan_1() {
    check(
        &[&["SET", "k", "v"]],
        &["SCAN", "0"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("k".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_2() {
    check(
        &[&["SET", "k", "v"], &["SET", "x", "v"]],
        &["SCAN", "0", "MATCH", "k*"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("k".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_3() {
    check(
        &[&["SET", "k", "v"], &["SET", "x", "v"]],
        &["SCAN", "0", "MATCH", "k*", "COUNT", "100"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("k".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_4() {
    check(
        &[&["SET", "k", "v"], &["RPUSH", "l", "x"]],
        &["SCAN", "0", "TYPE", "list"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("l".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_5() {
    check(
        &[&["SET", "k", "v"], &["RPUSH", "l", "x"]],
        &["SCAN", "0", "TYPE", "STRING"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("k".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_6() {
    check(
        &[&["SET", "k", "v"]],
        &["SCAN", "0", "TYPE", "foo"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![]),
        ])),
        false,
    );
}

#[test]
fn scan_7() {
    check(
        &[&["SET", "k", "v"]],
        &["SCAN", "0", "COUNT", "5", "COUNT", "100"],
        Ok(Reply::Array(vec![
            Reply::Bulk("0".into()),
            Reply::Array(vec![Reply::Bulk("k".into())]),
        ])),
        false,
    );
}

#[test]
fn scan_8() {
    check(
        &[&["SET", "k", "v"]],
        &["SCAN", "0", "COUNT", "0"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn scan_9() {
    check(
        &[&["SET", "k", "v"]],
        &["SCAN", "0", "COUNT", "-1"],
        Err("ERR syntax error"),
        false,
    );
}

#[test]
fn scan_10() {
    check(
        &[],
        &["SCAN", "0", "COUNT", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn scan_11() {
    check(&[], &["SCAN", "0", "COUNT"], Err("ERR syntax error"), false);
}

#[test]
fn scan_12() {
    check(&[], &["SCAN", "0", "MATCH"], Err("ERR syntax error"), false);
}

#[test]
fn scan_13() {
    check(&[], &["SCAN", "0", "FOO"], Err("ERR syntax error"), false);
}

#[test]
fn scan_14() {
    check(&[], &["SCAN", "x"], Err("ERR invalid cursor"), false);
}

#[test]
fn scan_15() {
    check(
        &[],
        &["SCAN", "18446744073709551616"],
        Err("ERR invalid cursor"),
        false,
    );
}

#[test]
fn scan_16() {
    check(
        &[],
        &["SCAN"],
        Err("ERR wrong number of arguments for 'scan' command"),
        false,
    );
}

#[test]
fn select_0() {
    check(&[], &["SELECT", "0"], Ok(Reply::Status("OK".into())), false);
}

#[test]
fn select_1() {
    check(
        &[],
        &["SELECT", "-1"],
        Err("ERR DB index is out of range"),
        false,
    );
}

#[test]
fn select_2() {
    check(
        &[],
        &["SELECT", "4294967296"],
        Err("ERR value is out of range, value must between -2147483648 and 2147483647"),
        false,
    );
}

#[test]
fn select_3() {
    check(
        &[],
        &["SELECT", "x"],
        Err("ERR value is not an integer or out of range"),
        false,
    );
}

#[test]
fn select_4() {
    check(
        &[],
        &["SELECT"],
        Err("ERR wrong number of arguments for 'select' command"),
        false,
    );
}

#[test]
fn ttl_0() {
    check(
        &[&["SET", "k", "v", "EX", "100"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn ttl_1() {
    check(
        &[&["SET", "k", "v", "PX", "100400"]],
        &["TTL", "k"],
        Ok(Reply::Integer(100)),
        false,
    );
}

#[test]
fn ttl_2() {
    check(
        &[&["SET", "k", "v"]],
        &["TTL", "k"],
        Ok(Reply::Integer(-1)),
        false,
    );
}

#[test]
fn ttl_3() {
    check(&[], &["TTL", "missing"], Ok(Reply::Integer(-2)), false);
}

#[test]
fn ttl_4() {
    check(
        &[],
        &["TTL"],
        Err("ERR wrong number of arguments for 'ttl' command"),
        false,
    );
}

#[test]
fn key_type_0() {
    check(
        &[&["SET", "k", "v"]],
        &["TYPE", "k"],
        Ok(Reply::Status("string".into())),
        false,
    );
}

#[test]
fn key_type_1() {
    check(
        &[&["SET", "k", "12"]],
        &["TYPE", "k"],
        Ok(Reply::Status("string".into())),
        false,
    );
}

#[test]
fn key_type_2() {
    check(
        &[&["RPUSH", "k", "x"]],
        &["TYPE", "k"],
        Ok(Reply::Status("list".into())),
        false,
    );
}

#[test]
fn key_type_3() {
    check(
        &[&["HSET", "k", "f", "v"]],
        &["TYPE", "k"],
        Ok(Reply::Status("hash".into())),
        false,
    );
}

#[test]
fn key_type_4() {
    check(
        &[&["SADD", "k", "m"]],
        &["TYPE", "k"],
        Ok(Reply::Status("set".into())),
        false,
    );
}

#[test]
fn key_type_5() {
    check(
        &[&["ZADD", "k", "1", "m"]],
        &["TYPE", "k"],
        Ok(Reply::Status("zset".into())),
        false,
    );
}

#[test]
fn key_type_6() {
    check(
        &[],
        &["TYPE", "missing"],
        Ok(Reply::Status("none".into())),
        false,
    );
}

#[test]
fn key_type_7() {
    check(
        &[],
        &["TYPE"],
        Err("ERR wrong number of arguments for 'type' command"),
        false,
    );
}

#[test]
fn unlink_0() {
    check(
        &[&["SET", "a", "1"], &["SET", "b", "2"]],
        &["UNLINK", "a", "b", "c"],
        Ok(Reply::Integer(2)),
        false,
    );
}

#[test]
fn unlink_1() {
    check(
        &[&["SET", "a", "1"]],
        &["UNLINK", "a", "a"],
        Ok(Reply::Integer(1)),
        false,
    );
}

#[test]
fn unlink_2() {
    check(&[], &["UNLINK", "missing"], Ok(Reply::Integer(0)), false);
}

#[test]
fn unlink_3() {
    check(
        &[],
        &["UNLINK"],
        Err("ERR wrong number of arguments for 'unlink' command"),
        false,
    );
}
