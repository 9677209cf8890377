// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The command methods of `Database` and `Transaction` for Node.js, generated from
//! `commands.yaml` (`codegen/src/targets/node.rs`). Included by `bindings/node/src/lib.rs`.
//!
//! Each method of the model has one `argv_<name>` function that checks its parameters and
//! builds the command's argv, and three napi methods calling it: `<name>` on `Database` (a
//! Promise, rejected for a bad argument; the command runs on the libuv thread pool),
//! `<name>Sync` on `Database` (on the JavaScript thread; a bad argument throws) and `<name>` on
//! `Transaction` (queued or run in the transaction).

#![allow(clippy::too_many_arguments, unused_mut)]

use napi::bindgen_prelude::AsyncTask;
use napi_derive::napi;

#[allow(unused_imports)]
use crate::convert::{Alt, Argv, Conv, Member, Opt, Options, Result, Val};
use crate::reply::{Kind, Out};
use crate::tx::Transaction;
use crate::{Call, Database};

/// Hash of the command model this file was generated from.
pub const MODEL_HASH: u64 = 0x7464d8d2f9a400bc;

// The Rust crate's generated API must come from the same table.
const _: () = assert!(MODEL_HASH == ferrite::embedded::MODEL_HASH);

/// Appends a string to the value of a key; creates the key if it doesn't exist.
/// `APPEND key value`
fn argv_append(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("APPEND");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
/// `DECR key`
fn argv_decr(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("DECR");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
/// `DECRBY key decrement`
fn argv_decr_by(key: Val, decrement: Val) -> Result<Argv> {
    let mut argv = Argv::new("DECRBY");
    argv.value(key, "key", Conv::Key)?;
    argv.value(decrement, "decrement", Conv::Int)?;
    Ok(argv)
}

/// Returns the string value of a key.
/// `GET key`
fn argv_get(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("GET");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// GET, decoded as UTF-8.
/// `GET key`
fn argv_get_str(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("GET");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the string value of a key after deleting the key.
/// `GETDEL key`
fn argv_getdel(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("GETDEL");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the string value of a key after setting its expiration time.
/// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
fn argv_getex(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("GETEX");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the string value of a key after setting its expiration time. With every option.
/// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`)
fn argv_getex_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("GETEX");
    let options = Options::read(options, "getexWith", "options", &["expiration"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(
        &options,
        "expiration",
        Opt::OneOf(&[
            Alt("EX", Some(Conv::Int)),
            Alt("PX", Some(Conv::Int)),
            Alt("EXAT", Some(Conv::Int)),
            Alt("PXAT", Some(Conv::Int)),
            Alt("PERSIST", None),
        ]),
    )?;
    Ok(argv)
}

/// Returns a substring of the string stored at a key.
/// `GETRANGE key start end`
fn argv_getrange(key: Val, start: Val, end: Val) -> Result<Argv> {
    let mut argv = Argv::new("GETRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(end, "end", Conv::Int)?;
    Ok(argv)
}

/// Returns the previous string value of a key after setting it to a new value.
/// `GETSET key value`
fn argv_getset(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("GETSET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
/// `INCR key`
fn argv_incr(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("INCR");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
/// `INCRBY key increment`
fn argv_incr_by(key: Val, increment: Val) -> Result<Argv> {
    let mut argv = Argv::new("INCRBY");
    argv.value(key, "key", Conv::Key)?;
    argv.value(increment, "increment", Conv::Int)?;
    Ok(argv)
}

/// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
/// `INCRBYFLOAT key increment`
fn argv_incr_by_float(key: Val, increment: Val) -> Result<Argv> {
    let mut argv = Argv::new("INCRBYFLOAT");
    argv.value(key, "key", Conv::Key)?;
    argv.value(increment, "increment", Conv::Float)?;
    Ok(argv)
}

/// Atomically returns the string values of one or more keys.
/// `MGET keys [keys ...]`
fn argv_mget(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("MGET");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Atomically creates or modifies the string values of one or more keys.
/// `MSET key value [key value ...]`
fn argv_mset(data: Val) -> Result<Argv> {
    let mut argv = Argv::new("MSET");
    argv.tuples(data, "data", &[Conv::Key, Conv::Bytes], None)?;
    Ok(argv)
}

/// Atomically modifies the string values of one or more keys only when all keys don't exist.
/// `MSETNX key value [key value ...]`
fn argv_msetnx(data: Val) -> Result<Argv> {
    let mut argv = Argv::new("MSETNX");
    argv.tuples(data, "data", &[Conv::Key, Conv::Bytes], None)?;
    Ok(argv)
}

/// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
/// `PSETEX key milliseconds value`
fn argv_psetex(key: Val, milliseconds: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("PSETEX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(milliseconds, "milliseconds", Conv::Int)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
fn argv_set(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
fn argv_set_nx(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    argv.token("NX");
    Ok(argv)
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
fn argv_set_xx(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    argv.token("XX");
    Ok(argv)
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
fn argv_set_ex(key: Val, value: Val, milliseconds: Val) -> Result<Argv> {
    let mut argv = Argv::new("SET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    argv.token("PX");
    argv.value(milliseconds, "milliseconds", Conv::Int)?;
    Ok(argv)
}

/// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
/// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`)
fn argv_set_with(key: Val, value: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("SET");
    let options = Options::read(
        options,
        "setWith",
        "options",
        &["condition", "get", "expiration"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    argv.option(
        &options,
        "condition",
        Opt::OneOf(&[Alt("NX", None), Alt("XX", None)]),
    )?;
    argv.option(&options, "get", Opt::Flag("GET"))?;
    argv.option(
        &options,
        "expiration",
        Opt::OneOf(&[
            Alt("EX", Some(Conv::Int)),
            Alt("PX", Some(Conv::Int)),
            Alt("EXAT", Some(Conv::Int)),
            Alt("PXAT", Some(Conv::Int)),
            Alt("KEEPTTL", None),
        ]),
    )?;
    Ok(argv)
}

/// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
/// `SETEX key seconds value`
fn argv_setex(key: Val, seconds: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SETEX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(seconds, "seconds", Conv::Int)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Set the string value of a key only when the key doesn't exist.
/// `SETNX key value`
fn argv_setnx(key: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SETNX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
/// `SETRANGE key offset value`
fn argv_setrange(key: Val, offset: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("SETRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(offset, "offset", Conv::Int)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the length of a string value.
/// `STRLEN key`
fn argv_strlen(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("STRLEN");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Deletes one or more fields from a hash; the key is deleted when no field is left.
/// `HDEL key fields [fields ...]`
fn argv_hdel(key: Val, fields: Val) -> Result<Argv> {
    let mut argv = Argv::new("HDEL");
    argv.value(key, "key", Conv::Key)?;
    argv.many(fields, "fields", Conv::Bytes, None)?;
    Ok(argv)
}

/// Tells whether a field exists in a hash.
/// `HEXISTS key field`
fn argv_hexists(key: Val, field: Val) -> Result<Argv> {
    let mut argv = Argv::new("HEXISTS");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the value of a field in a hash.
/// `HGET key field`
fn argv_hget(key: Val, field: Val) -> Result<Argv> {
    let mut argv = Argv::new("HGET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    Ok(argv)
}

/// HGET, decoded as UTF-8.
/// `HGET key field`
fn argv_hget_str(key: Val, field: Val) -> Result<Argv> {
    let mut argv = Argv::new("HGET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    Ok(argv)
}

/// Returns every field and value of a hash.
/// `HGETALL key`
fn argv_hgetall(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("HGETALL");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Increments the integer value of a hash field by a number; a missing field counts as 0.
/// `HINCRBY key field delta`
fn argv_hincrby(key: Val, field: Val, delta: Val) -> Result<Argv> {
    let mut argv = Argv::new("HINCRBY");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    argv.value(delta, "delta", Conv::Int)?;
    Ok(argv)
}

/// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
/// `HINCRBYFLOAT key field delta`
fn argv_hincrbyfloat(key: Val, field: Val, delta: Val) -> Result<Argv> {
    let mut argv = Argv::new("HINCRBYFLOAT");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    argv.value(delta, "delta", Conv::Float)?;
    Ok(argv)
}

/// Returns every field of a hash.
/// `HKEYS key`
fn argv_hkeys(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("HKEYS");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the number of fields in a hash.
/// `HLEN key`
fn argv_hlen(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("HLEN");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the values of the given fields of a hash, nil for each missing one.
/// `HMGET key fields [fields ...]`
fn argv_hmget(key: Val, fields: Val) -> Result<Argv> {
    let mut argv = Argv::new("HMGET");
    argv.value(key, "key", Conv::Key)?;
    argv.many(fields, "fields", Conv::Bytes, None)?;
    Ok(argv)
}

/// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
/// `HMSET key field value [field value ...]`
fn argv_hmset(key: Val, pairs: Val) -> Result<Argv> {
    let mut argv = Argv::new("HMSET");
    argv.value(key, "key", Conv::Key)?;
    argv.tuples(pairs, "pairs", &[Conv::Bytes, Conv::Bytes], None)?;
    Ok(argv)
}

/// Sets one field; true when the field is new.
/// `HSET key field value [field value ...]`
fn argv_hset(key: Val, field: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("HSET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Sets several fields; returns how many are new.
/// `HSET key field value [field value ...]`
fn argv_hset_multiple(key: Val, pairs: Val) -> Result<Argv> {
    let mut argv = Argv::new("HSET");
    argv.value(key, "key", Conv::Key)?;
    argv.tuples(pairs, "pairs", &[Conv::Bytes, Conv::Bytes], None)?;
    Ok(argv)
}

/// Sets the value of a hash field only if the field does not exist yet.
/// `HSETNX key field value`
fn argv_hsetnx(key: Val, field: Val, value: Val) -> Result<Argv> {
    let mut argv = Argv::new("HSETNX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    argv.value(value, "value", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the length in bytes of the value of a hash field (0 when missing).
/// `HSTRLEN key field`
fn argv_hstrlen(key: Val, field: Val) -> Result<Argv> {
    let mut argv = Argv::new("HSTRLEN");
    argv.value(key, "key", Conv::Key)?;
    argv.value(field, "field", Conv::Bytes)?;
    Ok(argv)
}

/// Returns every value of a hash.
/// `HVALS key`
fn argv_hvals(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("HVALS");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the element at an index of a list (negative indexes count from the tail).
/// `LINDEX key index`
fn argv_lindex(key: Val, index: Val) -> Result<Argv> {
    let mut argv = Argv::new("LINDEX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(index, "index", Conv::Int)?;
    Ok(argv)
}

/// Inserts an element before or after the first occurrence of a pivot in a list.
/// `LINSERT key <BEFORE | AFTER> pivot element`
fn argv_linsert(key: Val, position: Val, pivot: Val, element: Val) -> Result<Argv> {
    let mut argv = Argv::new("LINSERT");
    argv.value(key, "key", Conv::Key)?;
    argv.choice(
        position,
        "position",
        &[Alt("BEFORE", None), Alt("AFTER", None)],
    )?;
    argv.value(pivot, "pivot", Conv::Bytes)?;
    argv.value(element, "element", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the length of a list (0 when the key is missing).
/// `LLEN key`
fn argv_llen(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("LLEN");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
/// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
fn argv_lmove(source: Val, destination: Val, wherefrom: Val, whereto: Val) -> Result<Argv> {
    let mut argv = Argv::new("LMOVE");
    argv.value(source, "source", Conv::Key)?;
    argv.value(destination, "destination", Conv::Key)?;
    argv.choice(
        wherefrom,
        "wherefrom",
        &[Alt("LEFT", None), Alt("RIGHT", None)],
    )?;
    argv.choice(whereto, "whereto", &[Alt("LEFT", None), Alt("RIGHT", None)])?;
    Ok(argv)
}

/// Pops one element.
/// `LPOP key [count]`
fn argv_lpop(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPOP");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Pops up to count elements; None when the key is missing.
/// `LPOP key [count]`
fn argv_lpop_count(key: Val, count: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPOP");
    argv.value(key, "key", Conv::Key)?;
    argv.value(count, "count", Conv::Int)?;
    Ok(argv)
}

/// Removes and returns the first element of a list, or with a count the first count elements. With every option.
/// `LPOP key [count]` (the optional arguments from `options`)
fn argv_lpop_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("LPOP");
    let options = Options::read(options, "lpopWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// The index of the match, or None.
/// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
fn argv_lpos(key: Val, element: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPOS");
    argv.value(key, "key", Conv::Key)?;
    argv.value(element, "element", Conv::Bytes)?;
    Ok(argv)
}

/// The indexes of up to count matches (0: all).
/// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
fn argv_lpos_count(key: Val, element: Val, count: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPOS");
    argv.value(key, "key", Conv::Key)?;
    argv.value(element, "element", Conv::Bytes)?;
    argv.token("COUNT");
    argv.value(count, "count", Conv::Int)?;
    Ok(argv)
}

/// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
/// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`)
fn argv_lpos_with(key: Val, element: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("LPOS");
    let options = Options::read(options, "lposWith", "options", &["rank", "count", "maxlen"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(element, "element", Conv::Bytes)?;
    argv.option(&options, "rank", Opt::Value(Some("RANK"), Conv::Int))?;
    argv.option(&options, "count", Opt::Value(Some("COUNT"), Conv::Int))?;
    argv.option(&options, "maxlen", Opt::Value(Some("MAXLEN"), Conv::Int))?;
    Ok(argv)
}

/// Prepends one or more elements to a list, creating it if needed; returns the new length.
/// `LPUSH key values [values ...]`
fn argv_lpush(key: Val, values: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPUSH");
    argv.value(key, "key", Conv::Key)?;
    argv.many(values, "values", Conv::Bytes, None)?;
    Ok(argv)
}

/// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
/// `LPUSHX key values [values ...]`
fn argv_lpushx(key: Val, values: Val) -> Result<Argv> {
    let mut argv = Argv::new("LPUSHX");
    argv.value(key, "key", Conv::Key)?;
    argv.many(values, "values", Conv::Bytes, None)?;
    Ok(argv)
}

/// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
/// `LRANGE key start stop`
fn argv_lrange(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("LRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    Ok(argv)
}

/// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
/// `LREM key count element`
fn argv_lrem(key: Val, count: Val, element: Val) -> Result<Argv> {
    let mut argv = Argv::new("LREM");
    argv.value(key, "key", Conv::Key)?;
    argv.value(count, "count", Conv::Int)?;
    argv.value(element, "element", Conv::Bytes)?;
    Ok(argv)
}

/// Sets the element at an index of a list (negative indexes count from the tail).
/// `LSET key index element`
fn argv_lset(key: Val, index: Val, element: Val) -> Result<Argv> {
    let mut argv = Argv::new("LSET");
    argv.value(key, "key", Conv::Key)?;
    argv.value(index, "index", Conv::Int)?;
    argv.value(element, "element", Conv::Bytes)?;
    Ok(argv)
}

/// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
/// `LTRIM key start stop`
fn argv_ltrim(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("LTRIM");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    Ok(argv)
}

/// Pops one element.
/// `RPOP key [count]`
fn argv_rpop(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("RPOP");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Pops up to count elements; None when the key is missing.
/// `RPOP key [count]`
fn argv_rpop_count(key: Val, count: Val) -> Result<Argv> {
    let mut argv = Argv::new("RPOP");
    argv.value(key, "key", Conv::Key)?;
    argv.value(count, "count", Conv::Int)?;
    Ok(argv)
}

/// Removes and returns the last element of a list, or with a count the last count elements. With every option.
/// `RPOP key [count]` (the optional arguments from `options`)
fn argv_rpop_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("RPOP");
    let options = Options::read(options, "rpopWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// Appends one or more elements to a list, creating it if needed; returns the new length.
/// `RPUSH key values [values ...]`
fn argv_rpush(key: Val, values: Val) -> Result<Argv> {
    let mut argv = Argv::new("RPUSH");
    argv.value(key, "key", Conv::Key)?;
    argv.many(values, "values", Conv::Bytes, None)?;
    Ok(argv)
}

/// Appends elements to a list only if the list exists; returns the new length (0 when missing).
/// `RPUSHX key values [values ...]`
fn argv_rpushx(key: Val, values: Val) -> Result<Argv> {
    let mut argv = Argv::new("RPUSHX");
    argv.value(key, "key", Conv::Key)?;
    argv.many(values, "values", Conv::Bytes, None)?;
    Ok(argv)
}

/// Adds one or more members to a set; the key is created if it doesn't exist.
/// `SADD key members [members ...]`
fn argv_sadd(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("SADD");
    argv.value(key, "key", Conv::Key)?;
    argv.many(members, "members", Conv::Bytes, None)?;
    Ok(argv)
}

/// Returns the number of members in a set.
/// `SCARD key`
fn argv_scard(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("SCARD");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the members of the first set that are in none of the following sets.
/// `SDIFF keys [keys ...]`
fn argv_sdiff(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SDIFF");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
/// `SDIFFSTORE destination keys [keys ...]`
fn argv_sdiffstore(destination: Val, keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SDIFFSTORE");
    argv.value(destination, "destination", Conv::Key)?;
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Returns the members present in every given set.
/// `SINTER keys [keys ...]`
fn argv_sinter(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SINTER");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
/// `SINTERSTORE destination keys [keys ...]`
fn argv_sinterstore(destination: Val, keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SINTERSTORE");
    argv.value(destination, "destination", Conv::Key)?;
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Determines whether a member belongs to a set.
/// `SISMEMBER key member`
fn argv_sismember(key: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("SISMEMBER");
    argv.value(key, "key", Conv::Key)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Returns all members of a set.
/// `SMEMBERS key`
fn argv_smembers(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("SMEMBERS");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Determines whether each of several members belongs to a set.
/// `SMISMEMBER key members [members ...]`
fn argv_smismember(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("SMISMEMBER");
    argv.value(key, "key", Conv::Key)?;
    argv.many(members, "members", Conv::Bytes, None)?;
    Ok(argv)
}

/// Moves a member from one set to another.
/// `SMOVE source destination member`
fn argv_smove(source: Val, destination: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("SMOVE");
    argv.value(source, "source", Conv::Key)?;
    argv.value(destination, "destination", Conv::Key)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// SPOP without count: one random member, or None.
/// `SPOP key [count]`
fn argv_spop(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("SPOP");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// SPOP with count: up to count random members.
/// `SPOP key [count]`
fn argv_spop_count(key: Val, count: Val) -> Result<Argv> {
    let mut argv = Argv::new("SPOP");
    argv.value(key, "key", Conv::Key)?;
    argv.value(count, "count", Conv::Int)?;
    Ok(argv)
}

/// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
/// `SPOP key [count]` (the optional arguments from `options`)
fn argv_spop_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("SPOP");
    let options = Options::read(options, "spopWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// SRANDMEMBER without count: one random member, or None.
/// `SRANDMEMBER key [count]`
fn argv_srandmember(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("SRANDMEMBER");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// SRANDMEMBER with count (negative: may repeat).
/// `SRANDMEMBER key [count]`
fn argv_srandmember_count(key: Val, count: Val) -> Result<Argv> {
    let mut argv = Argv::new("SRANDMEMBER");
    argv.value(key, "key", Conv::Key)?;
    argv.value(count, "count", Conv::Int)?;
    Ok(argv)
}

/// Returns one or several random members of a set; a negative count allows repeats. With every option.
/// `SRANDMEMBER key [count]` (the optional arguments from `options`)
fn argv_srandmember_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("SRANDMEMBER");
    let options = Options::read(options, "srandmemberWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// Removes one or more members from a set; the key is deleted when emptied.
/// `SREM key members [members ...]`
fn argv_srem(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("SREM");
    argv.value(key, "key", Conv::Key)?;
    argv.many(members, "members", Conv::Bytes, None)?;
    Ok(argv)
}

/// Returns the members of the union of the given sets.
/// `SUNION keys [keys ...]`
fn argv_sunion(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SUNION");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
/// `SUNIONSTORE destination keys [keys ...]`
fn argv_sunionstore(destination: Val, keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("SUNIONSTORE");
    argv.value(destination, "destination", Conv::Key)?;
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Adds or updates members; returns how many were added.
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
fn argv_zadd(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZADD");
    argv.value(key, "key", Conv::Key)?;
    argv.tuples(members, "members", &[Conv::Float, Conv::Bytes], None)?;
    Ok(argv)
}

/// Adds new members only; returns how many were added.
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
fn argv_zadd_nx(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZADD");
    argv.value(key, "key", Conv::Key)?;
    argv.token("NX");
    argv.tuples(members, "members", &[Conv::Float, Conv::Bytes], None)?;
    Ok(argv)
}

/// Updates existing members only.
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
fn argv_zadd_xx(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZADD");
    argv.value(key, "key", Conv::Key)?;
    argv.token("XX");
    argv.tuples(members, "members", &[Conv::Float, Conv::Bytes], None)?;
    Ok(argv)
}

/// Increments one member's score (ZADD INCR); returns the new score.
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
fn argv_zadd_incr(key: Val, score: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZADD");
    argv.value(key, "key", Conv::Key)?;
    argv.token("INCR");
    argv.value(score, "score", Conv::Float)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
/// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`)
fn argv_zadd_with(key: Val, members: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZADD");
    let options = Options::read(
        options,
        "zaddWith",
        "options",
        &["nx", "xx", "gt", "lt", "ch", "incr"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "nx", Opt::Flag("NX"))?;
    argv.option(&options, "xx", Opt::Flag("XX"))?;
    argv.option(&options, "gt", Opt::Flag("GT"))?;
    argv.option(&options, "lt", Opt::Flag("LT"))?;
    argv.option(&options, "ch", Opt::Flag("CH"))?;
    argv.option(&options, "incr", Opt::Flag("INCR"))?;
    argv.tuples(members, "members", &[Conv::Float, Conv::Bytes], None)?;
    Ok(argv)
}

/// Returns the number of members in a sorted set.
/// `ZCARD key`
fn argv_zcard(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZCARD");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the number of members whose score lies within a range.
/// `ZCOUNT key min max`
fn argv_zcount(key: Val, min: Val, max: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZCOUNT");
    argv.value(key, "key", Conv::Key)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    Ok(argv)
}

/// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
/// `ZINCRBY key increment member`
fn argv_zincrby(key: Val, increment: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZINCRBY");
    argv.value(key, "key", Conv::Key)?;
    argv.value(increment, "increment", Conv::Float)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the scores of several members (nil for each missing one).
/// `ZMSCORE key members [members ...]`
fn argv_zmscore(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZMSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.many(members, "members", Conv::Bytes, None)?;
    Ok(argv)
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
/// `ZPOPMAX key [count]`
fn argv_zpopmax(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZPOPMAX");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
/// `ZPOPMAX key [count]` (the optional arguments from `options`)
fn argv_zpopmax_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZPOPMAX");
    let options = Options::read(options, "zpopmaxWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
/// `ZPOPMIN key [count]`
fn argv_zpopmin(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZPOPMIN");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
/// `ZPOPMIN key [count]` (the optional arguments from `options`)
fn argv_zpopmin_with(key: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZPOPMIN");
    let options = Options::read(options, "zpopminWith", "options", &["count"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.option(&options, "count", Opt::Value(None, Conv::Int))?;
    Ok(argv)
}

/// Members between two ranks (negative counts from the end).
/// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
fn argv_zrange(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    Ok(argv)
}

/// Members and scores between two ranks.
/// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
fn argv_zrange_with_scores(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    argv.token("WITHSCORES");
    Ok(argv)
}

/// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
/// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`)
fn argv_zrange_with(key: Val, start: Val, stop: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGE");
    let options = Options::read(
        options,
        "zrangeWith",
        "options",
        &["by", "rev", "limit", "withscores"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Bytes)?;
    argv.value(stop, "stop", Conv::Bytes)?;
    argv.option(
        &options,
        "by",
        Opt::OneOf(&[Alt("BYSCORE", None), Alt("BYLEX", None)]),
    )?;
    argv.option(&options, "rev", Opt::Flag("REV"))?;
    argv.option(
        &options,
        "limit",
        Opt::Block(
            Some("LIMIT"),
            &[
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
            ],
        ),
    )?;
    argv.option(&options, "withscores", Opt::Flag("WITHSCORES"))?;
    Ok(argv)
}

/// Members with min <= score <= max.
/// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
fn argv_zrangebyscore(key: Val, min: Val, max: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGEBYSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    Ok(argv)
}

/// Members and scores with min <= score <= max.
/// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
fn argv_zrangebyscore_with_scores(key: Val, min: Val, max: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGEBYSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    argv.token("WITHSCORES");
    Ok(argv)
}

/// Returns members whose score lies within a range, in ascending order. With every option.
/// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
fn argv_zrangebyscore_with(key: Val, min: Val, max: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZRANGEBYSCORE");
    let options = Options::read(
        options,
        "zrangebyscoreWith",
        "options",
        &["withscores", "limit"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    argv.option(&options, "withscores", Opt::Flag("WITHSCORES"))?;
    argv.option(
        &options,
        "limit",
        Opt::Block(
            Some("LIMIT"),
            &[
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
            ],
        ),
    )?;
    Ok(argv)
}

/// Returns the rank of a member in ascending score order (nil if absent).
/// `ZRANK key member`
fn argv_zrank(key: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZRANK");
    argv.value(key, "key", Conv::Key)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Removes one or more members from a sorted set; the key is deleted when emptied.
/// `ZREM key members [members ...]`
fn argv_zrem(key: Val, members: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREM");
    argv.value(key, "key", Conv::Key)?;
    argv.many(members, "members", Conv::Bytes, None)?;
    Ok(argv)
}

/// Removes the members within a range of ranks; returns how many were removed.
/// `ZREMRANGEBYRANK key start stop`
fn argv_zremrangebyrank(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREMRANGEBYRANK");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    Ok(argv)
}

/// Removes the members whose score lies within a range; returns how many were removed.
/// `ZREMRANGEBYSCORE key min max`
fn argv_zremrangebyscore(key: Val, min: Val, max: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREMRANGEBYSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    Ok(argv)
}

/// Members between two ranks, highest score first.
/// `ZREVRANGE key start stop [WITHSCORES]`
fn argv_zrevrange(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    Ok(argv)
}

/// Members and scores between two ranks, highest score first.
/// `ZREVRANGE key start stop [WITHSCORES]`
fn argv_zrevrange_with_scores(key: Val, start: Val, stop: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    argv.token("WITHSCORES");
    Ok(argv)
}

/// Returns members in a range of ranks, in descending score order. With every option.
/// `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`)
fn argv_zrevrange_with(key: Val, start: Val, stop: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGE");
    let options = Options::read(options, "zrevrangeWith", "options", &["withscores"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(start, "start", Conv::Int)?;
    argv.value(stop, "stop", Conv::Int)?;
    argv.option(&options, "withscores", Opt::Flag("WITHSCORES"))?;
    Ok(argv)
}

/// Members with max >= score >= min, highest first.
/// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
fn argv_zrevrangebyscore(key: Val, max: Val, min: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGEBYSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    Ok(argv)
}

/// Members and scores with max >= score >= min, highest first.
/// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
fn argv_zrevrangebyscore_with_scores(key: Val, max: Val, min: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGEBYSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.token("WITHSCORES");
    Ok(argv)
}

/// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
/// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
fn argv_zrevrangebyscore_with(key: Val, max: Val, min: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANGEBYSCORE");
    let options = Options::read(
        options,
        "zrevrangebyscoreWith",
        "options",
        &["withscores", "limit"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(max, "max", Conv::ScoreBound)?;
    argv.value(min, "min", Conv::ScoreBound)?;
    argv.option(&options, "withscores", Opt::Flag("WITHSCORES"))?;
    argv.option(
        &options,
        "limit",
        Opt::Block(
            Some("LIMIT"),
            &[
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
                Member {
                    token: None,
                    conv: Some(Conv::Int),
                    optional: false,
                },
            ],
        ),
    )?;
    Ok(argv)
}

/// Returns the rank of a member in descending score order (nil if absent).
/// `ZREVRANK key member`
fn argv_zrevrank(key: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZREVRANK");
    argv.value(key, "key", Conv::Key)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Returns the score of a member (nil if absent).
/// `ZSCORE key member`
fn argv_zscore(key: Val, member: Val) -> Result<Argv> {
    let mut argv = Argv::new("ZSCORE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(member, "member", Conv::Bytes)?;
    Ok(argv)
}

/// Copies the value of a key to a new key.
/// `COPY source destination [DB destination-db] [REPLACE]`
fn argv_copy(source: Val, destination: Val) -> Result<Argv> {
    let mut argv = Argv::new("COPY");
    argv.value(source, "source", Conv::Key)?;
    argv.value(destination, "destination", Conv::Key)?;
    Ok(argv)
}

/// Copies the value of a key to a new key. With every option.
/// `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`)
fn argv_copy_with(source: Val, destination: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("COPY");
    let options = Options::read(
        options,
        "copyWith",
        "options",
        &["destinationDb", "replace"],
    )?;
    argv.value(source, "source", Conv::Key)?;
    argv.value(destination, "destination", Conv::Key)?;
    argv.option(&options, "destinationDb", Opt::Value(Some("DB"), Conv::Int))?;
    argv.option(&options, "replace", Opt::Flag("REPLACE"))?;
    Ok(argv)
}

/// Returns the number of keys in the database.
/// `DBSIZE`
fn argv_dbsize() -> Result<Argv> {
    let mut argv = Argv::new("DBSIZE");
    Ok(argv)
}

/// Deletes one or more keys.
/// `DEL keys [keys ...]`
fn argv_del(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("DEL");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Determines whether one or more keys exist.
/// `EXISTS keys [keys ...]`
fn argv_exists(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("EXISTS");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

/// Sets the expiration time of a key in seconds.
/// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
fn argv_expire(key: Val, seconds: Val) -> Result<Argv> {
    let mut argv = Argv::new("EXPIRE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(seconds, "seconds", Conv::Int)?;
    Ok(argv)
}

/// Sets the expiration time of a key in seconds. With every option.
/// `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
fn argv_expire_with(key: Val, seconds: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("EXPIRE");
    let options = Options::read(options, "expireWith", "options", &["nx", "xx", "gt", "lt"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(seconds, "seconds", Conv::Int)?;
    argv.option(&options, "nx", Opt::Flag("NX"))?;
    argv.option(&options, "xx", Opt::Flag("XX"))?;
    argv.option(&options, "gt", Opt::Flag("GT"))?;
    argv.option(&options, "lt", Opt::Flag("LT"))?;
    Ok(argv)
}

/// Sets the expiration time of a key to a Unix timestamp in seconds.
/// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
fn argv_expire_at(key: Val, unix_time_seconds: Val) -> Result<Argv> {
    let mut argv = Argv::new("EXPIREAT");
    argv.value(key, "key", Conv::Key)?;
    argv.value(unix_time_seconds, "unix_time_seconds", Conv::Int)?;
    Ok(argv)
}

/// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
/// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
fn argv_expire_at_with(key: Val, unix_time_seconds: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("EXPIREAT");
    let options = Options::read(
        options,
        "expireAtWith",
        "options",
        &["nx", "xx", "gt", "lt"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(unix_time_seconds, "unix_time_seconds", Conv::Int)?;
    argv.option(&options, "nx", Opt::Flag("NX"))?;
    argv.option(&options, "xx", Opt::Flag("XX"))?;
    argv.option(&options, "gt", Opt::Flag("GT"))?;
    argv.option(&options, "lt", Opt::Flag("LT"))?;
    Ok(argv)
}

/// Returns the expiration time of a key as a Unix timestamp in seconds.
/// `EXPIRETIME key`
fn argv_expiretime(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("EXPIRETIME");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Removes all keys from all databases.
/// `FLUSHALL [ASYNC | SYNC]`
fn argv_flushall() -> Result<Argv> {
    let mut argv = Argv::new("FLUSHALL");
    Ok(argv)
}

/// Removes all keys from all databases. With every option.
/// `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`)
fn argv_flushall_with(options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("FLUSHALL");
    let options = Options::read(options, "flushallWith", "options", &["mode"])?;
    argv.option(
        &options,
        "mode",
        Opt::OneOf(&[Alt("ASYNC", None), Alt("SYNC", None)]),
    )?;
    Ok(argv)
}

/// Remove all keys from the current database.
/// `FLUSHDB [ASYNC | SYNC]`
fn argv_flushdb() -> Result<Argv> {
    let mut argv = Argv::new("FLUSHDB");
    Ok(argv)
}

/// Remove all keys from the current database. With every option.
/// `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`)
fn argv_flushdb_with(options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("FLUSHDB");
    let options = Options::read(options, "flushdbWith", "options", &["mode"])?;
    argv.option(
        &options,
        "mode",
        Opt::OneOf(&[Alt("ASYNC", None), Alt("SYNC", None)]),
    )?;
    Ok(argv)
}

/// Returns all key names that match a pattern.
/// `KEYS pattern`
fn argv_keys(pattern: Val) -> Result<Argv> {
    let mut argv = Argv::new("KEYS");
    argv.value(pattern, "pattern", Conv::Key)?;
    Ok(argv)
}

/// Removes the expiration time of a key.
/// `PERSIST key`
fn argv_persist(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("PERSIST");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Sets the expiration time of a key in milliseconds.
/// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
fn argv_pexpire(key: Val, milliseconds: Val) -> Result<Argv> {
    let mut argv = Argv::new("PEXPIRE");
    argv.value(key, "key", Conv::Key)?;
    argv.value(milliseconds, "milliseconds", Conv::Int)?;
    Ok(argv)
}

/// Sets the expiration time of a key in milliseconds. With every option.
/// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
fn argv_pexpire_with(key: Val, milliseconds: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("PEXPIRE");
    let options = Options::read(options, "pexpireWith", "options", &["nx", "xx", "gt", "lt"])?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(milliseconds, "milliseconds", Conv::Int)?;
    argv.option(&options, "nx", Opt::Flag("NX"))?;
    argv.option(&options, "xx", Opt::Flag("XX"))?;
    argv.option(&options, "gt", Opt::Flag("GT"))?;
    argv.option(&options, "lt", Opt::Flag("LT"))?;
    Ok(argv)
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp.
/// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
fn argv_pexpire_at(key: Val, unix_time_milliseconds: Val) -> Result<Argv> {
    let mut argv = Argv::new("PEXPIREAT");
    argv.value(key, "key", Conv::Key)?;
    argv.value(unix_time_milliseconds, "unix_time_milliseconds", Conv::Int)?;
    Ok(argv)
}

/// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
/// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
fn argv_pexpire_at_with(
    key: Val,
    unix_time_milliseconds: Val,
    options: Option<Val>,
) -> Result<Argv> {
    let mut argv = Argv::new("PEXPIREAT");
    let options = Options::read(
        options,
        "pexpireAtWith",
        "options",
        &["nx", "xx", "gt", "lt"],
    )?;
    argv.value(key, "key", Conv::Key)?;
    argv.value(unix_time_milliseconds, "unix_time_milliseconds", Conv::Int)?;
    argv.option(&options, "nx", Opt::Flag("NX"))?;
    argv.option(&options, "xx", Opt::Flag("XX"))?;
    argv.option(&options, "gt", Opt::Flag("GT"))?;
    argv.option(&options, "lt", Opt::Flag("LT"))?;
    Ok(argv)
}

/// Returns the expiration time of a key as a Unix milliseconds timestamp.
/// `PEXPIRETIME key`
fn argv_pexpiretime(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("PEXPIRETIME");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns the expiration time in milliseconds of a key.
/// `PTTL key`
fn argv_pttl(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("PTTL");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Returns a random key name from the database.
/// `RANDOMKEY`
fn argv_randomkey() -> Result<Argv> {
    let mut argv = Argv::new("RANDOMKEY");
    Ok(argv)
}

/// Renames a key and overwrites the destination.
/// `RENAME key newkey`
fn argv_rename(key: Val, newkey: Val) -> Result<Argv> {
    let mut argv = Argv::new("RENAME");
    argv.value(key, "key", Conv::Key)?;
    argv.value(newkey, "newkey", Conv::Key)?;
    Ok(argv)
}

/// Renames a key only when the target key name doesn't exist.
/// `RENAMENX key newkey`
fn argv_renamenx(key: Val, newkey: Val) -> Result<Argv> {
    let mut argv = Argv::new("RENAMENX");
    argv.value(key, "key", Conv::Key)?;
    argv.value(newkey, "newkey", Conv::Key)?;
    Ok(argv)
}

/// Iterates over the key names in the database.
/// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
fn argv_scan(cursor: Val) -> Result<Argv> {
    let mut argv = Argv::new("SCAN");
    argv.value(cursor, "cursor", Conv::Int)?;
    Ok(argv)
}

/// Iterates over the key names in the database. With every option.
/// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`)
fn argv_scan_with(cursor: Val, options: Option<Val>) -> Result<Argv> {
    let mut argv = Argv::new("SCAN");
    let options = Options::read(
        options,
        "scanWith",
        "options",
        &["pattern", "count", "keyType"],
    )?;
    argv.value(cursor, "cursor", Conv::Int)?;
    argv.option(&options, "pattern", Opt::Value(Some("MATCH"), Conv::Key))?;
    argv.option(&options, "count", Opt::Value(Some("COUNT"), Conv::Int))?;
    argv.option(&options, "keyType", Opt::Value(Some("TYPE"), Conv::Bytes))?;
    Ok(argv)
}

/// Changes the selected database.
/// `SELECT index`
fn argv_select(index: Val) -> Result<Argv> {
    let mut argv = Argv::new("SELECT");
    argv.value(index, "index", Conv::Int)?;
    Ok(argv)
}

/// Returns the expiration time in seconds of a key.
/// `TTL key`
fn argv_ttl(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("TTL");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Determines the type of value stored at a key.
/// `TYPE key`
fn argv_key_type(key: Val) -> Result<Argv> {
    let mut argv = Argv::new("TYPE");
    argv.value(key, "key", Conv::Key)?;
    Ok(argv)
}

/// Asynchronously deletes one or more keys.
/// `UNLINK keys [keys ...]`
fn argv_unlink(keys: Val) -> Result<Argv> {
    let mut argv = Argv::new("UNLINK");
    argv.many(keys, "keys", Conv::Key, None)?;
    Ok(argv)
}

#[napi]
impl Database {
    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    /// `APPEND key value`
    #[napi(js_name = "append")]
    pub fn cmd_append(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_append(key, value))
    }

    /// Appends a string to the value of a key; creates the key if it doesn't exist. On the JavaScript thread.
    /// `APPEND key value`
    #[napi(js_name = "appendSync")]
    pub fn cmd_append_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_append(key, value)?))
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    /// `DECR key`
    #[napi(js_name = "decr")]
    pub fn cmd_decr(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_decr(key))
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist. On the JavaScript thread.
    /// `DECR key`
    #[napi(js_name = "decrSync")]
    pub fn cmd_decr_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_decr(key)?))
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    /// `DECRBY key decrement`
    #[napi(js_name = "decrBy")]
    pub fn cmd_decr_by(&self, key: Val, decrement: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_decr_by(key, decrement))
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist. On the JavaScript thread.
    /// `DECRBY key decrement`
    #[napi(js_name = "decrBySync")]
    pub fn cmd_decr_by_sync(&self, key: Val, decrement: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_decr_by(key, decrement)?))
    }

    /// Returns the string value of a key.
    /// `GET key`
    #[napi(js_name = "get")]
    pub fn cmd_get(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_get(key))
    }

    /// Returns the string value of a key. On the JavaScript thread.
    /// `GET key`
    #[napi(js_name = "getSync")]
    pub fn cmd_get_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_get(key)?))
    }

    /// GET, decoded as UTF-8.
    /// `GET key`
    #[napi(js_name = "getStr")]
    pub fn cmd_get_str(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalString, argv_get_str(key))
    }

    /// GET, decoded as UTF-8. On the JavaScript thread.
    /// `GET key`
    #[napi(js_name = "getStrSync")]
    pub fn cmd_get_str_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalString, argv_get_str(key)?))
    }

    /// Returns the string value of a key after deleting the key.
    /// `GETDEL key`
    #[napi(js_name = "getdel")]
    pub fn cmd_getdel(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_getdel(key))
    }

    /// Returns the string value of a key after deleting the key. On the JavaScript thread.
    /// `GETDEL key`
    #[napi(js_name = "getdelSync")]
    pub fn cmd_getdel_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_getdel(key)?))
    }

    /// Returns the string value of a key after setting its expiration time.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    #[napi(js_name = "getex")]
    pub fn cmd_getex(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_getex(key))
    }

    /// Returns the string value of a key after setting its expiration time. On the JavaScript thread.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    #[napi(js_name = "getexSync")]
    pub fn cmd_getex_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_getex(key)?))
    }

    /// Returns the string value of a key after setting its expiration time. With every option.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`)
    #[napi(js_name = "getexWith")]
    pub fn cmd_getex_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_getex_with(key, options))
    }

    /// Returns the string value of a key after setting its expiration time. With every option. On the JavaScript thread.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`)
    #[napi(js_name = "getexWithSync")]
    pub fn cmd_getex_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_getex_with(key, options)?))
    }

    /// Returns a substring of the string stored at a key.
    /// `GETRANGE key start end`
    #[napi(js_name = "getrange")]
    pub fn cmd_getrange(&self, key: Val, start: Val, end: Val) -> AsyncTask<Call> {
        self.call(Kind::Bytes, argv_getrange(key, start, end))
    }

    /// Returns a substring of the string stored at a key. On the JavaScript thread.
    /// `GETRANGE key start end`
    #[napi(js_name = "getrangeSync")]
    pub fn cmd_getrange_sync(&self, key: Val, start: Val, end: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bytes, argv_getrange(key, start, end)?))
    }

    /// Returns the previous string value of a key after setting it to a new value.
    /// `GETSET key value`
    #[napi(js_name = "getset")]
    pub fn cmd_getset(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_getset(key, value))
    }

    /// Returns the previous string value of a key after setting it to a new value. On the JavaScript thread.
    /// `GETSET key value`
    #[napi(js_name = "getsetSync")]
    pub fn cmd_getset_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_getset(key, value)?))
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    /// `INCR key`
    #[napi(js_name = "incr")]
    pub fn cmd_incr(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_incr(key))
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist. On the JavaScript thread.
    /// `INCR key`
    #[napi(js_name = "incrSync")]
    pub fn cmd_incr_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_incr(key)?))
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    /// `INCRBY key increment`
    #[napi(js_name = "incrBy")]
    pub fn cmd_incr_by(&self, key: Val, increment: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_incr_by(key, increment))
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist. On the JavaScript thread.
    /// `INCRBY key increment`
    #[napi(js_name = "incrBySync")]
    pub fn cmd_incr_by_sync(&self, key: Val, increment: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_incr_by(key, increment)?))
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    /// `INCRBYFLOAT key increment`
    #[napi(js_name = "incrByFloat")]
    pub fn cmd_incr_by_float(&self, key: Val, increment: Val) -> AsyncTask<Call> {
        self.call(Kind::IncrFloat, argv_incr_by_float(key, increment))
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist. On the JavaScript thread.
    /// `INCRBYFLOAT key increment`
    #[napi(js_name = "incrByFloatSync")]
    pub fn cmd_incr_by_float_sync(&self, key: Val, increment: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::IncrFloat, argv_incr_by_float(key, increment)?))
    }

    /// Atomically returns the string values of one or more keys.
    /// `MGET keys [keys ...]`
    #[napi(js_name = "mget")]
    pub fn cmd_mget(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytesList, argv_mget(keys))
    }

    /// Atomically returns the string values of one or more keys. On the JavaScript thread.
    /// `MGET keys [keys ...]`
    #[napi(js_name = "mgetSync")]
    pub fn cmd_mget_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytesList, argv_mget(keys)?))
    }

    /// Atomically creates or modifies the string values of one or more keys.
    /// `MSET key value [key value ...]`
    #[napi(js_name = "mset")]
    pub fn cmd_mset(&self, data: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_mset(data))
    }

    /// Atomically creates or modifies the string values of one or more keys. On the JavaScript thread.
    /// `MSET key value [key value ...]`
    #[napi(js_name = "msetSync")]
    pub fn cmd_mset_sync(&self, data: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_mset(data)?))
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    /// `MSETNX key value [key value ...]`
    #[napi(js_name = "msetnx")]
    pub fn cmd_msetnx(&self, data: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_msetnx(data))
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist. On the JavaScript thread.
    /// `MSETNX key value [key value ...]`
    #[napi(js_name = "msetnxSync")]
    pub fn cmd_msetnx_sync(&self, data: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_msetnx(data)?))
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    /// `PSETEX key milliseconds value`
    #[napi(js_name = "psetex")]
    pub fn cmd_psetex(&self, key: Val, milliseconds: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_psetex(key, milliseconds, value))
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist. On the JavaScript thread.
    /// `PSETEX key milliseconds value`
    #[napi(js_name = "psetexSync")]
    pub fn cmd_psetex_sync(&self, key: Val, milliseconds: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_psetex(key, milliseconds, value)?))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "set")]
    pub fn cmd_set(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_set(key, value))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. On the JavaScript thread.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setSync")]
    pub fn cmd_set_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_set(key, value)?))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setNx")]
    pub fn cmd_set_nx(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_set_nx(key, value))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. On the JavaScript thread.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setNxSync")]
    pub fn cmd_set_nx_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_set_nx(key, value)?))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setXx")]
    pub fn cmd_set_xx(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_set_xx(key, value))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. On the JavaScript thread.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setXxSync")]
    pub fn cmd_set_xx_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_set_xx(key, value)?))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setEx")]
    pub fn cmd_set_ex(&self, key: Val, value: Val, milliseconds: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_set_ex(key, value, milliseconds))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. On the JavaScript thread.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setExSync")]
    pub fn cmd_set_ex_sync(&self, key: Val, value: Val, milliseconds: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_set_ex(key, value, milliseconds)?))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`)
    #[napi(js_name = "setWith")]
    pub fn cmd_set_with(&self, key: Val, value: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_set_with(key, value, options))
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option. On the JavaScript thread.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`)
    #[napi(js_name = "setWithSync")]
    pub fn cmd_set_with_sync(&self, key: Val, value: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_set_with(key, value, options)?))
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    /// `SETEX key seconds value`
    #[napi(js_name = "setex")]
    pub fn cmd_setex(&self, key: Val, seconds: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_setex(key, seconds, value))
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist. On the JavaScript thread.
    /// `SETEX key seconds value`
    #[napi(js_name = "setexSync")]
    pub fn cmd_setex_sync(&self, key: Val, seconds: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_setex(key, seconds, value)?))
    }

    /// Set the string value of a key only when the key doesn't exist.
    /// `SETNX key value`
    #[napi(js_name = "setnx")]
    pub fn cmd_setnx(&self, key: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_setnx(key, value))
    }

    /// Set the string value of a key only when the key doesn't exist. On the JavaScript thread.
    /// `SETNX key value`
    #[napi(js_name = "setnxSync")]
    pub fn cmd_setnx_sync(&self, key: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_setnx(key, value)?))
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    /// `SETRANGE key offset value`
    #[napi(js_name = "setrange")]
    pub fn cmd_setrange(&self, key: Val, offset: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_setrange(key, offset, value))
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist. On the JavaScript thread.
    /// `SETRANGE key offset value`
    #[napi(js_name = "setrangeSync")]
    pub fn cmd_setrange_sync(&self, key: Val, offset: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_setrange(key, offset, value)?))
    }

    /// Returns the length of a string value.
    /// `STRLEN key`
    #[napi(js_name = "strlen")]
    pub fn cmd_strlen(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_strlen(key))
    }

    /// Returns the length of a string value. On the JavaScript thread.
    /// `STRLEN key`
    #[napi(js_name = "strlenSync")]
    pub fn cmd_strlen_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_strlen(key)?))
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    /// `HDEL key fields [fields ...]`
    #[napi(js_name = "hdel")]
    pub fn cmd_hdel(&self, key: Val, fields: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_hdel(key, fields))
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left. On the JavaScript thread.
    /// `HDEL key fields [fields ...]`
    #[napi(js_name = "hdelSync")]
    pub fn cmd_hdel_sync(&self, key: Val, fields: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_hdel(key, fields)?))
    }

    /// Tells whether a field exists in a hash.
    /// `HEXISTS key field`
    #[napi(js_name = "hexists")]
    pub fn cmd_hexists(&self, key: Val, field: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_hexists(key, field))
    }

    /// Tells whether a field exists in a hash. On the JavaScript thread.
    /// `HEXISTS key field`
    #[napi(js_name = "hexistsSync")]
    pub fn cmd_hexists_sync(&self, key: Val, field: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_hexists(key, field)?))
    }

    /// Returns the value of a field in a hash.
    /// `HGET key field`
    #[napi(js_name = "hget")]
    pub fn cmd_hget(&self, key: Val, field: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_hget(key, field))
    }

    /// Returns the value of a field in a hash. On the JavaScript thread.
    /// `HGET key field`
    #[napi(js_name = "hgetSync")]
    pub fn cmd_hget_sync(&self, key: Val, field: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_hget(key, field)?))
    }

    /// HGET, decoded as UTF-8.
    /// `HGET key field`
    #[napi(js_name = "hgetStr")]
    pub fn cmd_hget_str(&self, key: Val, field: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalString, argv_hget_str(key, field))
    }

    /// HGET, decoded as UTF-8. On the JavaScript thread.
    /// `HGET key field`
    #[napi(js_name = "hgetStrSync")]
    pub fn cmd_hget_str_sync(&self, key: Val, field: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalString, argv_hget_str(key, field)?))
    }

    /// Returns every field and value of a hash.
    /// `HGETALL key`
    #[napi(js_name = "hgetall")]
    pub fn cmd_hgetall(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Map, argv_hgetall(key))
    }

    /// Returns every field and value of a hash. On the JavaScript thread.
    /// `HGETALL key`
    #[napi(js_name = "hgetallSync")]
    pub fn cmd_hgetall_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Map, argv_hgetall(key)?))
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    /// `HINCRBY key field delta`
    #[napi(js_name = "hincrby")]
    pub fn cmd_hincrby(&self, key: Val, field: Val, delta: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_hincrby(key, field, delta))
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0. On the JavaScript thread.
    /// `HINCRBY key field delta`
    #[napi(js_name = "hincrbySync")]
    pub fn cmd_hincrby_sync(&self, key: Val, field: Val, delta: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_hincrby(key, field, delta)?))
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    /// `HINCRBYFLOAT key field delta`
    #[napi(js_name = "hincrbyfloat")]
    pub fn cmd_hincrbyfloat(&self, key: Val, field: Val, delta: Val) -> AsyncTask<Call> {
        self.call(Kind::IncrFloat, argv_hincrbyfloat(key, field, delta))
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0. On the JavaScript thread.
    /// `HINCRBYFLOAT key field delta`
    #[napi(js_name = "hincrbyfloatSync")]
    pub fn cmd_hincrbyfloat_sync(&self, key: Val, field: Val, delta: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::IncrFloat, argv_hincrbyfloat(key, field, delta)?))
    }

    /// Returns every field of a hash.
    /// `HKEYS key`
    #[napi(js_name = "hkeys")]
    pub fn cmd_hkeys(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_hkeys(key))
    }

    /// Returns every field of a hash. On the JavaScript thread.
    /// `HKEYS key`
    #[napi(js_name = "hkeysSync")]
    pub fn cmd_hkeys_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_hkeys(key)?))
    }

    /// Returns the number of fields in a hash.
    /// `HLEN key`
    #[napi(js_name = "hlen")]
    pub fn cmd_hlen(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_hlen(key))
    }

    /// Returns the number of fields in a hash. On the JavaScript thread.
    /// `HLEN key`
    #[napi(js_name = "hlenSync")]
    pub fn cmd_hlen_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_hlen(key)?))
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    /// `HMGET key fields [fields ...]`
    #[napi(js_name = "hmget")]
    pub fn cmd_hmget(&self, key: Val, fields: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytesList, argv_hmget(key, fields))
    }

    /// Returns the values of the given fields of a hash, nil for each missing one. On the JavaScript thread.
    /// `HMGET key fields [fields ...]`
    #[napi(js_name = "hmgetSync")]
    pub fn cmd_hmget_sync(&self, key: Val, fields: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytesList, argv_hmget(key, fields)?))
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    /// `HMSET key field value [field value ...]`
    #[napi(js_name = "hmset")]
    pub fn cmd_hmset(&self, key: Val, pairs: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_hmset(key, pairs))
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET). On the JavaScript thread.
    /// `HMSET key field value [field value ...]`
    #[napi(js_name = "hmsetSync")]
    pub fn cmd_hmset_sync(&self, key: Val, pairs: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_hmset(key, pairs)?))
    }

    /// Sets one field; true when the field is new.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hset")]
    pub fn cmd_hset(&self, key: Val, field: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_hset(key, field, value))
    }

    /// Sets one field; true when the field is new. On the JavaScript thread.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hsetSync")]
    pub fn cmd_hset_sync(&self, key: Val, field: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_hset(key, field, value)?))
    }

    /// Sets several fields; returns how many are new.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hsetMultiple")]
    pub fn cmd_hset_multiple(&self, key: Val, pairs: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_hset_multiple(key, pairs))
    }

    /// Sets several fields; returns how many are new. On the JavaScript thread.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hsetMultipleSync")]
    pub fn cmd_hset_multiple_sync(&self, key: Val, pairs: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_hset_multiple(key, pairs)?))
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    /// `HSETNX key field value`
    #[napi(js_name = "hsetnx")]
    pub fn cmd_hsetnx(&self, key: Val, field: Val, value: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_hsetnx(key, field, value))
    }

    /// Sets the value of a hash field only if the field does not exist yet. On the JavaScript thread.
    /// `HSETNX key field value`
    #[napi(js_name = "hsetnxSync")]
    pub fn cmd_hsetnx_sync(&self, key: Val, field: Val, value: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_hsetnx(key, field, value)?))
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    /// `HSTRLEN key field`
    #[napi(js_name = "hstrlen")]
    pub fn cmd_hstrlen(&self, key: Val, field: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_hstrlen(key, field))
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing). On the JavaScript thread.
    /// `HSTRLEN key field`
    #[napi(js_name = "hstrlenSync")]
    pub fn cmd_hstrlen_sync(&self, key: Val, field: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_hstrlen(key, field)?))
    }

    /// Returns every value of a hash.
    /// `HVALS key`
    #[napi(js_name = "hvals")]
    pub fn cmd_hvals(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_hvals(key))
    }

    /// Returns every value of a hash. On the JavaScript thread.
    /// `HVALS key`
    #[napi(js_name = "hvalsSync")]
    pub fn cmd_hvals_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_hvals(key)?))
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    /// `LINDEX key index`
    #[napi(js_name = "lindex")]
    pub fn cmd_lindex(&self, key: Val, index: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_lindex(key, index))
    }

    /// Returns the element at an index of a list (negative indexes count from the tail). On the JavaScript thread.
    /// `LINDEX key index`
    #[napi(js_name = "lindexSync")]
    pub fn cmd_lindex_sync(&self, key: Val, index: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_lindex(key, index)?))
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    #[napi(js_name = "linsert")]
    pub fn cmd_linsert(
        &self,
        key: Val,
        position: Val,
        pivot: Val,
        element: Val,
    ) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_linsert(key, position, pivot, element))
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list. On the JavaScript thread.
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    #[napi(js_name = "linsertSync")]
    pub fn cmd_linsert_sync(
        &self,
        key: Val,
        position: Val,
        pivot: Val,
        element: Val,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_linsert(key, position, pivot, element)?))
    }

    /// Returns the length of a list (0 when the key is missing).
    /// `LLEN key`
    #[napi(js_name = "llen")]
    pub fn cmd_llen(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_llen(key))
    }

    /// Returns the length of a list (0 when the key is missing). On the JavaScript thread.
    /// `LLEN key`
    #[napi(js_name = "llenSync")]
    pub fn cmd_llen_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_llen(key)?))
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    #[napi(js_name = "lmove")]
    pub fn cmd_lmove(
        &self,
        source: Val,
        destination: Val,
        wherefrom: Val,
        whereto: Val,
    ) -> AsyncTask<Call> {
        self.call(
            Kind::OptionalBytes,
            argv_lmove(source, destination, wherefrom, whereto),
        )
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list. On the JavaScript thread.
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    #[napi(js_name = "lmoveSync")]
    pub fn cmd_lmove_sync(
        &self,
        source: Val,
        destination: Val,
        wherefrom: Val,
        whereto: Val,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::OptionalBytes,
            argv_lmove(source, destination, wherefrom, whereto)?,
        ))
    }

    /// Pops one element.
    /// `LPOP key [count]`
    #[napi(js_name = "lpop")]
    pub fn cmd_lpop(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_lpop(key))
    }

    /// Pops one element. On the JavaScript thread.
    /// `LPOP key [count]`
    #[napi(js_name = "lpopSync")]
    pub fn cmd_lpop_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_lpop(key)?))
    }

    /// Pops up to count elements; None when the key is missing.
    /// `LPOP key [count]`
    #[napi(js_name = "lpopCount")]
    pub fn cmd_lpop_count(&self, key: Val, count: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalList, argv_lpop_count(key, count))
    }

    /// Pops up to count elements; None when the key is missing. On the JavaScript thread.
    /// `LPOP key [count]`
    #[napi(js_name = "lpopCountSync")]
    pub fn cmd_lpop_count_sync(&self, key: Val, count: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalList, argv_lpop_count(key, count)?))
    }

    /// Removes and returns the first element of a list, or with a count the first count elements. With every option.
    /// `LPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "lpopWith")]
    pub fn cmd_lpop_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_lpop_with(key, options))
    }

    /// Removes and returns the first element of a list, or with a count the first count elements. With every option. On the JavaScript thread.
    /// `LPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "lpopWithSync")]
    pub fn cmd_lpop_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_lpop_with(key, options)?))
    }

    /// The index of the match, or None.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lpos")]
    pub fn cmd_lpos(&self, key: Val, element: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalCount, argv_lpos(key, element))
    }

    /// The index of the match, or None. On the JavaScript thread.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lposSync")]
    pub fn cmd_lpos_sync(&self, key: Val, element: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalCount, argv_lpos(key, element)?))
    }

    /// The indexes of up to count matches (0: all).
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lposCount")]
    pub fn cmd_lpos_count(&self, key: Val, element: Val, count: Val) -> AsyncTask<Call> {
        self.call(Kind::IntegerList, argv_lpos_count(key, element, count))
    }

    /// The indexes of up to count matches (0: all). On the JavaScript thread.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lposCountSync")]
    pub fn cmd_lpos_count_sync(&self, key: Val, element: Val, count: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::IntegerList, argv_lpos_count(key, element, count)?))
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`)
    #[napi(js_name = "lposWith")]
    pub fn cmd_lpos_with(&self, key: Val, element: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_lpos_with(key, element, options))
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option. On the JavaScript thread.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`)
    #[napi(js_name = "lposWithSync")]
    pub fn cmd_lpos_with_sync(&self, key: Val, element: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_lpos_with(key, element, options)?))
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    /// `LPUSH key values [values ...]`
    #[napi(js_name = "lpush")]
    pub fn cmd_lpush(&self, key: Val, values: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_lpush(key, values))
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length. On the JavaScript thread.
    /// `LPUSH key values [values ...]`
    #[napi(js_name = "lpushSync")]
    pub fn cmd_lpush_sync(&self, key: Val, values: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_lpush(key, values)?))
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    /// `LPUSHX key values [values ...]`
    #[napi(js_name = "lpushx")]
    pub fn cmd_lpushx(&self, key: Val, values: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_lpushx(key, values))
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing). On the JavaScript thread.
    /// `LPUSHX key values [values ...]`
    #[napi(js_name = "lpushxSync")]
    pub fn cmd_lpushx_sync(&self, key: Val, values: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_lpushx(key, values)?))
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    /// `LRANGE key start stop`
    #[napi(js_name = "lrange")]
    pub fn cmd_lrange(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_lrange(key, start, stop))
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list). On the JavaScript thread.
    /// `LRANGE key start stop`
    #[napi(js_name = "lrangeSync")]
    pub fn cmd_lrange_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_lrange(key, start, stop)?))
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    /// `LREM key count element`
    #[napi(js_name = "lrem")]
    pub fn cmd_lrem(&self, key: Val, count: Val, element: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_lrem(key, count, element))
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all). On the JavaScript thread.
    /// `LREM key count element`
    #[napi(js_name = "lremSync")]
    pub fn cmd_lrem_sync(&self, key: Val, count: Val, element: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_lrem(key, count, element)?))
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    /// `LSET key index element`
    #[napi(js_name = "lset")]
    pub fn cmd_lset(&self, key: Val, index: Val, element: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_lset(key, index, element))
    }

    /// Sets the element at an index of a list (negative indexes count from the tail). On the JavaScript thread.
    /// `LSET key index element`
    #[napi(js_name = "lsetSync")]
    pub fn cmd_lset_sync(&self, key: Val, index: Val, element: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_lset(key, index, element)?))
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    /// `LTRIM key start stop`
    #[napi(js_name = "ltrim")]
    pub fn cmd_ltrim(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_ltrim(key, start, stop))
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left. On the JavaScript thread.
    /// `LTRIM key start stop`
    #[napi(js_name = "ltrimSync")]
    pub fn cmd_ltrim_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_ltrim(key, start, stop)?))
    }

    /// Pops one element.
    /// `RPOP key [count]`
    #[napi(js_name = "rpop")]
    pub fn cmd_rpop(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_rpop(key))
    }

    /// Pops one element. On the JavaScript thread.
    /// `RPOP key [count]`
    #[napi(js_name = "rpopSync")]
    pub fn cmd_rpop_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_rpop(key)?))
    }

    /// Pops up to count elements; None when the key is missing.
    /// `RPOP key [count]`
    #[napi(js_name = "rpopCount")]
    pub fn cmd_rpop_count(&self, key: Val, count: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalList, argv_rpop_count(key, count))
    }

    /// Pops up to count elements; None when the key is missing. On the JavaScript thread.
    /// `RPOP key [count]`
    #[napi(js_name = "rpopCountSync")]
    pub fn cmd_rpop_count_sync(&self, key: Val, count: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalList, argv_rpop_count(key, count)?))
    }

    /// Removes and returns the last element of a list, or with a count the last count elements. With every option.
    /// `RPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "rpopWith")]
    pub fn cmd_rpop_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_rpop_with(key, options))
    }

    /// Removes and returns the last element of a list, or with a count the last count elements. With every option. On the JavaScript thread.
    /// `RPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "rpopWithSync")]
    pub fn cmd_rpop_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_rpop_with(key, options)?))
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    /// `RPUSH key values [values ...]`
    #[napi(js_name = "rpush")]
    pub fn cmd_rpush(&self, key: Val, values: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_rpush(key, values))
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length. On the JavaScript thread.
    /// `RPUSH key values [values ...]`
    #[napi(js_name = "rpushSync")]
    pub fn cmd_rpush_sync(&self, key: Val, values: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_rpush(key, values)?))
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    /// `RPUSHX key values [values ...]`
    #[napi(js_name = "rpushx")]
    pub fn cmd_rpushx(&self, key: Val, values: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_rpushx(key, values))
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing). On the JavaScript thread.
    /// `RPUSHX key values [values ...]`
    #[napi(js_name = "rpushxSync")]
    pub fn cmd_rpushx_sync(&self, key: Val, values: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_rpushx(key, values)?))
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    /// `SADD key members [members ...]`
    #[napi(js_name = "sadd")]
    pub fn cmd_sadd(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_sadd(key, members))
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist. On the JavaScript thread.
    /// `SADD key members [members ...]`
    #[napi(js_name = "saddSync")]
    pub fn cmd_sadd_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_sadd(key, members)?))
    }

    /// Returns the number of members in a set.
    /// `SCARD key`
    #[napi(js_name = "scard")]
    pub fn cmd_scard(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_scard(key))
    }

    /// Returns the number of members in a set. On the JavaScript thread.
    /// `SCARD key`
    #[napi(js_name = "scardSync")]
    pub fn cmd_scard_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_scard(key)?))
    }

    /// Returns the members of the first set that are in none of the following sets.
    /// `SDIFF keys [keys ...]`
    #[napi(js_name = "sdiff")]
    pub fn cmd_sdiff(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Set, argv_sdiff(keys))
    }

    /// Returns the members of the first set that are in none of the following sets. On the JavaScript thread.
    /// `SDIFF keys [keys ...]`
    #[napi(js_name = "sdiffSync")]
    pub fn cmd_sdiff_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Set, argv_sdiff(keys)?))
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    /// `SDIFFSTORE destination keys [keys ...]`
    #[napi(js_name = "sdiffstore")]
    pub fn cmd_sdiffstore(&self, destination: Val, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_sdiffstore(destination, keys))
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size. On the JavaScript thread.
    /// `SDIFFSTORE destination keys [keys ...]`
    #[napi(js_name = "sdiffstoreSync")]
    pub fn cmd_sdiffstore_sync(&self, destination: Val, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_sdiffstore(destination, keys)?))
    }

    /// Returns the members present in every given set.
    /// `SINTER keys [keys ...]`
    #[napi(js_name = "sinter")]
    pub fn cmd_sinter(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Set, argv_sinter(keys))
    }

    /// Returns the members present in every given set. On the JavaScript thread.
    /// `SINTER keys [keys ...]`
    #[napi(js_name = "sinterSync")]
    pub fn cmd_sinter_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Set, argv_sinter(keys)?))
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    /// `SINTERSTORE destination keys [keys ...]`
    #[napi(js_name = "sinterstore")]
    pub fn cmd_sinterstore(&self, destination: Val, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_sinterstore(destination, keys))
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size. On the JavaScript thread.
    /// `SINTERSTORE destination keys [keys ...]`
    #[napi(js_name = "sinterstoreSync")]
    pub fn cmd_sinterstore_sync(&self, destination: Val, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_sinterstore(destination, keys)?))
    }

    /// Determines whether a member belongs to a set.
    /// `SISMEMBER key member`
    #[napi(js_name = "sismember")]
    pub fn cmd_sismember(&self, key: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_sismember(key, member))
    }

    /// Determines whether a member belongs to a set. On the JavaScript thread.
    /// `SISMEMBER key member`
    #[napi(js_name = "sismemberSync")]
    pub fn cmd_sismember_sync(&self, key: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_sismember(key, member)?))
    }

    /// Returns all members of a set.
    /// `SMEMBERS key`
    #[napi(js_name = "smembers")]
    pub fn cmd_smembers(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Set, argv_smembers(key))
    }

    /// Returns all members of a set. On the JavaScript thread.
    /// `SMEMBERS key`
    #[napi(js_name = "smembersSync")]
    pub fn cmd_smembers_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Set, argv_smembers(key)?))
    }

    /// Determines whether each of several members belongs to a set.
    /// `SMISMEMBER key members [members ...]`
    #[napi(js_name = "smismember")]
    pub fn cmd_smismember(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::BoolList, argv_smismember(key, members))
    }

    /// Determines whether each of several members belongs to a set. On the JavaScript thread.
    /// `SMISMEMBER key members [members ...]`
    #[napi(js_name = "smismemberSync")]
    pub fn cmd_smismember_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::BoolList, argv_smismember(key, members)?))
    }

    /// Moves a member from one set to another.
    /// `SMOVE source destination member`
    #[napi(js_name = "smove")]
    pub fn cmd_smove(&self, source: Val, destination: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_smove(source, destination, member))
    }

    /// Moves a member from one set to another. On the JavaScript thread.
    /// `SMOVE source destination member`
    #[napi(js_name = "smoveSync")]
    pub fn cmd_smove_sync(&self, source: Val, destination: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_smove(source, destination, member)?))
    }

    /// SPOP without count: one random member, or None.
    /// `SPOP key [count]`
    #[napi(js_name = "spop")]
    pub fn cmd_spop(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_spop(key))
    }

    /// SPOP without count: one random member, or None. On the JavaScript thread.
    /// `SPOP key [count]`
    #[napi(js_name = "spopSync")]
    pub fn cmd_spop_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_spop(key)?))
    }

    /// SPOP with count: up to count random members.
    /// `SPOP key [count]`
    #[napi(js_name = "spopCount")]
    pub fn cmd_spop_count(&self, key: Val, count: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_spop_count(key, count))
    }

    /// SPOP with count: up to count random members. On the JavaScript thread.
    /// `SPOP key [count]`
    #[napi(js_name = "spopCountSync")]
    pub fn cmd_spop_count_sync(&self, key: Val, count: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_spop_count(key, count)?))
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
    /// `SPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "spopWith")]
    pub fn cmd_spop_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_spop_with(key, options))
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option. On the JavaScript thread.
    /// `SPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "spopWithSync")]
    pub fn cmd_spop_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_spop_with(key, options)?))
    }

    /// SRANDMEMBER without count: one random member, or None.
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmember")]
    pub fn cmd_srandmember(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_srandmember(key))
    }

    /// SRANDMEMBER without count: one random member, or None. On the JavaScript thread.
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmemberSync")]
    pub fn cmd_srandmember_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_srandmember(key)?))
    }

    /// SRANDMEMBER with count (negative: may repeat).
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmemberCount")]
    pub fn cmd_srandmember_count(&self, key: Val, count: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_srandmember_count(key, count))
    }

    /// SRANDMEMBER with count (negative: may repeat). On the JavaScript thread.
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmemberCountSync")]
    pub fn cmd_srandmember_count_sync(&self, key: Val, count: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_srandmember_count(key, count)?))
    }

    /// Returns one or several random members of a set; a negative count allows repeats. With every option.
    /// `SRANDMEMBER key [count]` (the optional arguments from `options`)
    #[napi(js_name = "srandmemberWith")]
    pub fn cmd_srandmember_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_srandmember_with(key, options))
    }

    /// Returns one or several random members of a set; a negative count allows repeats. With every option. On the JavaScript thread.
    /// `SRANDMEMBER key [count]` (the optional arguments from `options`)
    #[napi(js_name = "srandmemberWithSync")]
    pub fn cmd_srandmember_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_srandmember_with(key, options)?))
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    /// `SREM key members [members ...]`
    #[napi(js_name = "srem")]
    pub fn cmd_srem(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_srem(key, members))
    }

    /// Removes one or more members from a set; the key is deleted when emptied. On the JavaScript thread.
    /// `SREM key members [members ...]`
    #[napi(js_name = "sremSync")]
    pub fn cmd_srem_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_srem(key, members)?))
    }

    /// Returns the members of the union of the given sets.
    /// `SUNION keys [keys ...]`
    #[napi(js_name = "sunion")]
    pub fn cmd_sunion(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Set, argv_sunion(keys))
    }

    /// Returns the members of the union of the given sets. On the JavaScript thread.
    /// `SUNION keys [keys ...]`
    #[napi(js_name = "sunionSync")]
    pub fn cmd_sunion_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Set, argv_sunion(keys)?))
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    /// `SUNIONSTORE destination keys [keys ...]`
    #[napi(js_name = "sunionstore")]
    pub fn cmd_sunionstore(&self, destination: Val, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_sunionstore(destination, keys))
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size. On the JavaScript thread.
    /// `SUNIONSTORE destination keys [keys ...]`
    #[napi(js_name = "sunionstoreSync")]
    pub fn cmd_sunionstore_sync(&self, destination: Val, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_sunionstore(destination, keys)?))
    }

    /// Adds or updates members; returns how many were added.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zadd")]
    pub fn cmd_zadd(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zadd(key, members))
    }

    /// Adds or updates members; returns how many were added. On the JavaScript thread.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddSync")]
    pub fn cmd_zadd_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zadd(key, members)?))
    }

    /// Adds new members only; returns how many were added.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddNx")]
    pub fn cmd_zadd_nx(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zadd_nx(key, members))
    }

    /// Adds new members only; returns how many were added. On the JavaScript thread.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddNxSync")]
    pub fn cmd_zadd_nx_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zadd_nx(key, members)?))
    }

    /// Updates existing members only.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddXx")]
    pub fn cmd_zadd_xx(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zadd_xx(key, members))
    }

    /// Updates existing members only. On the JavaScript thread.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddXxSync")]
    pub fn cmd_zadd_xx_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zadd_xx(key, members)?))
    }

    /// Increments one member's score (ZADD INCR); returns the new score.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddIncr")]
    pub fn cmd_zadd_incr(&self, key: Val, score: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::Float, argv_zadd_incr(key, score, member))
    }

    /// Increments one member's score (ZADD INCR); returns the new score. On the JavaScript thread.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddIncrSync")]
    pub fn cmd_zadd_incr_sync(&self, key: Val, score: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Float, argv_zadd_incr(key, score, member)?))
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`)
    #[napi(js_name = "zaddWith")]
    pub fn cmd_zadd_with(&self, key: Val, members: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_zadd_with(key, members, options))
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option. On the JavaScript thread.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`)
    #[napi(js_name = "zaddWithSync")]
    pub fn cmd_zadd_with_sync(&self, key: Val, members: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_zadd_with(key, members, options)?))
    }

    /// Returns the number of members in a sorted set.
    /// `ZCARD key`
    #[napi(js_name = "zcard")]
    pub fn cmd_zcard(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zcard(key))
    }

    /// Returns the number of members in a sorted set. On the JavaScript thread.
    /// `ZCARD key`
    #[napi(js_name = "zcardSync")]
    pub fn cmd_zcard_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zcard(key)?))
    }

    /// Returns the number of members whose score lies within a range.
    /// `ZCOUNT key min max`
    #[napi(js_name = "zcount")]
    pub fn cmd_zcount(&self, key: Val, min: Val, max: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zcount(key, min, max))
    }

    /// Returns the number of members whose score lies within a range. On the JavaScript thread.
    /// `ZCOUNT key min max`
    #[napi(js_name = "zcountSync")]
    pub fn cmd_zcount_sync(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zcount(key, min, max)?))
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    /// `ZINCRBY key increment member`
    #[napi(js_name = "zincrby")]
    pub fn cmd_zincrby(&self, key: Val, increment: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::Float, argv_zincrby(key, increment, member))
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score. On the JavaScript thread.
    /// `ZINCRBY key increment member`
    #[napi(js_name = "zincrbySync")]
    pub fn cmd_zincrby_sync(&self, key: Val, increment: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Float, argv_zincrby(key, increment, member)?))
    }

    /// Returns the scores of several members (nil for each missing one).
    /// `ZMSCORE key members [members ...]`
    #[napi(js_name = "zmscore")]
    pub fn cmd_zmscore(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalFloatList, argv_zmscore(key, members))
    }

    /// Returns the scores of several members (nil for each missing one). On the JavaScript thread.
    /// `ZMSCORE key members [members ...]`
    #[napi(js_name = "zmscoreSync")]
    pub fn cmd_zmscore_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalFloatList, argv_zmscore(key, members)?))
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    /// `ZPOPMAX key [count]`
    #[napi(js_name = "zpopmax")]
    pub fn cmd_zpopmax(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::ScoredList, argv_zpopmax(key))
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. On the JavaScript thread.
    /// `ZPOPMAX key [count]`
    #[napi(js_name = "zpopmaxSync")]
    pub fn cmd_zpopmax_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::ScoredList, argv_zpopmax(key)?))
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
    /// `ZPOPMAX key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopmaxWith")]
    pub fn cmd_zpopmax_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::ScoredList, argv_zpopmax_with(key, options))
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option. On the JavaScript thread.
    /// `ZPOPMAX key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopmaxWithSync")]
    pub fn cmd_zpopmax_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::ScoredList, argv_zpopmax_with(key, options)?))
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    /// `ZPOPMIN key [count]`
    #[napi(js_name = "zpopmin")]
    pub fn cmd_zpopmin(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::ScoredList, argv_zpopmin(key))
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. On the JavaScript thread.
    /// `ZPOPMIN key [count]`
    #[napi(js_name = "zpopminSync")]
    pub fn cmd_zpopmin_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::ScoredList, argv_zpopmin(key)?))
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
    /// `ZPOPMIN key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopminWith")]
    pub fn cmd_zpopmin_with(&self, key: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::ScoredList, argv_zpopmin_with(key, options))
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option. On the JavaScript thread.
    /// `ZPOPMIN key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopminWithSync")]
    pub fn cmd_zpopmin_with_sync(&self, key: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::ScoredList, argv_zpopmin_with(key, options)?))
    }

    /// Members between two ranks (negative counts from the end).
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrange")]
    pub fn cmd_zrange(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_zrange(key, start, stop))
    }

    /// Members between two ranks (negative counts from the end). On the JavaScript thread.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrangeSync")]
    pub fn cmd_zrange_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_zrange(key, start, stop)?))
    }

    /// Members and scores between two ranks.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrangeWithScores")]
    pub fn cmd_zrange_with_scores(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::ScoredList, argv_zrange_with_scores(key, start, stop))
    }

    /// Members and scores between two ranks. On the JavaScript thread.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrangeWithScoresSync")]
    pub fn cmd_zrange_with_scores_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::ScoredList, argv_zrange_with_scores(key, start, stop)?))
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrangeWith")]
    pub fn cmd_zrange_with(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_zrange_with(key, start, stop, options))
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option. On the JavaScript thread.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrangeWithSync")]
    pub fn cmd_zrange_with_sync(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_zrange_with(key, start, stop, options)?))
    }

    /// Members with min <= score <= max.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscore")]
    pub fn cmd_zrangebyscore(&self, key: Val, min: Val, max: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_zrangebyscore(key, min, max))
    }

    /// Members with min <= score <= max. On the JavaScript thread.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscoreSync")]
    pub fn cmd_zrangebyscore_sync(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_zrangebyscore(key, min, max)?))
    }

    /// Members and scores with min <= score <= max.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscoreWithScores")]
    pub fn cmd_zrangebyscore_with_scores(&self, key: Val, min: Val, max: Val) -> AsyncTask<Call> {
        self.call(
            Kind::ScoredList,
            argv_zrangebyscore_with_scores(key, min, max),
        )
    }

    /// Members and scores with min <= score <= max. On the JavaScript thread.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscoreWithScoresSync")]
    pub fn cmd_zrangebyscore_with_scores_sync(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        Ok(self.call_sync(
            Kind::ScoredList,
            argv_zrangebyscore_with_scores(key, min, max)?,
        ))
    }

    /// Returns members whose score lies within a range, in ascending order. With every option.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrangebyscoreWith")]
    pub fn cmd_zrangebyscore_with(
        &self,
        key: Val,
        min: Val,
        max: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_zrangebyscore_with(key, min, max, options))
    }

    /// Returns members whose score lies within a range, in ascending order. With every option. On the JavaScript thread.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrangebyscoreWithSync")]
    pub fn cmd_zrangebyscore_with_sync(
        &self,
        key: Val,
        min: Val,
        max: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::Reply,
            argv_zrangebyscore_with(key, min, max, options)?,
        ))
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    /// `ZRANK key member`
    #[napi(js_name = "zrank")]
    pub fn cmd_zrank(&self, key: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalCount, argv_zrank(key, member))
    }

    /// Returns the rank of a member in ascending score order (nil if absent). On the JavaScript thread.
    /// `ZRANK key member`
    #[napi(js_name = "zrankSync")]
    pub fn cmd_zrank_sync(&self, key: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalCount, argv_zrank(key, member)?))
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    /// `ZREM key members [members ...]`
    #[napi(js_name = "zrem")]
    pub fn cmd_zrem(&self, key: Val, members: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zrem(key, members))
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied. On the JavaScript thread.
    /// `ZREM key members [members ...]`
    #[napi(js_name = "zremSync")]
    pub fn cmd_zrem_sync(&self, key: Val, members: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zrem(key, members)?))
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    /// `ZREMRANGEBYRANK key start stop`
    #[napi(js_name = "zremrangebyrank")]
    pub fn cmd_zremrangebyrank(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zremrangebyrank(key, start, stop))
    }

    /// Removes the members within a range of ranks; returns how many were removed. On the JavaScript thread.
    /// `ZREMRANGEBYRANK key start stop`
    #[napi(js_name = "zremrangebyrankSync")]
    pub fn cmd_zremrangebyrank_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zremrangebyrank(key, start, stop)?))
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    /// `ZREMRANGEBYSCORE key min max`
    #[napi(js_name = "zremrangebyscore")]
    pub fn cmd_zremrangebyscore(&self, key: Val, min: Val, max: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_zremrangebyscore(key, min, max))
    }

    /// Removes the members whose score lies within a range; returns how many were removed. On the JavaScript thread.
    /// `ZREMRANGEBYSCORE key min max`
    #[napi(js_name = "zremrangebyscoreSync")]
    pub fn cmd_zremrangebyscore_sync(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_zremrangebyscore(key, min, max)?))
    }

    /// Members between two ranks, highest score first.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrange")]
    pub fn cmd_zrevrange(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_zrevrange(key, start, stop))
    }

    /// Members between two ranks, highest score first. On the JavaScript thread.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrangeSync")]
    pub fn cmd_zrevrange_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_zrevrange(key, start, stop)?))
    }

    /// Members and scores between two ranks, highest score first.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrangeWithScores")]
    pub fn cmd_zrevrange_with_scores(&self, key: Val, start: Val, stop: Val) -> AsyncTask<Call> {
        self.call(
            Kind::ScoredList,
            argv_zrevrange_with_scores(key, start, stop),
        )
    }

    /// Members and scores between two ranks, highest score first. On the JavaScript thread.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrangeWithScoresSync")]
    pub fn cmd_zrevrange_with_scores_sync(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        Ok(self.call_sync(
            Kind::ScoredList,
            argv_zrevrange_with_scores(key, start, stop)?,
        ))
    }

    /// Returns members in a range of ranks, in descending score order. With every option.
    /// `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangeWith")]
    pub fn cmd_zrevrange_with(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(Kind::Reply, argv_zrevrange_with(key, start, stop, options))
    }

    /// Returns members in a range of ranks, in descending score order. With every option. On the JavaScript thread.
    /// `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangeWithSync")]
    pub fn cmd_zrevrange_with_sync(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Reply, argv_zrevrange_with(key, start, stop, options)?))
    }

    /// Members with max >= score >= min, highest first.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscore")]
    pub fn cmd_zrevrangebyscore(&self, key: Val, max: Val, min: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_zrevrangebyscore(key, max, min))
    }

    /// Members with max >= score >= min, highest first. On the JavaScript thread.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscoreSync")]
    pub fn cmd_zrevrangebyscore_sync(&self, key: Val, max: Val, min: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_zrevrangebyscore(key, max, min)?))
    }

    /// Members and scores with max >= score >= min, highest first.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscoreWithScores")]
    pub fn cmd_zrevrangebyscore_with_scores(
        &self,
        key: Val,
        max: Val,
        min: Val,
    ) -> AsyncTask<Call> {
        self.call(
            Kind::ScoredList,
            argv_zrevrangebyscore_with_scores(key, max, min),
        )
    }

    /// Members and scores with max >= score >= min, highest first. On the JavaScript thread.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscoreWithScoresSync")]
    pub fn cmd_zrevrangebyscore_with_scores_sync(
        &self,
        key: Val,
        max: Val,
        min: Val,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::ScoredList,
            argv_zrevrangebyscore_with_scores(key, max, min)?,
        ))
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangebyscoreWith")]
    pub fn cmd_zrevrangebyscore_with(
        &self,
        key: Val,
        max: Val,
        min: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(
            Kind::Reply,
            argv_zrevrangebyscore_with(key, max, min, options),
        )
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option. On the JavaScript thread.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangebyscoreWithSync")]
    pub fn cmd_zrevrangebyscore_with_sync(
        &self,
        key: Val,
        max: Val,
        min: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::Reply,
            argv_zrevrangebyscore_with(key, max, min, options)?,
        ))
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    /// `ZREVRANK key member`
    #[napi(js_name = "zrevrank")]
    pub fn cmd_zrevrank(&self, key: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalCount, argv_zrevrank(key, member))
    }

    /// Returns the rank of a member in descending score order (nil if absent). On the JavaScript thread.
    /// `ZREVRANK key member`
    #[napi(js_name = "zrevrankSync")]
    pub fn cmd_zrevrank_sync(&self, key: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalCount, argv_zrevrank(key, member)?))
    }

    /// Returns the score of a member (nil if absent).
    /// `ZSCORE key member`
    #[napi(js_name = "zscore")]
    pub fn cmd_zscore(&self, key: Val, member: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalFloat, argv_zscore(key, member))
    }

    /// Returns the score of a member (nil if absent). On the JavaScript thread.
    /// `ZSCORE key member`
    #[napi(js_name = "zscoreSync")]
    pub fn cmd_zscore_sync(&self, key: Val, member: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalFloat, argv_zscore(key, member)?))
    }

    /// Copies the value of a key to a new key.
    /// `COPY source destination [DB destination-db] [REPLACE]`
    #[napi(js_name = "copy")]
    pub fn cmd_copy(&self, source: Val, destination: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_copy(source, destination))
    }

    /// Copies the value of a key to a new key. On the JavaScript thread.
    /// `COPY source destination [DB destination-db] [REPLACE]`
    #[napi(js_name = "copySync")]
    pub fn cmd_copy_sync(&self, source: Val, destination: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_copy(source, destination)?))
    }

    /// Copies the value of a key to a new key. With every option.
    /// `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`)
    #[napi(js_name = "copyWith")]
    pub fn cmd_copy_with(
        &self,
        source: Val,
        destination: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_copy_with(source, destination, options))
    }

    /// Copies the value of a key to a new key. With every option. On the JavaScript thread.
    /// `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`)
    #[napi(js_name = "copyWithSync")]
    pub fn cmd_copy_with_sync(
        &self,
        source: Val,
        destination: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_copy_with(source, destination, options)?))
    }

    /// Returns the number of keys in the database.
    /// `DBSIZE`
    #[napi(js_name = "dbsize")]
    pub fn cmd_dbsize(&self) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_dbsize())
    }

    /// Returns the number of keys in the database. On the JavaScript thread.
    /// `DBSIZE`
    #[napi(js_name = "dbsizeSync")]
    pub fn cmd_dbsize_sync(&self) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_dbsize()?))
    }

    /// Deletes one or more keys.
    /// `DEL keys [keys ...]`
    #[napi(js_name = "del")]
    pub fn cmd_del(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_del(keys))
    }

    /// Deletes one or more keys. On the JavaScript thread.
    /// `DEL keys [keys ...]`
    #[napi(js_name = "delSync")]
    pub fn cmd_del_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_del(keys)?))
    }

    /// Determines whether one or more keys exist.
    /// `EXISTS keys [keys ...]`
    #[napi(js_name = "exists")]
    pub fn cmd_exists(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_exists(keys))
    }

    /// Determines whether one or more keys exist. On the JavaScript thread.
    /// `EXISTS keys [keys ...]`
    #[napi(js_name = "existsSync")]
    pub fn cmd_exists_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_exists(keys)?))
    }

    /// Sets the expiration time of a key in seconds.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expire")]
    pub fn cmd_expire(&self, key: Val, seconds: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_expire(key, seconds))
    }

    /// Sets the expiration time of a key in seconds. On the JavaScript thread.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expireSync")]
    pub fn cmd_expire_sync(&self, key: Val, seconds: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_expire(key, seconds)?))
    }

    /// Sets the expiration time of a key in seconds. With every option.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireWith")]
    pub fn cmd_expire_with(&self, key: Val, seconds: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_expire_with(key, seconds, options))
    }

    /// Sets the expiration time of a key in seconds. With every option. On the JavaScript thread.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireWithSync")]
    pub fn cmd_expire_with_sync(
        &self,
        key: Val,
        seconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_expire_with(key, seconds, options)?))
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expireAt")]
    pub fn cmd_expire_at(&self, key: Val, unix_time_seconds: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_expire_at(key, unix_time_seconds))
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. On the JavaScript thread.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expireAtSync")]
    pub fn cmd_expire_at_sync(&self, key: Val, unix_time_seconds: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_expire_at(key, unix_time_seconds)?))
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireAtWith")]
    pub fn cmd_expire_at_with(
        &self,
        key: Val,
        unix_time_seconds: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(
            Kind::Bool,
            argv_expire_at_with(key, unix_time_seconds, options),
        )
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. With every option. On the JavaScript thread.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireAtWithSync")]
    pub fn cmd_expire_at_with_sync(
        &self,
        key: Val,
        unix_time_seconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::Bool,
            argv_expire_at_with(key, unix_time_seconds, options)?,
        ))
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    /// `EXPIRETIME key`
    #[napi(js_name = "expiretime")]
    pub fn cmd_expiretime(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_expiretime(key))
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds. On the JavaScript thread.
    /// `EXPIRETIME key`
    #[napi(js_name = "expiretimeSync")]
    pub fn cmd_expiretime_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_expiretime(key)?))
    }

    /// Removes all keys from all databases.
    /// `FLUSHALL [ASYNC | SYNC]`
    #[napi(js_name = "flushall")]
    pub fn cmd_flushall(&self) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_flushall())
    }

    /// Removes all keys from all databases. On the JavaScript thread.
    /// `FLUSHALL [ASYNC | SYNC]`
    #[napi(js_name = "flushallSync")]
    pub fn cmd_flushall_sync(&self) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_flushall()?))
    }

    /// Removes all keys from all databases. With every option.
    /// `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushallWith")]
    pub fn cmd_flushall_with(&self, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_flushall_with(options))
    }

    /// Removes all keys from all databases. With every option. On the JavaScript thread.
    /// `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushallWithSync")]
    pub fn cmd_flushall_with_sync(&self, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_flushall_with(options)?))
    }

    /// Remove all keys from the current database.
    /// `FLUSHDB [ASYNC | SYNC]`
    #[napi(js_name = "flushdb")]
    pub fn cmd_flushdb(&self) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_flushdb())
    }

    /// Remove all keys from the current database. On the JavaScript thread.
    /// `FLUSHDB [ASYNC | SYNC]`
    #[napi(js_name = "flushdbSync")]
    pub fn cmd_flushdb_sync(&self) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_flushdb()?))
    }

    /// Remove all keys from the current database. With every option.
    /// `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushdbWith")]
    pub fn cmd_flushdb_with(&self, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_flushdb_with(options))
    }

    /// Remove all keys from the current database. With every option. On the JavaScript thread.
    /// `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushdbWithSync")]
    pub fn cmd_flushdb_with_sync(&self, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_flushdb_with(options)?))
    }

    /// Returns all key names that match a pattern.
    /// `KEYS pattern`
    #[napi(js_name = "keys")]
    pub fn cmd_keys(&self, pattern: Val) -> AsyncTask<Call> {
        self.call(Kind::List, argv_keys(pattern))
    }

    /// Returns all key names that match a pattern. On the JavaScript thread.
    /// `KEYS pattern`
    #[napi(js_name = "keysSync")]
    pub fn cmd_keys_sync(&self, pattern: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::List, argv_keys(pattern)?))
    }

    /// Removes the expiration time of a key.
    /// `PERSIST key`
    #[napi(js_name = "persist")]
    pub fn cmd_persist(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_persist(key))
    }

    /// Removes the expiration time of a key. On the JavaScript thread.
    /// `PERSIST key`
    #[napi(js_name = "persistSync")]
    pub fn cmd_persist_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_persist(key)?))
    }

    /// Sets the expiration time of a key in milliseconds.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpire")]
    pub fn cmd_pexpire(&self, key: Val, milliseconds: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_pexpire(key, milliseconds))
    }

    /// Sets the expiration time of a key in milliseconds. On the JavaScript thread.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpireSync")]
    pub fn cmd_pexpire_sync(&self, key: Val, milliseconds: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_pexpire(key, milliseconds)?))
    }

    /// Sets the expiration time of a key in milliseconds. With every option.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireWith")]
    pub fn cmd_pexpire_with(
        &self,
        key: Val,
        milliseconds: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_pexpire_with(key, milliseconds, options))
    }

    /// Sets the expiration time of a key in milliseconds. With every option. On the JavaScript thread.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireWithSync")]
    pub fn cmd_pexpire_with_sync(
        &self,
        key: Val,
        milliseconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_pexpire_with(key, milliseconds, options)?))
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpireAt")]
    pub fn cmd_pexpire_at(&self, key: Val, unix_time_milliseconds: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_pexpire_at(key, unix_time_milliseconds))
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. On the JavaScript thread.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpireAtSync")]
    pub fn cmd_pexpire_at_sync(&self, key: Val, unix_time_milliseconds: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_pexpire_at(key, unix_time_milliseconds)?))
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireAtWith")]
    pub fn cmd_pexpire_at_with(
        &self,
        key: Val,
        unix_time_milliseconds: Val,
        options: Option<Val>,
    ) -> AsyncTask<Call> {
        self.call(
            Kind::Bool,
            argv_pexpire_at_with(key, unix_time_milliseconds, options),
        )
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option. On the JavaScript thread.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireAtWithSync")]
    pub fn cmd_pexpire_at_with_sync(
        &self,
        key: Val,
        unix_time_milliseconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        Ok(self.call_sync(
            Kind::Bool,
            argv_pexpire_at_with(key, unix_time_milliseconds, options)?,
        ))
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    /// `PEXPIRETIME key`
    #[napi(js_name = "pexpiretime")]
    pub fn cmd_pexpiretime(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::Integer, argv_pexpiretime(key))
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp. On the JavaScript thread.
    /// `PEXPIRETIME key`
    #[napi(js_name = "pexpiretimeSync")]
    pub fn cmd_pexpiretime_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Integer, argv_pexpiretime(key)?))
    }

    /// Returns the expiration time in milliseconds of a key.
    /// `PTTL key`
    #[napi(js_name = "pttl")]
    pub fn cmd_pttl(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalDurationMs, argv_pttl(key))
    }

    /// Returns the expiration time in milliseconds of a key. On the JavaScript thread.
    /// `PTTL key`
    #[napi(js_name = "pttlSync")]
    pub fn cmd_pttl_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalDurationMs, argv_pttl(key)?))
    }

    /// Returns a random key name from the database.
    /// `RANDOMKEY`
    #[napi(js_name = "randomkey")]
    pub fn cmd_randomkey(&self) -> AsyncTask<Call> {
        self.call(Kind::OptionalBytes, argv_randomkey())
    }

    /// Returns a random key name from the database. On the JavaScript thread.
    /// `RANDOMKEY`
    #[napi(js_name = "randomkeySync")]
    pub fn cmd_randomkey_sync(&self) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalBytes, argv_randomkey()?))
    }

    /// Renames a key and overwrites the destination.
    /// `RENAME key newkey`
    #[napi(js_name = "rename")]
    pub fn cmd_rename(&self, key: Val, newkey: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_rename(key, newkey))
    }

    /// Renames a key and overwrites the destination. On the JavaScript thread.
    /// `RENAME key newkey`
    #[napi(js_name = "renameSync")]
    pub fn cmd_rename_sync(&self, key: Val, newkey: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_rename(key, newkey)?))
    }

    /// Renames a key only when the target key name doesn't exist.
    /// `RENAMENX key newkey`
    #[napi(js_name = "renamenx")]
    pub fn cmd_renamenx(&self, key: Val, newkey: Val) -> AsyncTask<Call> {
        self.call(Kind::Bool, argv_renamenx(key, newkey))
    }

    /// Renames a key only when the target key name doesn't exist. On the JavaScript thread.
    /// `RENAMENX key newkey`
    #[napi(js_name = "renamenxSync")]
    pub fn cmd_renamenx_sync(&self, key: Val, newkey: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Bool, argv_renamenx(key, newkey)?))
    }

    /// Iterates over the key names in the database.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[napi(js_name = "scan")]
    pub fn cmd_scan(&self, cursor: Val) -> AsyncTask<Call> {
        self.call(Kind::CursorPage, argv_scan(cursor))
    }

    /// Iterates over the key names in the database. On the JavaScript thread.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[napi(js_name = "scanSync")]
    pub fn cmd_scan_sync(&self, cursor: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::CursorPage, argv_scan(cursor)?))
    }

    /// Iterates over the key names in the database. With every option.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`)
    #[napi(js_name = "scanWith")]
    pub fn cmd_scan_with(&self, cursor: Val, options: Option<Val>) -> AsyncTask<Call> {
        self.call(Kind::CursorPage, argv_scan_with(cursor, options))
    }

    /// Iterates over the key names in the database. With every option. On the JavaScript thread.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`)
    #[napi(js_name = "scanWithSync")]
    pub fn cmd_scan_with_sync(&self, cursor: Val, options: Option<Val>) -> Result<Out> {
        Ok(self.call_sync(Kind::CursorPage, argv_scan_with(cursor, options)?))
    }

    /// Changes the selected database.
    /// `SELECT index`
    #[napi(js_name = "select")]
    pub fn cmd_select(&self, index: Val) -> AsyncTask<Call> {
        self.call(Kind::Ok, argv_select(index))
    }

    /// Changes the selected database. On the JavaScript thread.
    /// `SELECT index`
    #[napi(js_name = "selectSync")]
    pub fn cmd_select_sync(&self, index: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Ok, argv_select(index)?))
    }

    /// Returns the expiration time in seconds of a key.
    /// `TTL key`
    #[napi(js_name = "ttl")]
    pub fn cmd_ttl(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::OptionalDurationS, argv_ttl(key))
    }

    /// Returns the expiration time in seconds of a key. On the JavaScript thread.
    /// `TTL key`
    #[napi(js_name = "ttlSync")]
    pub fn cmd_ttl_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::OptionalDurationS, argv_ttl(key)?))
    }

    /// Determines the type of value stored at a key.
    /// `TYPE key`
    #[napi(js_name = "keyType")]
    pub fn cmd_key_type(&self, key: Val) -> AsyncTask<Call> {
        self.call(Kind::KeyType, argv_key_type(key))
    }

    /// Determines the type of value stored at a key. On the JavaScript thread.
    /// `TYPE key`
    #[napi(js_name = "keyTypeSync")]
    pub fn cmd_key_type_sync(&self, key: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::KeyType, argv_key_type(key)?))
    }

    /// Asynchronously deletes one or more keys.
    /// `UNLINK keys [keys ...]`
    #[napi(js_name = "unlink")]
    pub fn cmd_unlink(&self, keys: Val) -> AsyncTask<Call> {
        self.call(Kind::Count, argv_unlink(keys))
    }

    /// Asynchronously deletes one or more keys. On the JavaScript thread.
    /// `UNLINK keys [keys ...]`
    #[napi(js_name = "unlinkSync")]
    pub fn cmd_unlink_sync(&self, keys: Val) -> Result<Out> {
        Ok(self.call_sync(Kind::Count, argv_unlink(keys)?))
    }
}

