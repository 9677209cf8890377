// Generated from commands.yaml by cargo xtask gen. Do not edit.
//! The command methods of `ferrite.Database` and `ferrite.Transaction` (one per command of the
//! table, in redis-py's shape) and the `_iter` generator of each cursor command, generated from
//! `commands.yaml` by `codegen/src/targets/python.rs`. Included by `bindings/python/src/lib.rs`;
//! each method builds the command's argv (`crate::convert::Argv`), runs it through the receiver's
//! `call` and converts the reply with the shape of its reply kind.
#![allow(non_snake_case, clippy::too_many_arguments, unused_mut, unused_imports)]

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert::{Arg, Argv, Part, Shape};
use crate::iter::CursorIterator;

/// The hash of the model this file was generated from (`ferrite.MODEL_HASH`); `lib.rs` checks
/// at compile time that the Rust API it calls was generated from the same one.
pub const MODEL_HASH: u64 = 0x7464d8d2f9a400bc;

#[pymethods]
impl crate::Database {
    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    ///
    /// `APPEND key value`
    #[pyo3(signature = (name, value))]
    fn append(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("APPEND", "append");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    #[pyo3(signature = (name))]
    fn decr(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("DECR", "decr");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    #[pyo3(signature = (name, amount))]
    fn decrby(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("DECRBY", "decrby");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key.
    ///
    /// `GET key`
    #[pyo3(signature = (name))]
    fn get(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GET", "get");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key after deleting the key.
    ///
    /// `GETDEL key`
    #[pyo3(signature = (name))]
    fn getdel(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETDEL", "getdel");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    #[pyo3(signature = (name, *, ex=None, px=None, exat=None, pxat=None, persist=false))]
    fn getex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        ex: Option<Arg>,
        px: Option<Arg>,
        exat: Option<Arg>,
        pxat: Option<Arg>,
        persist: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETEX", "getex");
        ferrite__argv.push(name);
        ferrite__argv.tokened("EX", ex);
        ferrite__argv.tokened("PX", px);
        ferrite__argv.tokened("EXAT", exat);
        ferrite__argv.tokened("PXAT", pxat);
        ferrite__argv.flag(persist, "PERSIST");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns a substring of the string stored at a key.
    ///
    /// `GETRANGE key start end`
    #[pyo3(signature = (name, start, end))]
    fn getrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bytes;
        let mut ferrite__argv = Argv::new("GETRANGE", "getrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the previous string value of a key after setting it to a new value.
    ///
    /// `GETSET key value`
    #[pyo3(signature = (name, value))]
    fn getset(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETSET", "getset");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    #[pyo3(signature = (name))]
    fn incr(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("INCR", "incr");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    #[pyo3(signature = (name, amount))]
    fn incrby(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("INCRBY", "incrby");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBYFLOAT key increment`
    #[pyo3(signature = (name, amount))]
    fn incrbyfloat(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::IncrFloat;
        let mut ferrite__argv = Argv::new("INCRBYFLOAT", "incrbyfloat");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically returns the string values of one or more keys.
    ///
    /// `MGET keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn mget(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytesList;
        let mut ferrite__argv = Argv::new("MGET", "mget");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically creates or modifies the string values of one or more keys.
    ///
    /// `MSET key value [key value ...]`
    #[pyo3(signature = (mapping))]
    fn mset(&self, ferrite__py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("MSET", "mset");
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    ///
    /// `MSETNX key value [key value ...]`
    #[pyo3(signature = (mapping))]
    fn msetnx(&self, ferrite__py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("MSETNX", "msetnx");
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    ///
    /// `PSETEX key milliseconds value`
    #[pyo3(signature = (name, time_ms, value))]
    fn psetex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        time_ms: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("PSETEX", "psetex");
        ferrite__argv.push(name);
        ferrite__argv.push(time_ms);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[pyo3(signature = (name, value, *, nx=false, xx=false, get=false, ex=None, px=None, exat=None, pxat=None, keepttl=false))]
    fn set(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        value: Arg,
        nx: bool,
        xx: bool,
        get: bool,
        ex: Option<Arg>,
        px: Option<Arg>,
        exat: Option<Arg>,
        pxat: Option<Arg>,
        keepttl: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if px.is_some() {
            Shape::Ok
        } else if xx || nx {
            Shape::Bool
        } else {
            Shape::Ok
        };
        let mut ferrite__argv = Argv::new("SET", "set");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(get, "GET");
        ferrite__argv.tokened("EX", ex);
        ferrite__argv.tokened("PX", px);
        ferrite__argv.tokened("EXAT", exat);
        ferrite__argv.tokened("PXAT", pxat);
        ferrite__argv.flag(keepttl, "KEEPTTL");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    ///
    /// `SETEX key seconds value`
    #[pyo3(signature = (name, time, value))]
    fn setex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        time: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("SETEX", "setex");
        ferrite__argv.push(name);
        ferrite__argv.push(time);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Set the string value of a key only when the key doesn't exist.
    ///
    /// `SETNX key value`
    #[pyo3(signature = (name, value))]
    fn setnx(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SETNX", "setnx");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    ///
    /// `SETRANGE key offset value`
    #[pyo3(signature = (name, offset, value))]
    fn setrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        offset: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SETRANGE", "setrange");
        ferrite__argv.push(name);
        ferrite__argv.push(offset);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length of a string value.
    ///
    /// `STRLEN key`
    #[pyo3(signature = (name))]
    fn strlen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("STRLEN", "strlen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    ///
    /// `HDEL key fields [fields ...]`
    #[pyo3(signature = (name, *keys))]
    fn hdel(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HDEL", "hdel");
        ferrite__argv.push(name);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Tells whether a field exists in a hash.
    ///
    /// `HEXISTS key field`
    #[pyo3(signature = (name, key))]
    fn hexists(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("HEXISTS", "hexists");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the value of a field in a hash.
    ///
    /// `HGET key field`
    #[pyo3(signature = (name, key))]
    fn hget(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("HGET", "hget");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every field and value of a hash.
    ///
    /// `HGETALL key`
    #[pyo3(signature = (name))]
    fn hgetall(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Map;
        let mut ferrite__argv = Argv::new("HGETALL", "hgetall");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBY key field delta`
    #[pyo3(signature = (name, key, amount))]
    fn hincrby(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        amount: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("HINCRBY", "hincrby");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBYFLOAT key field delta`
    #[pyo3(signature = (name, key, amount))]
    fn hincrbyfloat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        amount: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::IncrFloat;
        let mut ferrite__argv = Argv::new("HINCRBYFLOAT", "hincrbyfloat");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every field of a hash.
    ///
    /// `HKEYS key`
    #[pyo3(signature = (name))]
    fn hkeys(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("HKEYS", "hkeys");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of fields in a hash.
    ///
    /// `HLEN key`
    #[pyo3(signature = (name))]
    fn hlen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HLEN", "hlen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    ///
    /// `HMGET key fields [fields ...]`
    #[pyo3(signature = (name, *keys))]
    fn hmget(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytesList;
        let mut ferrite__argv = Argv::new("HMGET", "hmget");
        ferrite__argv.push(name);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    ///
    /// `HMSET key field value [field value ...]`
    #[pyo3(signature = (name, mapping))]
    fn hmset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        mapping: &Bound<'_, PyAny>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("HMSET", "hmset");
        ferrite__argv.push(name);
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the values of one or more fields of a hash, creating the hash if needed; returns how many fields were added.
    ///
    /// `HSET key field value [field value ...]`
    #[pyo3(signature = (name, key=None, value=None, mapping=None))]
    fn hset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Option<&Bound<'_, PyAny>>,
        value: Option<&Bound<'_, PyAny>>,
        mapping: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HSET", "hset");
        ferrite__argv.push(name);
        ferrite__argv.pair_or_items(key, value, mapping, 0, ["key", "value", "mapping"])?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    ///
    /// `HSETNX key field value`
    #[pyo3(signature = (name, key, value))]
    fn hsetnx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("HSETNX", "hsetnx");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    ///
    /// `HSTRLEN key field`
    #[pyo3(signature = (name, key))]
    fn hstrlen(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HSTRLEN", "hstrlen");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every value of a hash.
    ///
    /// `HVALS key`
    #[pyo3(signature = (name))]
    fn hvals(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("HVALS", "hvals");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LINDEX key index`
    #[pyo3(signature = (name, index))]
    fn lindex(&self, ferrite__py: Python<'_>, name: Arg, index: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("LINDEX", "lindex");
        ferrite__argv.push(name);
        ferrite__argv.push(index);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    ///
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    #[pyo3(signature = (name, position, pivot, element))]
    fn linsert(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        position: Arg,
        pivot: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("LINSERT", "linsert");
        ferrite__argv.push(name);
        ferrite__argv.push(position);
        ferrite__argv.push(pivot);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length of a list (0 when the key is missing).
    ///
    /// `LLEN key`
    #[pyo3(signature = (name))]
    fn llen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LLEN", "llen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    ///
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    #[pyo3(signature = (source, destination, wherefrom, whereto))]
    fn lmove(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        wherefrom: Arg,
        whereto: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("LMOVE", "lmove");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.push(wherefrom);
        ferrite__argv.push(whereto);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the first element of a list, or with a count the first count elements.
    ///
    /// `LPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn lpop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::OptionalList
        } else if count.is_none() {
            Shape::OptionalBytes
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("LPOP", "lpop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan).
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[pyo3(signature = (name, element, *, rank=None, count=None, maxlen=None))]
    fn lpos(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        element: Arg,
        rank: Option<Arg>,
        count: Option<Arg>,
        maxlen: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::IntegerList
        } else if count.is_none() {
            Shape::OptionalCount
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("LPOS", "lpos");
        ferrite__argv.push(name);
        ferrite__argv.push(element);
        ferrite__argv.tokened("RANK", rank);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("MAXLEN", maxlen);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `LPUSH key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn lpush(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LPUSH", "lpush");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `LPUSHX key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn lpushx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LPUSHX", "lpushx");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    ///
    /// `LRANGE key start stop`
    #[pyo3(signature = (name, start, end))]
    fn lrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("LRANGE", "lrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    ///
    /// `LREM key count element`
    #[pyo3(signature = (name, count, element))]
    fn lrem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LREM", "lrem");
        ferrite__argv.push(name);
        ferrite__argv.push(count);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LSET key index element`
    #[pyo3(signature = (name, index, element))]
    fn lset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        index: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("LSET", "lset");
        ferrite__argv.push(name);
        ferrite__argv.push(index);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    #[pyo3(signature = (name, start, end))]
    fn ltrim(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("LTRIM", "ltrim");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the last element of a list, or with a count the last count elements.
    ///
    /// `RPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn rpop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::OptionalList
        } else if count.is_none() {
            Shape::OptionalBytes
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("RPOP", "rpop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `RPUSH key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn rpush(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("RPUSH", "rpush");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `RPUSHX key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn rpushx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("RPUSHX", "rpushx");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    ///
    /// `SADD key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn sadd(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SADD", "sadd");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members in a set.
    ///
    /// `SCARD key`
    #[pyo3(signature = (name))]
    fn scard(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SCARD", "scard");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members of the first set that are in none of the following sets.
    ///
    /// `SDIFF keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sdiff(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SDIFF", "sdiff");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SDIFFSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sdiffstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SDIFFSTORE", "sdiffstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members present in every given set.
    ///
    /// `SINTER keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sinter(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SINTER", "sinter");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SINTERSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sinterstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SINTERSTORE", "sinterstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether a member belongs to a set.
    ///
    /// `SISMEMBER key member`
    #[pyo3(signature = (name, member))]
    fn sismember(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SISMEMBER", "sismember");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns all members of a set.
    ///
    /// `SMEMBERS key`
    #[pyo3(signature = (name))]
    fn smembers(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SMEMBERS", "smembers");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether each of several members belongs to a set.
    ///
    /// `SMISMEMBER key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn smismember(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::BoolList;
        let mut ferrite__argv = Argv::new("SMISMEMBER", "smismember");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Moves a member from one set to another.
    ///
    /// `SMOVE source destination member`
    #[pyo3(signature = (source, destination, member))]
    fn smove(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        member: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SMOVE", "smove");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied.
    ///
    /// `SPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn spop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::List
        } else {
            Shape::OptionalBytes
        };
        let mut ferrite__argv = Argv::new("SPOP", "spop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns one or several random members of a set; a negative count allows repeats.
    ///
    /// `SRANDMEMBER key [count]`
    #[pyo3(signature = (name, count=None))]
    fn srandmember(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::List
        } else {
            Shape::OptionalBytes
        };
        let mut ferrite__argv = Argv::new("SRANDMEMBER", "srandmember");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    ///
    /// `SREM key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn srem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SREM", "srem");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members of the union of the given sets.
    ///
    /// `SUNION keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sunion(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SUNION", "sunion");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SUNIONSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sunionstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SUNIONSTORE", "sunionstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[pyo3(signature = (name, mapping, *, nx=false, xx=false, gt=false, lt=false, ch=false, incr=false))]
    fn zadd(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        mapping: &Bound<'_, PyAny>,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
        ch: bool,
        incr: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if incr { Shape::Float } else { Shape::Count };
        let mut ferrite__argv = Argv::new("ZADD", "zadd");
        ferrite__argv.push(name);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        ferrite__argv.flag(ch, "CH");
        ferrite__argv.flag(incr, "INCR");
        ferrite__argv.items(mapping, 2, 1)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members in a sorted set.
    ///
    /// `ZCARD key`
    #[pyo3(signature = (name))]
    fn zcard(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZCARD", "zcard");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members whose score lies within a range.
    ///
    /// `ZCOUNT key min max`
    #[pyo3(signature = (name, min, max))]
    fn zcount(&self, ferrite__py: Python<'_>, name: Arg, min: Arg, max: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZCOUNT", "zcount");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    ///
    /// `ZINCRBY key increment member`
    #[pyo3(signature = (name, increment, member))]
    fn zincrby(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        increment: Arg,
        member: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Float;
        let mut ferrite__argv = Argv::new("ZINCRBY", "zincrby");
        ferrite__argv.push(name);
        ferrite__argv.push(increment);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the scores of several members (nil for each missing one).
    ///
    /// `ZMSCORE key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn zmscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalFloatList;
        let mut ferrite__argv = Argv::new("ZMSCORE", "zmscore");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMAX key [count]`
    #[pyo3(signature = (name, count=None))]
    fn zpopmax(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::ScoredList;
        let mut ferrite__argv = Argv::new("ZPOPMAX", "zpopmax");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMIN key [count]`
    #[pyo3(signature = (name, count=None))]
    fn zpopmin(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::ScoredList;
        let mut ferrite__argv = Argv::new("ZPOPMIN", "zpopmin");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[pyo3(signature = (name, start, end, *, byscore=false, bylex=false, desc=false, offset=None, num=None, withscores=false))]
    fn zrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
        byscore: bool,
        bylex: bool,
        desc: bool,
        offset: Option<Arg>,
        num: Option<Arg>,
        withscores: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZRANGE", "zrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        ferrite__argv.flag(byscore, "BYSCORE");
        ferrite__argv.flag(bylex, "BYLEX");
        ferrite__argv.flag(desc, "REV");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "offset",
                    value: offset,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        ferrite__argv.flag(withscores, "WITHSCORES");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members whose score lies within a range, in ascending order.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[pyo3(signature = (name, min, max, *, withscores=false, start=None, num=None))]
    fn zrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        min: Arg,
        max: Arg,
        withscores: bool,
        start: Option<Arg>,
        num: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZRANGEBYSCORE", "zrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        ferrite__argv.flag(withscores, "WITHSCORES");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "start",
                    value: start,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    ///
    /// `ZRANK key member`
    #[pyo3(signature = (name, member))]
    fn zrank(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalCount;
        let mut ferrite__argv = Argv::new("ZRANK", "zrank");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    ///
    /// `ZREM key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn zrem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREM", "zrem");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    ///
    /// `ZREMRANGEBYRANK key start stop`
    #[pyo3(signature = (name, start, stop))]
    fn zremrangebyrank(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        stop: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREMRANGEBYRANK", "zremrangebyrank");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(stop);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    ///
    /// `ZREMRANGEBYSCORE key min max`
    #[pyo3(signature = (name, min, max))]
    fn zremrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        min: Arg,
        max: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREMRANGEBYSCORE", "zremrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members in a range of ranks, in descending score order.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[pyo3(signature = (name, start, end, *, withscores=false))]
    fn zrevrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
        withscores: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZREVRANGE", "zrevrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        ferrite__argv.flag(withscores, "WITHSCORES");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min).
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[pyo3(signature = (name, max, min, *, withscores=false, start=None, num=None))]
    fn zrevrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        max: Arg,
        min: Arg,
        withscores: bool,
        start: Option<Arg>,
        num: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZREVRANGEBYSCORE", "zrevrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(max);
        ferrite__argv.push(min);
        ferrite__argv.flag(withscores, "WITHSCORES");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "start",
                    value: start,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    ///
    /// `ZREVRANK key member`
    #[pyo3(signature = (name, member))]
    fn zrevrank(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalCount;
        let mut ferrite__argv = Argv::new("ZREVRANK", "zrevrank");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the score of a member (nil if absent).
    ///
    /// `ZSCORE key member`
    #[pyo3(signature = (name, member))]
    fn zscore(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalFloat;
        let mut ferrite__argv = Argv::new("ZSCORE", "zscore");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Copies the value of a key to a new key.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    #[pyo3(signature = (source, destination, *, destination_db=None, replace=false))]
    fn copy(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        destination_db: Option<Arg>,
        replace: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("COPY", "copy");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.tokened("DB", destination_db);
        ferrite__argv.flag(replace, "REPLACE");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of keys in the database.
    ///
    /// `DBSIZE`
    #[pyo3(signature = ())]
    fn dbsize(&self, ferrite__py: Python<'_>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("DBSIZE", "dbsize");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Deletes one or more keys.
    ///
    /// `DEL keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn delete(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("DEL", "del");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether one or more keys exist.
    ///
    /// `EXISTS keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn exists(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("EXISTS", "exists");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key in seconds.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, seconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn expire(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        seconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("EXPIRE", "expire");
        ferrite__argv.push(name);
        ferrite__argv.push(seconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, unix_time_seconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn expireat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        unix_time_seconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("EXPIREAT", "expireat");
        ferrite__argv.push(name);
        ferrite__argv.push(unix_time_seconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    ///
    /// `EXPIRETIME key`
    #[pyo3(signature = (name))]
    fn expiretime(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("EXPIRETIME", "expiretime");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes all keys from all databases.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    #[pyo3(signature = (*, asynchronous=false, synchronous=false))]
    fn flushall(
        &self,
        ferrite__py: Python<'_>,
        asynchronous: bool,
        synchronous: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("FLUSHALL", "flushall");
        ferrite__argv.flag(asynchronous, "ASYNC");
        ferrite__argv.flag(synchronous, "SYNC");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    #[pyo3(signature = (*, asynchronous=false, synchronous=false))]
    fn flushdb(
        &self,
        ferrite__py: Python<'_>,
        asynchronous: bool,
        synchronous: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("FLUSHDB", "flushdb");
        ferrite__argv.flag(asynchronous, "ASYNC");
        ferrite__argv.flag(synchronous, "SYNC");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns all key names that match a pattern.
    ///
    /// `KEYS pattern`
    #[pyo3(signature = (pattern))]
    fn keys(&self, ferrite__py: Python<'_>, pattern: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("KEYS", "keys");
        ferrite__argv.push(pattern);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the expiration time of a key.
    ///
    /// `PERSIST key`
    #[pyo3(signature = (name))]
    fn persist(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PERSIST", "persist");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key in milliseconds.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, milliseconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn pexpire(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        milliseconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PEXPIRE", "pexpire");
        ferrite__argv.push(name);
        ferrite__argv.push(milliseconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, unix_time_milliseconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn pexpireat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        unix_time_milliseconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PEXPIREAT", "pexpireat");
        ferrite__argv.push(name);
        ferrite__argv.push(unix_time_milliseconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    ///
    /// `PEXPIRETIME key`
    #[pyo3(signature = (name))]
    fn pexpiretime(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("PEXPIRETIME", "pexpiretime");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time in milliseconds of a key.
    ///
    /// `PTTL key`
    #[pyo3(signature = (name))]
    fn pttl(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("PTTL", "pttl");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns a random key name from the database.
    ///
    /// `RANDOMKEY`
    #[pyo3(signature = ())]
    fn randomkey(&self, ferrite__py: Python<'_>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("RANDOMKEY", "randomkey");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Renames a key and overwrites the destination.
    ///
    /// `RENAME key newkey`
    #[pyo3(signature = (name, newkey))]
    fn rename(&self, ferrite__py: Python<'_>, name: Arg, newkey: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("RENAME", "rename");
        ferrite__argv.push(name);
        ferrite__argv.push(newkey);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Renames a key only when the target key name doesn't exist.
    ///
    /// `RENAMENX key newkey`
    #[pyo3(signature = (name, newkey))]
    fn renamenx(&self, ferrite__py: Python<'_>, name: Arg, newkey: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("RENAMENX", "renamenx");
        ferrite__argv.push(name);
        ferrite__argv.push(newkey);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Iterates over the key names in the database.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[pyo3(signature = (cursor, *, r#match=None, count=None, _type=None))]
    fn scan(
        &self,
        ferrite__py: Python<'_>,
        cursor: Arg,
        r#match: Option<Arg>,
        count: Option<Arg>,
        _type: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::CursorPage;
        let mut ferrite__argv = Argv::new("SCAN", "scan");
        ferrite__argv.push(cursor);
        ferrite__argv.tokened("MATCH", r#match);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("TYPE", _type);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Iterates over every item of `SCAN`, page after page from cursor 0 (a generator).
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[pyo3(signature = (*, r#match=None, count=None, _type=None))]
    fn scan_iter(
        ferrite__slf: &Bound<'_, Self>,
        r#match: Option<Arg>,
        count: Option<Arg>,
        _type: Option<Arg>,
    ) -> PyResult<CursorIterator> {
        let mut ferrite__argv = Argv::new("SCAN", "scan");
        let ferrite__slot = ferrite__argv.position();
        ferrite__argv.token("0");
        ferrite__argv.tokened("MATCH", r#match);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("TYPE", _type);
        Ok(CursorIterator::new(
            Self::receiver(ferrite__slf),
            ferrite__argv,
            ferrite__slot,
        ))
    }

    /// Changes the selected database.
    ///
    /// `SELECT index`
    #[pyo3(signature = (index))]
    fn select(&self, ferrite__py: Python<'_>, index: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("SELECT", "select");
        ferrite__argv.push(index);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time in seconds of a key.
    ///
    /// `TTL key`
    #[pyo3(signature = (name))]
    fn ttl(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("TTL", "ttl");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines the type of value stored at a key.
    ///
    /// `TYPE key`
    #[pyo3(signature = (name))]
    fn r#type(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::KeyType;
        let mut ferrite__argv = Argv::new("TYPE", "type");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Asynchronously deletes one or more keys.
    ///
    /// `UNLINK keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn unlink(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("UNLINK", "unlink");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }
}

#[pymethods]
impl crate::Transaction {
    /// Appends a string to the value of a key; creates the key if it doesn't exist.
    ///
    /// `APPEND key value`
    #[pyo3(signature = (name, value))]
    fn append(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("APPEND", "append");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Decrements the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECR key`
    #[pyo3(signature = (name))]
    fn decr(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("DECR", "decr");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Decrements a number from the integer value of a key; uses 0 as initial value if the key doesn't exist.
    ///
    /// `DECRBY key decrement`
    #[pyo3(signature = (name, amount))]
    fn decrby(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("DECRBY", "decrby");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key.
    ///
    /// `GET key`
    #[pyo3(signature = (name))]
    fn get(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GET", "get");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key after deleting the key.
    ///
    /// `GETDEL key`
    #[pyo3(signature = (name))]
    fn getdel(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETDEL", "getdel");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the string value of a key after setting its expiration time.
    ///
    /// `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
    #[pyo3(signature = (name, *, ex=None, px=None, exat=None, pxat=None, persist=false))]
    fn getex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        ex: Option<Arg>,
        px: Option<Arg>,
        exat: Option<Arg>,
        pxat: Option<Arg>,
        persist: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETEX", "getex");
        ferrite__argv.push(name);
        ferrite__argv.tokened("EX", ex);
        ferrite__argv.tokened("PX", px);
        ferrite__argv.tokened("EXAT", exat);
        ferrite__argv.tokened("PXAT", pxat);
        ferrite__argv.flag(persist, "PERSIST");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns a substring of the string stored at a key.
    ///
    /// `GETRANGE key start end`
    #[pyo3(signature = (name, start, end))]
    fn getrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bytes;
        let mut ferrite__argv = Argv::new("GETRANGE", "getrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the previous string value of a key after setting it to a new value.
    ///
    /// `GETSET key value`
    #[pyo3(signature = (name, value))]
    fn getset(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("GETSET", "getset");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a key by one; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCR key`
    #[pyo3(signature = (name))]
    fn incr(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("INCR", "incr");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBY key increment`
    #[pyo3(signature = (name, amount))]
    fn incrby(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("INCRBY", "incrby");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the floating point value of a key by a number; uses 0 as initial value if the key doesn't exist.
    ///
    /// `INCRBYFLOAT key increment`
    #[pyo3(signature = (name, amount))]
    fn incrbyfloat(&self, ferrite__py: Python<'_>, name: Arg, amount: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::IncrFloat;
        let mut ferrite__argv = Argv::new("INCRBYFLOAT", "incrbyfloat");
        ferrite__argv.push(name);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically returns the string values of one or more keys.
    ///
    /// `MGET keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn mget(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytesList;
        let mut ferrite__argv = Argv::new("MGET", "mget");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically creates or modifies the string values of one or more keys.
    ///
    /// `MSET key value [key value ...]`
    #[pyo3(signature = (mapping))]
    fn mset(&self, ferrite__py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("MSET", "mset");
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Atomically modifies the string values of one or more keys only when all keys don't exist.
    ///
    /// `MSETNX key value [key value ...]`
    #[pyo3(signature = (mapping))]
    fn msetnx(&self, ferrite__py: Python<'_>, mapping: &Bound<'_, PyAny>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("MSETNX", "msetnx");
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets both string value and expiration time in milliseconds of a key; the key is created if it doesn't exist.
    ///
    /// `PSETEX key milliseconds value`
    #[pyo3(signature = (name, time_ms, value))]
    fn psetex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        time_ms: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("PSETEX", "psetex");
        ferrite__argv.push(name);
        ferrite__argv.push(time_ms);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the string value of a key, ignoring its type; the key is created if it doesn't exist.
    ///
    /// `SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
    #[pyo3(signature = (name, value, *, nx=false, xx=false, get=false, ex=None, px=None, exat=None, pxat=None, keepttl=false))]
    fn set(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        value: Arg,
        nx: bool,
        xx: bool,
        get: bool,
        ex: Option<Arg>,
        px: Option<Arg>,
        exat: Option<Arg>,
        pxat: Option<Arg>,
        keepttl: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if px.is_some() {
            Shape::Ok
        } else if xx || nx {
            Shape::Bool
        } else {
            Shape::Ok
        };
        let mut ferrite__argv = Argv::new("SET", "set");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(get, "GET");
        ferrite__argv.tokened("EX", ex);
        ferrite__argv.tokened("PX", px);
        ferrite__argv.tokened("EXAT", exat);
        ferrite__argv.tokened("PXAT", pxat);
        ferrite__argv.flag(keepttl, "KEEPTTL");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the string value and expiration time of a key; creates the key if it doesn't exist.
    ///
    /// `SETEX key seconds value`
    #[pyo3(signature = (name, time, value))]
    fn setex(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        time: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("SETEX", "setex");
        ferrite__argv.push(name);
        ferrite__argv.push(time);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Set the string value of a key only when the key doesn't exist.
    ///
    /// `SETNX key value`
    #[pyo3(signature = (name, value))]
    fn setnx(&self, ferrite__py: Python<'_>, name: Arg, value: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SETNX", "setnx");
        ferrite__argv.push(name);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Overwrites a part of a string value with another by an offset; creates the key if it doesn't exist.
    ///
    /// `SETRANGE key offset value`
    #[pyo3(signature = (name, offset, value))]
    fn setrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        offset: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SETRANGE", "setrange");
        ferrite__argv.push(name);
        ferrite__argv.push(offset);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length of a string value.
    ///
    /// `STRLEN key`
    #[pyo3(signature = (name))]
    fn strlen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("STRLEN", "strlen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Deletes one or more fields from a hash; the key is deleted when no field is left.
    ///
    /// `HDEL key fields [fields ...]`
    #[pyo3(signature = (name, *keys))]
    fn hdel(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HDEL", "hdel");
        ferrite__argv.push(name);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Tells whether a field exists in a hash.
    ///
    /// `HEXISTS key field`
    #[pyo3(signature = (name, key))]
    fn hexists(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("HEXISTS", "hexists");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the value of a field in a hash.
    ///
    /// `HGET key field`
    #[pyo3(signature = (name, key))]
    fn hget(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("HGET", "hget");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every field and value of a hash.
    ///
    /// `HGETALL key`
    #[pyo3(signature = (name))]
    fn hgetall(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Map;
        let mut ferrite__argv = Argv::new("HGETALL", "hgetall");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the integer value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBY key field delta`
    #[pyo3(signature = (name, key, amount))]
    fn hincrby(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        amount: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("HINCRBY", "hincrby");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the floating-point value of a hash field by a number; a missing field counts as 0.
    ///
    /// `HINCRBYFLOAT key field delta`
    #[pyo3(signature = (name, key, amount))]
    fn hincrbyfloat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        amount: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::IncrFloat;
        let mut ferrite__argv = Argv::new("HINCRBYFLOAT", "hincrbyfloat");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(amount);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every field of a hash.
    ///
    /// `HKEYS key`
    #[pyo3(signature = (name))]
    fn hkeys(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("HKEYS", "hkeys");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of fields in a hash.
    ///
    /// `HLEN key`
    #[pyo3(signature = (name))]
    fn hlen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HLEN", "hlen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the values of the given fields of a hash, nil for each missing one.
    ///
    /// `HMGET key fields [fields ...]`
    #[pyo3(signature = (name, *keys))]
    fn hmget(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytesList;
        let mut ferrite__argv = Argv::new("HMGET", "hmget");
        ferrite__argv.push(name);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the values of one or more fields of a hash (deprecated in favour of HSET).
    ///
    /// `HMSET key field value [field value ...]`
    #[pyo3(signature = (name, mapping))]
    fn hmset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        mapping: &Bound<'_, PyAny>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("HMSET", "hmset");
        ferrite__argv.push(name);
        ferrite__argv.items(mapping, 2, 0)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the values of one or more fields of a hash, creating the hash if needed; returns how many fields were added.
    ///
    /// `HSET key field value [field value ...]`
    #[pyo3(signature = (name, key=None, value=None, mapping=None))]
    fn hset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Option<&Bound<'_, PyAny>>,
        value: Option<&Bound<'_, PyAny>>,
        mapping: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HSET", "hset");
        ferrite__argv.push(name);
        ferrite__argv.pair_or_items(key, value, mapping, 0, ["key", "value", "mapping"])?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the value of a hash field only if the field does not exist yet.
    ///
    /// `HSETNX key field value`
    #[pyo3(signature = (name, key, value))]
    fn hsetnx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        key: Arg,
        value: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("HSETNX", "hsetnx");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        ferrite__argv.push(value);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length in bytes of the value of a hash field (0 when missing).
    ///
    /// `HSTRLEN key field`
    #[pyo3(signature = (name, key))]
    fn hstrlen(&self, ferrite__py: Python<'_>, name: Arg, key: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("HSTRLEN", "hstrlen");
        ferrite__argv.push(name);
        ferrite__argv.push(key);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns every value of a hash.
    ///
    /// `HVALS key`
    #[pyo3(signature = (name))]
    fn hvals(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("HVALS", "hvals");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LINDEX key index`
    #[pyo3(signature = (name, index))]
    fn lindex(&self, ferrite__py: Python<'_>, name: Arg, index: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("LINDEX", "lindex");
        ferrite__argv.push(name);
        ferrite__argv.push(index);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Inserts an element before or after the first occurrence of a pivot in a list.
    ///
    /// `LINSERT key <BEFORE | AFTER> pivot element`
    #[pyo3(signature = (name, position, pivot, element))]
    fn linsert(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        position: Arg,
        pivot: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("LINSERT", "linsert");
        ferrite__argv.push(name);
        ferrite__argv.push(position);
        ferrite__argv.push(pivot);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the length of a list (0 when the key is missing).
    ///
    /// `LLEN key`
    #[pyo3(signature = (name))]
    fn llen(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LLEN", "llen");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Pops an element from one end of a list and pushes it onto one end of another (or the same) list.
    ///
    /// `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
    #[pyo3(signature = (source, destination, wherefrom, whereto))]
    fn lmove(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        wherefrom: Arg,
        whereto: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("LMOVE", "lmove");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.push(wherefrom);
        ferrite__argv.push(whereto);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the first element of a list, or with a count the first count elements.
    ///
    /// `LPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn lpop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::OptionalList
        } else if count.is_none() {
            Shape::OptionalBytes
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("LPOP", "lpop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the index of matching elements in a list (RANK picks the nth match, negative from the tail; COUNT returns several; MAXLEN bounds the scan).
    ///
    /// `LPOS key element [RANK rank] [COUNT count] [MAXLEN maxlen]`
    #[pyo3(signature = (name, element, *, rank=None, count=None, maxlen=None))]
    fn lpos(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        element: Arg,
        rank: Option<Arg>,
        count: Option<Arg>,
        maxlen: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::IntegerList
        } else if count.is_none() {
            Shape::OptionalCount
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("LPOS", "lpos");
        ferrite__argv.push(name);
        ferrite__argv.push(element);
        ferrite__argv.tokened("RANK", rank);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("MAXLEN", maxlen);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Prepends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `LPUSH key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn lpush(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LPUSH", "lpush");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Prepends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `LPUSHX key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn lpushx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LPUSHX", "lpushx");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the elements of a list between two inclusive indexes (negative from the tail, clamped to the list).
    ///
    /// `LRANGE key start stop`
    #[pyo3(signature = (name, start, end))]
    fn lrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("LRANGE", "lrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes occurrences of an element from a list (count > 0 from the head, < 0 from the tail, 0 all).
    ///
    /// `LREM key count element`
    #[pyo3(signature = (name, count, element))]
    fn lrem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("LREM", "lrem");
        ferrite__argv.push(name);
        ferrite__argv.push(count);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the element at an index of a list (negative indexes count from the tail).
    ///
    /// `LSET key index element`
    #[pyo3(signature = (name, index, element))]
    fn lset(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        index: Arg,
        element: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("LSET", "lset");
        ferrite__argv.push(name);
        ferrite__argv.push(index);
        ferrite__argv.push(element);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Trims a list to the elements between two inclusive indexes; the key is deleted when nothing is left.
    ///
    /// `LTRIM key start stop`
    #[pyo3(signature = (name, start, end))]
    fn ltrim(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("LTRIM", "ltrim");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the last element of a list, or with a count the last count elements.
    ///
    /// `RPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn rpop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::OptionalList
        } else if count.is_none() {
            Shape::OptionalBytes
        } else {
            Shape::Reply
        };
        let mut ferrite__argv = Argv::new("RPOP", "rpop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Appends one or more elements to a list, creating it if needed; returns the new length.
    ///
    /// `RPUSH key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn rpush(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("RPUSH", "rpush");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Appends elements to a list only if the list exists; returns the new length (0 when missing).
    ///
    /// `RPUSHX key values [values ...]`
    #[pyo3(signature = (name, *values))]
    fn rpushx(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        values: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("RPUSHX", "rpushx");
        ferrite__argv.push(name);
        ferrite__argv.many(values)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Adds one or more members to a set; the key is created if it doesn't exist.
    ///
    /// `SADD key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn sadd(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SADD", "sadd");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members in a set.
    ///
    /// `SCARD key`
    #[pyo3(signature = (name))]
    fn scard(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SCARD", "scard");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members of the first set that are in none of the following sets.
    ///
    /// `SDIFF keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sdiff(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SDIFF", "sdiff");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the difference of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SDIFFSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sdiffstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SDIFFSTORE", "sdiffstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members present in every given set.
    ///
    /// `SINTER keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sinter(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SINTER", "sinter");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the intersection of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SINTERSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sinterstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SINTERSTORE", "sinterstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether a member belongs to a set.
    ///
    /// `SISMEMBER key member`
    #[pyo3(signature = (name, member))]
    fn sismember(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SISMEMBER", "sismember");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns all members of a set.
    ///
    /// `SMEMBERS key`
    #[pyo3(signature = (name))]
    fn smembers(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SMEMBERS", "smembers");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether each of several members belongs to a set.
    ///
    /// `SMISMEMBER key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn smismember(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::BoolList;
        let mut ferrite__argv = Argv::new("SMISMEMBER", "smismember");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Moves a member from one set to another.
    ///
    /// `SMOVE source destination member`
    #[pyo3(signature = (source, destination, member))]
    fn smove(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        member: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("SMOVE", "smove");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns one or several random members of a set; the key is deleted when emptied.
    ///
    /// `SPOP key [count]`
    #[pyo3(signature = (name, count=None))]
    fn spop(&self, ferrite__py: Python<'_>, name: Arg, count: Option<Arg>) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::List
        } else {
            Shape::OptionalBytes
        };
        let mut ferrite__argv = Argv::new("SPOP", "spop");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns one or several random members of a set; a negative count allows repeats.
    ///
    /// `SRANDMEMBER key [count]`
    #[pyo3(signature = (name, count=None))]
    fn srandmember(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if count.is_some() {
            Shape::List
        } else {
            Shape::OptionalBytes
        };
        let mut ferrite__argv = Argv::new("SRANDMEMBER", "srandmember");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes one or more members from a set; the key is deleted when emptied.
    ///
    /// `SREM key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn srem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SREM", "srem");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the members of the union of the given sets.
    ///
    /// `SUNION keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn sunion(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Set;
        let mut ferrite__argv = Argv::new("SUNION", "sunion");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Stores the union of sets in a key (deleting it when the result is empty); returns its size.
    ///
    /// `SUNIONSTORE destination keys [keys ...]`
    #[pyo3(signature = (destination, *keys))]
    fn sunionstore(
        &self,
        ferrite__py: Python<'_>,
        destination: Arg,
        keys: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("SUNIONSTORE", "sunionstore");
        ferrite__argv.push(destination);
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Adds members with scores to a sorted set, or updates their scores; the key is created if it doesn't exist.
    ///
    /// `ZADD key [NX] [XX] [GT] [LT] [CH] [INCR] score member [score member ...]`
    #[pyo3(signature = (name, mapping, *, nx=false, xx=false, gt=false, lt=false, ch=false, incr=false))]
    fn zadd(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        mapping: &Bound<'_, PyAny>,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
        ch: bool,
        incr: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if incr { Shape::Float } else { Shape::Count };
        let mut ferrite__argv = Argv::new("ZADD", "zadd");
        ferrite__argv.push(name);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        ferrite__argv.flag(ch, "CH");
        ferrite__argv.flag(incr, "INCR");
        ferrite__argv.items(mapping, 2, 1)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members in a sorted set.
    ///
    /// `ZCARD key`
    #[pyo3(signature = (name))]
    fn zcard(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZCARD", "zcard");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of members whose score lies within a range.
    ///
    /// `ZCOUNT key min max`
    #[pyo3(signature = (name, min, max))]
    fn zcount(&self, ferrite__py: Python<'_>, name: Arg, min: Arg, max: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZCOUNT", "zcount");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Increments the score of a member (adding it with the increment as score if absent); returns the new score.
    ///
    /// `ZINCRBY key increment member`
    #[pyo3(signature = (name, increment, member))]
    fn zincrby(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        increment: Arg,
        member: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Float;
        let mut ferrite__argv = Argv::new("ZINCRBY", "zincrby");
        ferrite__argv.push(name);
        ferrite__argv.push(increment);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the scores of several members (nil for each missing one).
    ///
    /// `ZMSCORE key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn zmscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalFloatList;
        let mut ferrite__argv = Argv::new("ZMSCORE", "zmscore");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the members with the highest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMAX key [count]`
    #[pyo3(signature = (name, count=None))]
    fn zpopmax(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::ScoredList;
        let mut ferrite__argv = Argv::new("ZPOPMAX", "zpopmax");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes and returns the members with the lowest scores (one by default); the key is deleted when emptied.
    ///
    /// `ZPOPMIN key [count]`
    #[pyo3(signature = (name, count=None))]
    fn zpopmin(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        count: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::ScoredList;
        let mut ferrite__argv = Argv::new("ZPOPMIN", "zpopmin");
        ferrite__argv.push(name);
        ferrite__argv.push_opt(count);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members in a range of ranks, scores (BYSCORE) or members (BYLEX), optionally reversed, limited and with scores.
    ///
    /// `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
    #[pyo3(signature = (name, start, end, *, byscore=false, bylex=false, desc=false, offset=None, num=None, withscores=false))]
    fn zrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
        byscore: bool,
        bylex: bool,
        desc: bool,
        offset: Option<Arg>,
        num: Option<Arg>,
        withscores: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZRANGE", "zrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        ferrite__argv.flag(byscore, "BYSCORE");
        ferrite__argv.flag(bylex, "BYLEX");
        ferrite__argv.flag(desc, "REV");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "offset",
                    value: offset,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        ferrite__argv.flag(withscores, "WITHSCORES");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members whose score lies within a range, in ascending order.
    ///
    /// `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
    #[pyo3(signature = (name, min, max, *, withscores=false, start=None, num=None))]
    fn zrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        min: Arg,
        max: Arg,
        withscores: bool,
        start: Option<Arg>,
        num: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZRANGEBYSCORE", "zrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        ferrite__argv.flag(withscores, "WITHSCORES");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "start",
                    value: start,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the rank of a member in ascending score order (nil if absent).
    ///
    /// `ZRANK key member`
    #[pyo3(signature = (name, member))]
    fn zrank(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalCount;
        let mut ferrite__argv = Argv::new("ZRANK", "zrank");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes one or more members from a sorted set; the key is deleted when emptied.
    ///
    /// `ZREM key members [members ...]`
    #[pyo3(signature = (name, *members))]
    fn zrem(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        members: &Bound<'_, PyTuple>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREM", "zrem");
        ferrite__argv.push(name);
        ferrite__argv.many(members)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the members within a range of ranks; returns how many were removed.
    ///
    /// `ZREMRANGEBYRANK key start stop`
    #[pyo3(signature = (name, start, stop))]
    fn zremrangebyrank(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        stop: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREMRANGEBYRANK", "zremrangebyrank");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(stop);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the members whose score lies within a range; returns how many were removed.
    ///
    /// `ZREMRANGEBYSCORE key min max`
    #[pyo3(signature = (name, min, max))]
    fn zremrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        min: Arg,
        max: Arg,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("ZREMRANGEBYSCORE", "zremrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(min);
        ferrite__argv.push(max);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members in a range of ranks, in descending score order.
    ///
    /// `ZREVRANGE key start stop [WITHSCORES]`
    #[pyo3(signature = (name, start, end, *, withscores=false))]
    fn zrevrange(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        start: Arg,
        end: Arg,
        withscores: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZREVRANGE", "zrevrange");
        ferrite__argv.push(name);
        ferrite__argv.push(start);
        ferrite__argv.push(end);
        ferrite__argv.flag(withscores, "WITHSCORES");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns members whose score lies within a range, in descending order (the range is given as max min).
    ///
    /// `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
    #[pyo3(signature = (name, max, min, *, withscores=false, start=None, num=None))]
    fn zrevrangebyscore(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        max: Arg,
        min: Arg,
        withscores: bool,
        start: Option<Arg>,
        num: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = if withscores {
            Shape::ScoredList
        } else {
            Shape::List
        };
        let mut ferrite__argv = Argv::new("ZREVRANGEBYSCORE", "zrevrangebyscore");
        ferrite__argv.push(name);
        ferrite__argv.push(max);
        ferrite__argv.push(min);
        ferrite__argv.flag(withscores, "WITHSCORES");
        ferrite__argv.block(
            Some("LIMIT"),
            vec![
                Part::Value {
                    name: "start",
                    value: start,
                    required: true,
                },
                Part::Value {
                    name: "num",
                    value: num,
                    required: true,
                },
            ],
        )?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the rank of a member in descending score order (nil if absent).
    ///
    /// `ZREVRANK key member`
    #[pyo3(signature = (name, member))]
    fn zrevrank(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalCount;
        let mut ferrite__argv = Argv::new("ZREVRANK", "zrevrank");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the score of a member (nil if absent).
    ///
    /// `ZSCORE key member`
    #[pyo3(signature = (name, member))]
    fn zscore(&self, ferrite__py: Python<'_>, name: Arg, member: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalFloat;
        let mut ferrite__argv = Argv::new("ZSCORE", "zscore");
        ferrite__argv.push(name);
        ferrite__argv.push(member);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Copies the value of a key to a new key.
    ///
    /// `COPY source destination [DB destination-db] [REPLACE]`
    #[pyo3(signature = (source, destination, *, destination_db=None, replace=false))]
    fn copy(
        &self,
        ferrite__py: Python<'_>,
        source: Arg,
        destination: Arg,
        destination_db: Option<Arg>,
        replace: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("COPY", "copy");
        ferrite__argv.push(source);
        ferrite__argv.push(destination);
        ferrite__argv.tokened("DB", destination_db);
        ferrite__argv.flag(replace, "REPLACE");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the number of keys in the database.
    ///
    /// `DBSIZE`
    #[pyo3(signature = ())]
    fn dbsize(&self, ferrite__py: Python<'_>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("DBSIZE", "dbsize");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Deletes one or more keys.
    ///
    /// `DEL keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn delete(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("DEL", "del");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines whether one or more keys exist.
    ///
    /// `EXISTS keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn exists(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("EXISTS", "exists");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key in seconds.
    ///
    /// `EXPIRE key seconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, seconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn expire(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        seconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("EXPIRE", "expire");
        ferrite__argv.push(name);
        ferrite__argv.push(seconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key to a Unix timestamp in seconds.
    ///
    /// `EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, unix_time_seconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn expireat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        unix_time_seconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("EXPIREAT", "expireat");
        ferrite__argv.push(name);
        ferrite__argv.push(unix_time_seconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time of a key as a Unix timestamp in seconds.
    ///
    /// `EXPIRETIME key`
    #[pyo3(signature = (name))]
    fn expiretime(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("EXPIRETIME", "expiretime");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes all keys from all databases.
    ///
    /// `FLUSHALL [ASYNC | SYNC]`
    #[pyo3(signature = (*, asynchronous=false, synchronous=false))]
    fn flushall(
        &self,
        ferrite__py: Python<'_>,
        asynchronous: bool,
        synchronous: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("FLUSHALL", "flushall");
        ferrite__argv.flag(asynchronous, "ASYNC");
        ferrite__argv.flag(synchronous, "SYNC");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Remove all keys from the current database.
    ///
    /// `FLUSHDB [ASYNC | SYNC]`
    #[pyo3(signature = (*, asynchronous=false, synchronous=false))]
    fn flushdb(
        &self,
        ferrite__py: Python<'_>,
        asynchronous: bool,
        synchronous: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("FLUSHDB", "flushdb");
        ferrite__argv.flag(asynchronous, "ASYNC");
        ferrite__argv.flag(synchronous, "SYNC");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns all key names that match a pattern.
    ///
    /// `KEYS pattern`
    #[pyo3(signature = (pattern))]
    fn keys(&self, ferrite__py: Python<'_>, pattern: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::List;
        let mut ferrite__argv = Argv::new("KEYS", "keys");
        ferrite__argv.push(pattern);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Removes the expiration time of a key.
    ///
    /// `PERSIST key`
    #[pyo3(signature = (name))]
    fn persist(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PERSIST", "persist");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key in milliseconds.
    ///
    /// `PEXPIRE key milliseconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, milliseconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn pexpire(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        milliseconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PEXPIRE", "pexpire");
        ferrite__argv.push(name);
        ferrite__argv.push(milliseconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Sets the expiration time of a key to a Unix milliseconds timestamp.
    ///
    /// `PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]`
    #[pyo3(signature = (name, unix_time_milliseconds, *, nx=false, xx=false, gt=false, lt=false))]
    fn pexpireat(
        &self,
        ferrite__py: Python<'_>,
        name: Arg,
        unix_time_milliseconds: Arg,
        nx: bool,
        xx: bool,
        gt: bool,
        lt: bool,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("PEXPIREAT", "pexpireat");
        ferrite__argv.push(name);
        ferrite__argv.push(unix_time_milliseconds);
        ferrite__argv.flag(nx, "NX");
        ferrite__argv.flag(xx, "XX");
        ferrite__argv.flag(gt, "GT");
        ferrite__argv.flag(lt, "LT");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time of a key as a Unix milliseconds timestamp.
    ///
    /// `PEXPIRETIME key`
    #[pyo3(signature = (name))]
    fn pexpiretime(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("PEXPIRETIME", "pexpiretime");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time in milliseconds of a key.
    ///
    /// `PTTL key`
    #[pyo3(signature = (name))]
    fn pttl(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("PTTL", "pttl");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns a random key name from the database.
    ///
    /// `RANDOMKEY`
    #[pyo3(signature = ())]
    fn randomkey(&self, ferrite__py: Python<'_>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::OptionalBytes;
        let mut ferrite__argv = Argv::new("RANDOMKEY", "randomkey");
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Renames a key and overwrites the destination.
    ///
    /// `RENAME key newkey`
    #[pyo3(signature = (name, newkey))]
    fn rename(&self, ferrite__py: Python<'_>, name: Arg, newkey: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("RENAME", "rename");
        ferrite__argv.push(name);
        ferrite__argv.push(newkey);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Renames a key only when the target key name doesn't exist.
    ///
    /// `RENAMENX key newkey`
    #[pyo3(signature = (name, newkey))]
    fn renamenx(&self, ferrite__py: Python<'_>, name: Arg, newkey: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Bool;
        let mut ferrite__argv = Argv::new("RENAMENX", "renamenx");
        ferrite__argv.push(name);
        ferrite__argv.push(newkey);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Iterates over the key names in the database.
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[pyo3(signature = (cursor, *, r#match=None, count=None, _type=None))]
    fn scan(
        &self,
        ferrite__py: Python<'_>,
        cursor: Arg,
        r#match: Option<Arg>,
        count: Option<Arg>,
        _type: Option<Arg>,
    ) -> PyResult<PyObject> {
        let ferrite__shape = Shape::CursorPage;
        let mut ferrite__argv = Argv::new("SCAN", "scan");
        ferrite__argv.push(cursor);
        ferrite__argv.tokened("MATCH", r#match);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("TYPE", _type);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Iterates over every item of `SCAN`, page after page from cursor 0 (a generator).
    ///
    /// `SCAN cursor [MATCH pattern] [COUNT count] [TYPE key-type]`
    #[pyo3(signature = (*, r#match=None, count=None, _type=None))]
    fn scan_iter(
        ferrite__slf: &Bound<'_, Self>,
        r#match: Option<Arg>,
        count: Option<Arg>,
        _type: Option<Arg>,
    ) -> PyResult<CursorIterator> {
        let mut ferrite__argv = Argv::new("SCAN", "scan");
        let ferrite__slot = ferrite__argv.position();
        ferrite__argv.token("0");
        ferrite__argv.tokened("MATCH", r#match);
        ferrite__argv.tokened("COUNT", count);
        ferrite__argv.tokened("TYPE", _type);
        Ok(CursorIterator::new(
            Self::receiver(ferrite__slf),
            ferrite__argv,
            ferrite__slot,
        ))
    }

    /// Changes the selected database.
    ///
    /// `SELECT index`
    #[pyo3(signature = (index))]
    fn select(&self, ferrite__py: Python<'_>, index: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Ok;
        let mut ferrite__argv = Argv::new("SELECT", "select");
        ferrite__argv.push(index);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Returns the expiration time in seconds of a key.
    ///
    /// `TTL key`
    #[pyo3(signature = (name))]
    fn ttl(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Integer;
        let mut ferrite__argv = Argv::new("TTL", "ttl");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Determines the type of value stored at a key.
    ///
    /// `TYPE key`
    #[pyo3(signature = (name))]
    fn r#type(&self, ferrite__py: Python<'_>, name: Arg) -> PyResult<PyObject> {
        let ferrite__shape = Shape::KeyType;
        let mut ferrite__argv = Argv::new("TYPE", "type");
        ferrite__argv.push(name);
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }

    /// Asynchronously deletes one or more keys.
    ///
    /// `UNLINK keys [keys ...]`
    #[pyo3(signature = (*keys))]
    fn unlink(&self, ferrite__py: Python<'_>, keys: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let ferrite__shape = Shape::Count;
        let mut ferrite__argv = Argv::new("UNLINK", "unlink");
        ferrite__argv.many(keys)?;
        self.call(ferrite__py, ferrite__argv, ferrite__shape)
    }
}