#[napi]
impl Transaction {
    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    /// `APPEND key value`
    #[napi(js_name = "append")]
    pub fn cmd_append(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::Count, argv_append(key, value)?)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    /// `DECR key`
    #[napi(js_name = "decr")]
    pub fn cmd_decr(&self, key: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_decr(key)?)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    /// `DECRBY key decrement`
    #[napi(js_name = "decrBy")]
    pub fn cmd_decr_by(&self, key: Val, decrement: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_decr_by(key, decrement)?)
    }

    /// Returns the string value of a key.
    /// `GET key`
    #[napi(js_name = "get")]
    pub fn cmd_get(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_get(key)?)
    }

    /// GET, decoded as UTF-8.
    /// `GET key`
    #[napi(js_name = "getStr")]
    pub fn cmd_get_str(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalString, argv_get_str(key)?)
    }

    /// Returns the string value of a key after deleting the key.
    /// `GETDEL key`
    #[napi(js_name = "getdel")]
    pub fn cmd_getdel(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_getdel(key)?)
    }

    /// Returns the string value of a key after setting its expiration time.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    #[napi(js_name = "getex")]
    pub fn cmd_getex(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_getex(key)?)
    }

    /// Returns the string value of a key after setting its expiration time. With every option.
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]` (the optional arguments from `options`)
    #[napi(js_name = "getexWith")]
    pub fn cmd_getex_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_getex_with(key, options)?)
    }

    /// Returns a substring of the string stored at a key.
    /// `GETRANGE key start end`
    #[napi(js_name = "getrange")]
    pub fn cmd_getrange(&self, key: Val, start: Val, end: Val) -> Result<Out> {
        self.run(Kind::Bytes, argv_getrange(key, start, end)?)
    }

    /// Returns the previous string value of a key after setting it to a new value.
    /// `GETSET key value`
    #[napi(js_name = "getset")]
    pub fn cmd_getset(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_getset(key, value)?)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    /// `INCR key`
    #[napi(js_name = "incr")]
    pub fn cmd_incr(&self, key: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_incr(key)?)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    /// `INCRBY key increment`
    #[napi(js_name = "incrBy")]
    pub fn cmd_incr_by(&self, key: Val, increment: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_incr_by(key, increment)?)
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    /// `INCRBYFLOAT key increment`
    #[napi(js_name = "incrByFloat")]
    pub fn cmd_incr_by_float(&self, key: Val, increment: Val) -> Result<Out> {
        self.run(Kind::IncrFloat, argv_incr_by_float(key, increment)?)
    }

    /// Atomically returns the string values of one or more keys.
    /// `MGET keys [keys ...]`
    #[napi(js_name = "mget")]
    pub fn cmd_mget(&self, keys: Val) -> Result<Out> {
        self.run(Kind::OptionalBytesList, argv_mget(keys)?)
    }

    /// Atomically creates or modifies the string values of one or more keys.
    /// `MSET key value [key value ...]`
    #[napi(js_name = "mset")]
    pub fn cmd_mset(&self, data: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_mset(data)?)
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    /// `MSETNX key value [key value ...]`
    #[napi(js_name = "msetnx")]
    pub fn cmd_msetnx(&self, data: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_msetnx(data)?)
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    /// `PSETEX key milliseconds value`
    #[napi(js_name = "psetex")]
    pub fn cmd_psetex(&self, key: Val, milliseconds: Val, value: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_psetex(key, milliseconds, value)?)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "set")]
    pub fn cmd_set(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_set(key, value)?)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setNx")]
    pub fn cmd_set_nx(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_set_nx(key, value)?)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setXx")]
    pub fn cmd_set_xx(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_set_xx(key, value)?)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[napi(js_name = "setEx")]
    pub fn cmd_set_ex(&self, key: Val, value: Val, milliseconds: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_set_ex(key, value, milliseconds)?)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist. With every option.
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]` (the optional arguments from `options`)
    #[napi(js_name = "setWith")]
    pub fn cmd_set_with(&self, key: Val, value: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_set_with(key, value, options)?)
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    /// `SETEX key seconds value`
    #[napi(js_name = "setex")]
    pub fn cmd_setex(&self, key: Val, seconds: Val, value: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_setex(key, seconds, value)?)
    }

    /// Set the string value of a key only when the key doesn't exist.
    /// `SETNX key value`
    #[napi(js_name = "setnx")]
    pub fn cmd_setnx(&self, key: Val, value: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_setnx(key, value)?)
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    /// `SETRANGE key offset value`
    #[napi(js_name = "setrange")]
    pub fn cmd_setrange(&self, key: Val, offset: Val, value: Val) -> Result<Out> {
        self.run(Kind::Count, argv_setrange(key, offset, value)?)
    }

    /// Returns the length of a string value.
    /// `STRLEN key`
    #[napi(js_name = "strlen")]
    pub fn cmd_strlen(&self, key: Val) -> Result<Out> {
        self.run(Kind::Count, argv_strlen(key)?)
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    /// `HDEL key fields [fields ...]`
    #[napi(js_name = "hdel")]
    pub fn cmd_hdel(&self, key: Val, fields: Val) -> Result<Out> {
        self.run(Kind::Count, argv_hdel(key, fields)?)
    }

    /// Tells whether a field exists in a hash.
    /// `HEXISTS key field`
    #[napi(js_name = "hexists")]
    pub fn cmd_hexists(&self, key: Val, field: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_hexists(key, field)?)
    }

    /// Returns the value of a field in a hash.
    /// `HGET key field`
    #[napi(js_name = "hget")]
    pub fn cmd_hget(&self, key: Val, field: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_hget(key, field)?)
    }

    /// HGET, decoded as UTF-8.
    /// `HGET key field`
    #[napi(js_name = "hgetStr")]
    pub fn cmd_hget_str(&self, key: Val, field: Val) -> Result<Out> {
        self.run(Kind::OptionalString, argv_hget_str(key, field)?)
    }

    /// Returns every field and value of a hash.
    /// `HGETALL key`
    #[napi(js_name = "hgetall")]
    pub fn cmd_hgetall(&self, key: Val) -> Result<Out> {
        self.run(Kind::Map, argv_hgetall(key)?)
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    /// `HINCRBY key field delta`
    #[napi(js_name = "hincrby")]
    pub fn cmd_hincrby(&self, key: Val, field: Val, delta: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_hincrby(key, field, delta)?)
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    /// `HINCRBYFLOAT key field delta`
    #[napi(js_name = "hincrbyfloat")]
    pub fn cmd_hincrbyfloat(&self, key: Val, field: Val, delta: Val) -> Result<Out> {
        self.run(Kind::IncrFloat, argv_hincrbyfloat(key, field, delta)?)
    }

    /// Returns every field of a hash.
    /// `HKEYS key`
    #[napi(js_name = "hkeys")]
    pub fn cmd_hkeys(&self, key: Val) -> Result<Out> {
        self.run(Kind::List, argv_hkeys(key)?)
    }

    /// Returns the number of fields in a hash.
    /// `HLEN key`
    #[napi(js_name = "hlen")]
    pub fn cmd_hlen(&self, key: Val) -> Result<Out> {
        self.run(Kind::Count, argv_hlen(key)?)
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    /// `HMGET key fields [fields ...]`
    #[napi(js_name = "hmget")]
    pub fn cmd_hmget(&self, key: Val, fields: Val) -> Result<Out> {
        self.run(Kind::OptionalBytesList, argv_hmget(key, fields)?)
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    /// `HMSET key field value [field value ...]`
    #[napi(js_name = "hmset")]
    pub fn cmd_hmset(&self, key: Val, pairs: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_hmset(key, pairs)?)
    }

    /// Sets one field; true when the field is new.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hset")]
    pub fn cmd_hset(&self, key: Val, field: Val, value: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_hset(key, field, value)?)
    }

    /// Sets several fields; returns how many are new.
    /// `HSET key field value [field value ...]`
    #[napi(js_name = "hsetMultiple")]
    pub fn cmd_hset_multiple(&self, key: Val, pairs: Val) -> Result<Out> {
        self.run(Kind::Count, argv_hset_multiple(key, pairs)?)
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    /// `HSETNX key field value`
    #[napi(js_name = "hsetnx")]
    pub fn cmd_hsetnx(&self, key: Val, field: Val, value: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_hsetnx(key, field, value)?)
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    /// `HSTRLEN key field`
    #[napi(js_name = "hstrlen")]
    pub fn cmd_hstrlen(&self, key: Val, field: Val) -> Result<Out> {
        self.run(Kind::Count, argv_hstrlen(key, field)?)
    }

    /// Returns every value of a hash.
    /// `HVALS key`
    #[napi(js_name = "hvals")]
    pub fn cmd_hvals(&self, key: Val) -> Result<Out> {
        self.run(Kind::List, argv_hvals(key)?)
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    /// `LINDEX key index`
    #[napi(js_name = "lindex")]
    pub fn cmd_lindex(&self, key: Val, index: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_lindex(key, index)?)
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    #[napi(js_name = "linsert")]
    pub fn cmd_linsert(&self, key: Val, position: Val, pivot: Val, element: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_linsert(key, position, pivot, element)?)
    }

    /// Returns the length of a list (0 when the key is missing).
    /// `LLEN key`
    #[napi(js_name = "llen")]
    pub fn cmd_llen(&self, key: Val) -> Result<Out> {
        self.run(Kind::Count, argv_llen(key)?)
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    #[napi(js_name = "lmove")]
    pub fn cmd_lmove(
        &self,
        source: Val,
        destination: Val,
        wherefrom: Val,
        whereto: Val,
    ) -> Result<Out> {
        self.run(
            Kind::OptionalBytes,
            argv_lmove(source, destination, wherefrom, whereto)?,
        )
    }

    /// Pops one element.
    /// `LPOP key [count]`
    #[napi(js_name = "lpop")]
    pub fn cmd_lpop(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_lpop(key)?)
    }

    /// Pops up to count elements; None when the key is missing.
    /// `LPOP key [count]`
    #[napi(js_name = "lpopCount")]
    pub fn cmd_lpop_count(&self, key: Val, count: Val) -> Result<Out> {
        self.run(Kind::OptionalList, argv_lpop_count(key, count)?)
    }

    /// Removes and returns the first element of a list, or with a count the first count elements. With every option.
    /// `LPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "lpopWith")]
    pub fn cmd_lpop_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_lpop_with(key, options)?)
    }

    /// The index of the match, or None.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lpos")]
    pub fn cmd_lpos(&self, key: Val, element: Val) -> Result<Out> {
        self.run(Kind::OptionalCount, argv_lpos(key, element)?)
    }

    /// The indexes of up to count matches (0: all).
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[napi(js_name = "lposCount")]
    pub fn cmd_lpos_count(&self, key: Val, element: Val, count: Val) -> Result<Out> {
        self.run(Kind::IntegerList, argv_lpos_count(key, element, count)?)
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan). With every option.
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]` (the optional arguments from `options`)
    #[napi(js_name = "lposWith")]
    pub fn cmd_lpos_with(&self, key: Val, element: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_lpos_with(key, element, options)?)
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    /// `LPUSH key values [values ...]`
    #[napi(js_name = "lpush")]
    pub fn cmd_lpush(&self, key: Val, values: Val) -> Result<Out> {
        self.run(Kind::Count, argv_lpush(key, values)?)
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    /// `LPUSHX key values [values ...]`
    #[napi(js_name = "lpushx")]
    pub fn cmd_lpushx(&self, key: Val, values: Val) -> Result<Out> {
        self.run(Kind::Count, argv_lpushx(key, values)?)
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    /// `LRANGE key start stop`
    #[napi(js_name = "lrange")]
    pub fn cmd_lrange(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::List, argv_lrange(key, start, stop)?)
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    /// `LREM key count element`
    #[napi(js_name = "lrem")]
    pub fn cmd_lrem(&self, key: Val, count: Val, element: Val) -> Result<Out> {
        self.run(Kind::Count, argv_lrem(key, count, element)?)
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    /// `LSET key index element`
    #[napi(js_name = "lset")]
    pub fn cmd_lset(&self, key: Val, index: Val, element: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_lset(key, index, element)?)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    /// `LTRIM key start stop`
    #[napi(js_name = "ltrim")]
    pub fn cmd_ltrim(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_ltrim(key, start, stop)?)
    }

    /// Pops one element.
    /// `RPOP key [count]`
    #[napi(js_name = "rpop")]
    pub fn cmd_rpop(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_rpop(key)?)
    }

    /// Pops up to count elements; None when the key is missing.
    /// `RPOP key [count]`
    #[napi(js_name = "rpopCount")]
    pub fn cmd_rpop_count(&self, key: Val, count: Val) -> Result<Out> {
        self.run(Kind::OptionalList, argv_rpop_count(key, count)?)
    }

    /// Removes and returns the last element of a list, or with a count the last count elements. With every option.
    /// `RPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "rpopWith")]
    pub fn cmd_rpop_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_rpop_with(key, options)?)
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    /// `RPUSH key values [values ...]`
    #[napi(js_name = "rpush")]
    pub fn cmd_rpush(&self, key: Val, values: Val) -> Result<Out> {
        self.run(Kind::Count, argv_rpush(key, values)?)
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    /// `RPUSHX key values [values ...]`
    #[napi(js_name = "rpushx")]
    pub fn cmd_rpushx(&self, key: Val, values: Val) -> Result<Out> {
        self.run(Kind::Count, argv_rpushx(key, values)?)
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    /// `SADD key members [members ...]`
    #[napi(js_name = "sadd")]
    pub fn cmd_sadd(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_sadd(key, members)?)
    }

    /// Returns the number of members in a set.
    /// `SCARD key`
    #[napi(js_name = "scard")]
    pub fn cmd_scard(&self, key: Val) -> Result<Out> {
        self.run(Kind::Count, argv_scard(key)?)
    }

    /// Returns the members of the first set that are in none of the following sets.
    /// `SDIFF keys [keys ...]`
    #[napi(js_name = "sdiff")]
    pub fn cmd_sdiff(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Set, argv_sdiff(keys)?)
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    /// `SDIFFSTORE destination keys [keys ...]`
    #[napi(js_name = "sdiffstore")]
    pub fn cmd_sdiffstore(&self, destination: Val, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_sdiffstore(destination, keys)?)
    }

    /// Returns the members present in every given set.
    /// `SINTER keys [keys ...]`
    #[napi(js_name = "sinter")]
    pub fn cmd_sinter(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Set, argv_sinter(keys)?)
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    /// `SINTERSTORE destination keys [keys ...]`
    #[napi(js_name = "sinterstore")]
    pub fn cmd_sinterstore(&self, destination: Val, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_sinterstore(destination, keys)?)
    }

    /// Determines whether a member belongs to a set.
    /// `SISMEMBER key member`
    #[napi(js_name = "sismember")]
    pub fn cmd_sismember(&self, key: Val, member: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_sismember(key, member)?)
    }

    /// Returns all members of a set.
    /// `SMEMBERS key`
    #[napi(js_name = "smembers")]
    pub fn cmd_smembers(&self, key: Val) -> Result<Out> {
        self.run(Kind::Set, argv_smembers(key)?)
    }

    /// Determines whether each of several members belongs to a set.
    /// `SMISMEMBER key members [members ...]`
    #[napi(js_name = "smismember")]
    pub fn cmd_smismember(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::BoolList, argv_smismember(key, members)?)
    }

    /// Moves a member from one set to another.
    /// `SMOVE source destination member`
    #[napi(js_name = "smove")]
    pub fn cmd_smove(&self, source: Val, destination: Val, member: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_smove(source, destination, member)?)
    }

    /// SPOP without count: one random member, or None.
    /// `SPOP key [count]`
    #[napi(js_name = "spop")]
    pub fn cmd_spop(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_spop(key)?)
    }

    /// SPOP with count: up to count random members.
    /// `SPOP key [count]`
    #[napi(js_name = "spopCount")]
    pub fn cmd_spop_count(&self, key: Val, count: Val) -> Result<Out> {
        self.run(Kind::List, argv_spop_count(key, count)?)
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied. With every option.
    /// `SPOP key [count]` (the optional arguments from `options`)
    #[napi(js_name = "spopWith")]
    pub fn cmd_spop_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_spop_with(key, options)?)
    }

    /// SRANDMEMBER without count: one random member, or None.
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmember")]
    pub fn cmd_srandmember(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_srandmember(key)?)
    }

    /// SRANDMEMBER with count (negative: may repeat).
    /// `SRANDMEMBER key [count]`
    #[napi(js_name = "srandmemberCount")]
    pub fn cmd_srandmember_count(&self, key: Val, count: Val) -> Result<Out> {
        self.run(Kind::List, argv_srandmember_count(key, count)?)
    }

    /// Returns one or several random members of a set; a negative count allows repeats. With every option.
    /// `SRANDMEMBER key [count]` (the optional arguments from `options`)
    #[napi(js_name = "srandmemberWith")]
    pub fn cmd_srandmember_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_srandmember_with(key, options)?)
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    /// `SREM key members [members ...]`
    #[napi(js_name = "srem")]
    pub fn cmd_srem(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_srem(key, members)?)
    }

    /// Returns the members of the union of the given sets.
    /// `SUNION keys [keys ...]`
    #[napi(js_name = "sunion")]
    pub fn cmd_sunion(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Set, argv_sunion(keys)?)
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    /// `SUNIONSTORE destination keys [keys ...]`
    #[napi(js_name = "sunionstore")]
    pub fn cmd_sunionstore(&self, destination: Val, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_sunionstore(destination, keys)?)
    }

    /// Adds or updates members; returns how many were added.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zadd")]
    pub fn cmd_zadd(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zadd(key, members)?)
    }

    /// Adds new members only; returns how many were added.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddNx")]
    pub fn cmd_zadd_nx(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zadd_nx(key, members)?)
    }

    /// Updates existing members only.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddXx")]
    pub fn cmd_zadd_xx(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zadd_xx(key, members)?)
    }

    /// Increments one member's score (ZADD INCR); returns the new score.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[napi(js_name = "zaddIncr")]
    pub fn cmd_zadd_incr(&self, key: Val, score: Val, member: Val) -> Result<Out> {
        self.run(Kind::Float, argv_zadd_incr(key, score, member)?)
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist. With every option.
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]` (the optional arguments from `options`)
    #[napi(js_name = "zaddWith")]
    pub fn cmd_zadd_with(&self, key: Val, members: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Reply, argv_zadd_with(key, members, options)?)
    }

    /// Returns the number of members in a sorted set.
    /// `ZCARD key`
    #[napi(js_name = "zcard")]
    pub fn cmd_zcard(&self, key: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zcard(key)?)
    }

    /// Returns the number of members whose score lies within a range.
    /// `ZCOUNT key min max`
    #[napi(js_name = "zcount")]
    pub fn cmd_zcount(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zcount(key, min, max)?)
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    /// `ZINCRBY key increment member`
    #[napi(js_name = "zincrby")]
    pub fn cmd_zincrby(&self, key: Val, increment: Val, member: Val) -> Result<Out> {
        self.run(Kind::Float, argv_zincrby(key, increment, member)?)
    }

    /// Returns the scores of several members (nil for each missing one).
    /// `ZMSCORE key members [members ...]`
    #[napi(js_name = "zmscore")]
    pub fn cmd_zmscore(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::OptionalFloatList, argv_zmscore(key, members)?)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    /// `ZPOPMAX key [count]`
    #[napi(js_name = "zpopmax")]
    pub fn cmd_zpopmax(&self, key: Val) -> Result<Out> {
        self.run(Kind::ScoredList, argv_zpopmax(key)?)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied. With every option.
    /// `ZPOPMAX key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopmaxWith")]
    pub fn cmd_zpopmax_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::ScoredList, argv_zpopmax_with(key, options)?)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    /// `ZPOPMIN key [count]`
    #[napi(js_name = "zpopmin")]
    pub fn cmd_zpopmin(&self, key: Val) -> Result<Out> {
        self.run(Kind::ScoredList, argv_zpopmin(key)?)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied. With every option.
    /// `ZPOPMIN key [count]` (the optional arguments from `options`)
    #[napi(js_name = "zpopminWith")]
    pub fn cmd_zpopmin_with(&self, key: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::ScoredList, argv_zpopmin_with(key, options)?)
    }

    /// Members between two ranks (negative counts from the end).
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrange")]
    pub fn cmd_zrange(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::List, argv_zrange(key, start, stop)?)
    }

    /// Members and scores between two ranks.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[napi(js_name = "zrangeWithScores")]
    pub fn cmd_zrange_with_scores(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::ScoredList, argv_zrange_with_scores(key, start, stop)?)
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores. With every option.
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrangeWith")]
    pub fn cmd_zrange_with(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(Kind::Reply, argv_zrange_with(key, start, stop, options)?)
    }

    /// Members with min <= score <= max.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscore")]
    pub fn cmd_zrangebyscore(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        self.run(Kind::List, argv_zrangebyscore(key, min, max)?)
    }

    /// Members and scores with min <= score <= max.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrangebyscoreWithScores")]
    pub fn cmd_zrangebyscore_with_scores(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        self.run(
            Kind::ScoredList,
            argv_zrangebyscore_with_scores(key, min, max)?,
        )
    }

    /// Returns members whose score lies within a range, in ascending order. With every option.
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrangebyscoreWith")]
    pub fn cmd_zrangebyscore_with(
        &self,
        key: Val,
        min: Val,
        max: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(
            Kind::Reply,
            argv_zrangebyscore_with(key, min, max, options)?,
        )
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    /// `ZRANK key member`
    #[napi(js_name = "zrank")]
    pub fn cmd_zrank(&self, key: Val, member: Val) -> Result<Out> {
        self.run(Kind::OptionalCount, argv_zrank(key, member)?)
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    /// `ZREM key members [members ...]`
    #[napi(js_name = "zrem")]
    pub fn cmd_zrem(&self, key: Val, members: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zrem(key, members)?)
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    /// `ZREMRANGEBYRANK key start stop`
    #[napi(js_name = "zremrangebyrank")]
    pub fn cmd_zremrangebyrank(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zremrangebyrank(key, start, stop)?)
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    /// `ZREMRANGEBYSCORE key min max`
    #[napi(js_name = "zremrangebyscore")]
    pub fn cmd_zremrangebyscore(&self, key: Val, min: Val, max: Val) -> Result<Out> {
        self.run(Kind::Count, argv_zremrangebyscore(key, min, max)?)
    }

    /// Members between two ranks, highest score first.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrange")]
    pub fn cmd_zrevrange(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(Kind::List, argv_zrevrange(key, start, stop)?)
    }

    /// Members and scores between two ranks, highest score first.
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[napi(js_name = "zrevrangeWithScores")]
    pub fn cmd_zrevrange_with_scores(&self, key: Val, start: Val, stop: Val) -> Result<Out> {
        self.run(
            Kind::ScoredList,
            argv_zrevrange_with_scores(key, start, stop)?,
        )
    }

    /// Returns members in a range of ranks, in descending score order. With every option.
    /// `ZREVRANGE key start stop [WITHSCORES]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangeWith")]
    pub fn cmd_zrevrange_with(
        &self,
        key: Val,
        start: Val,
        stop: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(Kind::Reply, argv_zrevrange_with(key, start, stop, options)?)
    }

    /// Members with max >= score >= min, highest first.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscore")]
    pub fn cmd_zrevrangebyscore(&self, key: Val, max: Val, min: Val) -> Result<Out> {
        self.run(Kind::List, argv_zrevrangebyscore(key, max, min)?)
    }

    /// Members and scores with max >= score >= min, highest first.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[napi(js_name = "zrevrangebyscoreWithScores")]
    pub fn cmd_zrevrangebyscore_with_scores(&self, key: Val, max: Val, min: Val) -> Result<Out> {
        self.run(
            Kind::ScoredList,
            argv_zrevrangebyscore_with_scores(key, max, min)?,
        )
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min). With every option.
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]` (the optional arguments from `options`)
    #[napi(js_name = "zrevrangebyscoreWith")]
    pub fn cmd_zrevrangebyscore_with(
        &self,
        key: Val,
        max: Val,
        min: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(
            Kind::Reply,
            argv_zrevrangebyscore_with(key, max, min, options)?,
        )
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    /// `ZREVRANK key member`
    #[napi(js_name = "zrevrank")]
    pub fn cmd_zrevrank(&self, key: Val, member: Val) -> Result<Out> {
        self.run(Kind::OptionalCount, argv_zrevrank(key, member)?)
    }

    /// Returns the score of a member (nil if absent).
    /// `ZSCORE key member`
    #[napi(js_name = "zscore")]
    pub fn cmd_zscore(&self, key: Val, member: Val) -> Result<Out> {
        self.run(Kind::OptionalFloat, argv_zscore(key, member)?)
    }

    /// Copies the value of a key to a new key.
    /// `COPY source destination [DB destination-db] [REPLACE]`
    #[napi(js_name = "copy")]
    pub fn cmd_copy(&self, source: Val, destination: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_copy(source, destination)?)
    }

    /// Copies the value of a key to a new key. With every option.
    /// `COPY source destination [DB destination-db] [REPLACE]` (the optional arguments from `options`)
    #[napi(js_name = "copyWith")]
    pub fn cmd_copy_with(
        &self,
        source: Val,
        destination: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(Kind::Bool, argv_copy_with(source, destination, options)?)
    }

    /// Returns the number of keys in the database.
    /// `DBSIZE`
    #[napi(js_name = "dbsize")]
    pub fn cmd_dbsize(&self) -> Result<Out> {
        self.run(Kind::Count, argv_dbsize()?)
    }

    /// Deletes one or more keys.
    /// `DEL keys [keys ...]`
    #[napi(js_name = "del")]
    pub fn cmd_del(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_del(keys)?)
    }

    /// Determines whether one or more keys exist.
    /// `EXISTS keys [keys ...]`
    #[napi(js_name = "exists")]
    pub fn cmd_exists(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_exists(keys)?)
    }

    /// Sets the expiration time of a key in seconds.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expire")]
    pub fn cmd_expire(&self, key: Val, seconds: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_expire(key, seconds)?)
    }

    /// Sets the expiration time of a key in seconds. With every option.
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireWith")]
    pub fn cmd_expire_with(&self, key: Val, seconds: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Bool, argv_expire_with(key, seconds, options)?)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "expireAt")]
    pub fn cmd_expire_at(&self, key: Val, unix_time_seconds: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_expire_at(key, unix_time_seconds)?)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds. With every option.
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "expireAtWith")]
    pub fn cmd_expire_at_with(
        &self,
        key: Val,
        unix_time_seconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(
            Kind::Bool,
            argv_expire_at_with(key, unix_time_seconds, options)?,
        )
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    /// `EXPIRETIME key`
    #[napi(js_name = "expiretime")]
    pub fn cmd_expiretime(&self, key: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_expiretime(key)?)
    }

    /// Removes all keys from all databases.
    /// `FLUSHALL [ASYNC | SYNC]`
    #[napi(js_name = "flushall")]
    pub fn cmd_flushall(&self) -> Result<Out> {
        self.run(Kind::Ok, argv_flushall()?)
    }

    /// Removes all keys from all databases. With every option.
    /// `FLUSHALL [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushallWith")]
    pub fn cmd_flushall_with(&self, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Ok, argv_flushall_with(options)?)
    }

    /// Remove all keys from the current database.
    /// `FLUSHDB [ASYNC | SYNC]`
    #[napi(js_name = "flushdb")]
    pub fn cmd_flushdb(&self) -> Result<Out> {
        self.run(Kind::Ok, argv_flushdb()?)
    }

    /// Remove all keys from the current database. With every option.
    /// `FLUSHDB [ASYNC | SYNC]` (the optional arguments from `options`)
    #[napi(js_name = "flushdbWith")]
    pub fn cmd_flushdb_with(&self, options: Option<Val>) -> Result<Out> {
        self.run(Kind::Ok, argv_flushdb_with(options)?)
    }

    /// Returns all key names that match a pattern.
    /// `KEYS pattern`
    #[napi(js_name = "keys")]
    pub fn cmd_keys(&self, pattern: Val) -> Result<Out> {
        self.run(Kind::List, argv_keys(pattern)?)
    }

    /// Removes the expiration time of a key.
    /// `PERSIST key`
    #[napi(js_name = "persist")]
    pub fn cmd_persist(&self, key: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_persist(key)?)
    }

    /// Sets the expiration time of a key in milliseconds.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpire")]
    pub fn cmd_pexpire(&self, key: Val, milliseconds: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_pexpire(key, milliseconds)?)
    }

    /// Sets the expiration time of a key in milliseconds. With every option.
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireWith")]
    pub fn cmd_pexpire_with(
        &self,
        key: Val,
        milliseconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(Kind::Bool, argv_pexpire_with(key, milliseconds, options)?)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    #[napi(js_name = "pexpireAt")]
    pub fn cmd_pexpire_at(&self, key: Val, unix_time_milliseconds: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_pexpire_at(key, unix_time_milliseconds)?)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp. With every option.
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]` (the optional arguments from `options`)
    #[napi(js_name = "pexpireAtWith")]
    pub fn cmd_pexpire_at_with(
        &self,
        key: Val,
        unix_time_milliseconds: Val,
        options: Option<Val>,
    ) -> Result<Out> {
        self.run(
            Kind::Bool,
            argv_pexpire_at_with(key, unix_time_milliseconds, options)?,
        )
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    /// `PEXPIRETIME key`
    #[napi(js_name = "pexpiretime")]
    pub fn cmd_pexpiretime(&self, key: Val) -> Result<Out> {
        self.run(Kind::Integer, argv_pexpiretime(key)?)
    }

    /// Returns the expiration time in milliseconds of a key.
    /// `PTTL key`
    #[napi(js_name = "pttl")]
    pub fn cmd_pttl(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalDurationMs, argv_pttl(key)?)
    }

    /// Returns a random key name from the database.
    /// `RANDOMKEY`
    #[napi(js_name = "randomkey")]
    pub fn cmd_randomkey(&self) -> Result<Out> {
        self.run(Kind::OptionalBytes, argv_randomkey()?)
    }

    /// Renames a key and overwrites the destination.
    /// `RENAME key newkey`
    #[napi(js_name = "rename")]
    pub fn cmd_rename(&self, key: Val, newkey: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_rename(key, newkey)?)
    }

    /// Renames a key only when the target key name doesn't exist.
    /// `RENAMENX key newkey`
    #[napi(js_name = "renamenx")]
    pub fn cmd_renamenx(&self, key: Val, newkey: Val) -> Result<Out> {
        self.run(Kind::Bool, argv_renamenx(key, newkey)?)
    }

    /// Iterates over the key names in the database.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[napi(js_name = "scan")]
    pub fn cmd_scan(&self, cursor: Val) -> Result<Out> {
        self.run(Kind::CursorPage, argv_scan(cursor)?)
    }

    /// Iterates over the key names in the database. With every option.
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]` (the optional arguments from `options`)
    #[napi(js_name = "scanWith")]
    pub fn cmd_scan_with(&self, cursor: Val, options: Option<Val>) -> Result<Out> {
        self.run(Kind::CursorPage, argv_scan_with(cursor, options)?)
    }

    /// Changes the selected database.
    /// `SELECT index`
    #[napi(js_name = "select")]
    pub fn cmd_select(&self, index: Val) -> Result<Out> {
        self.run(Kind::Ok, argv_select(index)?)
    }

    /// Returns the expiration time in seconds of a key.
    /// `TTL key`
    #[napi(js_name = "ttl")]
    pub fn cmd_ttl(&self, key: Val) -> Result<Out> {
        self.run(Kind::OptionalDurationS, argv_ttl(key)?)
    }

    /// Determines the type of value stored at a key.
    /// `TYPE key`
    #[napi(js_name = "keyType")]
    pub fn cmd_key_type(&self, key: Val) -> Result<Out> {
        self.run(Kind::KeyType, argv_key_type(key)?)
    }

    /// Asynchronously deletes one or more keys.
    /// `UNLINK keys [keys ...]`
    #[napi(js_name = "unlink")]
    pub fn cmd_unlink(&self, keys: Val) -> Result<Out> {
        self.run(Kind::Count, argv_unlink(keys)?)
    }
}
