//! Replies: the `Reply` of `Database::execute` turned into the JavaScript value of the method's
//! reply kind, and errors turned into `Error` objects with a `code`.
//!
//! The reply kinds are the command table's (`Kind` mirrors the model's `ReplyKind`); each
//! method's kind comes from the table through the generated code. Conventions (bindings/node
//! README, "Replies"):
//! - bulk strings are JavaScript strings (UTF-8; an invalid sequence becomes U+FFFD), or
//!   `Buffer`s byte for byte when the database was opened with `returnBuffers: true`;
//!   `optional_string` replies are always strings; status replies (`OK`) are strings;
//! - 64-bit integers (kinds `integer`, `optional_integer`, `integer_list`, TTLs, cursors, and
//!   every integer of a generic reply) are BigInts, always, so a value never loses precision and
//!   its type never depends on its size; counts and lengths (`count`, `optional_count`), which
//!   the memory they describe bounds far below 2^53, are numbers;
//! - floats are numbers (Redis's text, parsed: exact, as Redis prints 17 digits);
//! - a map is a plain object with no prototype (field names decoded as UTF-8), a scored list an
//!   array of `{ member, score }`, a cursor page `{ cursor, items }`, a key type its name or
//!   `null` (no such key), `ok` is `undefined`.
//!
//! Invariant: a reply whose shape does not match its kind is converted generically rather than
//! refused (never a panic, never a lost reply).

use std::ptr;

use napi::bindgen_prelude::{ToNapiValue, TypeName, ValueType};
use napi::sys;

use ferrite::embedded::{DatabaseStats, Error, Reply};

use crate::convert::{check, js_error, ErrorKind, Result};

/// Reply kinds of the command table (the model's `ReplyKind`, one to one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Kind {
    Ok,
    Bool,
    Integer,
    Count,
    OptionalCount,
    OptionalInteger,
    Float,
    IncrFloat,
    OptionalFloat,
    Bytes,
    OptionalBytes,
    List,
    Set,
    OptionalList,
    OptionalBytesList,
    Map,
    ScoredList,
    BoolList,
    IntegerList,
    OptionalFloatList,
    KeyType,
    CursorPage,
    Reply,
    OptionalString,
    OptionalDurationS,
    OptionalDurationMs,
}

/// What a call hands back to JavaScript (converted on the JavaScript thread).
pub enum Out {
    /// A command's reply, presented as `kind`; bulk strings as `Buffer`s unless `decode`.
    Reply {
        kind: Kind,
        reply: Reply,
        decode: bool,
    },
    /// A transaction's replies, in order.
    Replies {
        replies: Vec<(Kind, Reply)>,
        decode: bool,
    },
    /// `undefined`.
    Undefined,
    /// `stats()`.
    Stats(DatabaseStats),
    /// A database error: thrown (or rejected) as an `Error` with its `code`.
    Failed(Error),
    /// Misuse of the API (a finished transaction, the database inside its own
    /// `transactionSync`): an `Error` with code `MISUSE`.
    Misuse(String),
}

impl Out {
    /// The outcome of a command.
    pub fn of(kind: Kind, res: std::result::Result<Reply, Error>, decode: bool) -> Out {
        match res {
            Ok(reply) => Out::Reply {
                kind,
                reply,
                decode,
            },
            Err(err) => Out::Failed(err),
        }
    }
}

impl TypeName for Out {
    fn type_name() -> &'static str {
        "unknown"
    }

    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

impl ToNapiValue for Out {
    unsafe fn to_napi_value(env: sys::napi_env, val: Out) -> Result<sys::napi_value> {
        match val {
            Out::Reply {
                kind,
                reply,
                decode,
            } => convert(env, kind, reply, decode),
            Out::Replies { replies, decode } => {
                let items = replies
                    .into_iter()
                    .map(|(kind, reply)| convert(env, kind, reply, decode))
                    .collect::<Result<Vec<_>>>()?;
                array(env, items)
            }
            Out::Undefined => undefined(env),
            Out::Stats(stats) => stats_object(env, &stats),
            Out::Failed(err) => Err(db_error(env, &err)),
            Out::Misuse(message) => Err(js_error(env, ErrorKind::Error, "MISUSE", &message)),
        }
    }
}

/// A database error as an `Error` whose message is Redis's text and whose `code` is
/// `Error::code()` (`WRONGTYPE`, `ERR`, `CLOSED`, `LOCKED`, ...).
pub fn db_error(env: sys::napi_env, err: &Error) -> napi::Error {
    js_error(env, ErrorKind::Error, err.code(), &err.to_string())
}

// ---------------------------------------------------------------------------- conversion

fn convert(env: sys::napi_env, kind: Kind, reply: Reply, decode: bool) -> Result<sys::napi_value> {
    let bulk = |bytes: &[u8]| {
        if decode {
            string(env, bytes)
        } else {
            buffer(env, bytes)
        }
    };
    match (kind, reply) {
        (Kind::Ok, Reply::Status(_)) => undefined(env),
        (Kind::Bool, Reply::Integer(n)) => boolean(env, n != 0),
        (
            Kind::Integer
            | Kind::OptionalInteger
            | Kind::OptionalDurationS
            | Kind::OptionalDurationMs,
            Reply::Nil,
        ) => null(env),
        (Kind::OptionalDurationS | Kind::OptionalDurationMs, Reply::Integer(n)) if n < 0 => {
            null(env)
        }
        (
            Kind::Integer
            | Kind::OptionalInteger
            | Kind::OptionalDurationS
            | Kind::OptionalDurationMs,
            Reply::Integer(n),
        ) => bigint(env, n),
        (Kind::Count | Kind::OptionalCount, Reply::Integer(n)) => number(env, n as f64),
        (Kind::OptionalCount, Reply::Nil) => null(env),
        (Kind::Float | Kind::IncrFloat | Kind::OptionalFloat, Reply::Bulk(text)) => {
            float(env, &text, decode)
        }
        (Kind::OptionalFloat, Reply::Nil) => null(env),
        (Kind::Bytes | Kind::OptionalBytes, Reply::Bulk(bytes)) => bulk(&bytes),
        (Kind::OptionalString, Reply::Bulk(bytes)) => string(env, &bytes),
        (
            Kind::OptionalBytes | Kind::OptionalString | Kind::OptionalList | Kind::KeyType,
            Reply::Nil,
        ) => null(env),
        (
            Kind::List | Kind::Set | Kind::OptionalList | Kind::OptionalBytesList,
            Reply::Array(items),
        ) => {
            let items = items
                .into_iter()
                .map(|item| match item {
                    Reply::Bulk(bytes) => bulk(&bytes),
                    other => generic(env, other, decode),
                })
                .collect::<Result<Vec<_>>>()?;
            array(env, items)
        }
        (Kind::Map, Reply::Array(items)) if items.len() % 2 == 0 => map(env, items, decode),
        (Kind::ScoredList, Reply::Array(items)) if items.len() % 2 == 0 => {
            scored(env, items, decode)
        }
        (Kind::BoolList, Reply::Array(items)) => {
            let items = items
                .into_iter()
                .map(|item| match item {
                    Reply::Integer(n) => boolean(env, n != 0),
                    other => generic(env, other, decode),
                })
                .collect::<Result<Vec<_>>>()?;
            array(env, items)
        }
        (Kind::IntegerList, Reply::Array(items)) => {
            let items = items
                .into_iter()
                .map(|item| generic(env, item, decode))
                .collect::<Result<Vec<_>>>()?;
            array(env, items)
        }
        (Kind::OptionalFloatList, Reply::Array(items)) => {
            let items = items
                .into_iter()
                .map(|item| match item {
                    Reply::Bulk(text) => float(env, &text, decode),
                    other => generic(env, other, decode),
                })
                .collect::<Result<Vec<_>>>()?;
            array(env, items)
        }
        (Kind::KeyType, Reply::Status(name)) if name == "none" => null(env),
        (Kind::KeyType, Reply::Status(name)) => string(env, name.as_bytes()),
        (Kind::CursorPage, Reply::Array(mut parts)) if parts.len() == 2 => {
            let items = parts.pop().unwrap_or(Reply::Nil);
            let cursor = parts.pop().unwrap_or(Reply::Nil);
            let cursor = match cursor {
                Reply::Bulk(text) => match std::str::from_utf8(&text)
                    .ok()
                    .and_then(|t| t.parse::<u64>().ok())
                {
                    Some(cursor) => bigint_u64(env, cursor),
                    None => bulk(&text),
                },
                other => generic(env, other, decode),
            };
            let items = convert(env, Kind::List, items, decode);
            object(env, &[("cursor", cursor?), ("items", items?)])
        }
        (_, reply) => generic(env, reply, decode),
    }
}

/// A reply as is: nil `null`, status a string, integer a BigInt, bulk a string or `Buffer`,
/// array an array.
fn generic(env: sys::napi_env, reply: Reply, decode: bool) -> Result<sys::napi_value> {
    match reply {
        Reply::Nil => null(env),
        Reply::Status(text) => string(env, text.as_bytes()),
        Reply::Integer(n) => bigint(env, n),
        Reply::Bulk(bytes) if decode => string(env, &bytes),
        Reply::Bulk(bytes) => buffer(env, &bytes),
        Reply::Array(items) => {
            let items = items
                .into_iter()
                .map(|item| generic(env, item, decode))
                .collect::<Result<Vec<_>>>()?;
            array(env, items)
        }
    }
}

/// A float reply's text as a number (Redis prints 17 significant digits: exact).
fn float(env: sys::napi_env, text: &[u8], decode: bool) -> Result<sys::napi_value> {
    match ferrite_core::parse::strict_f64(text) {
        Some(value) => number(env, value),
        None => generic(env, Reply::Bulk(text.to_vec()), decode),
    }
}

/// A flat field, value, ... array as an object without prototype (so no field, `__proto__`
/// included, collides with an inherited property).
fn map(env: sys::napi_env, items: Vec<Reply>, decode: bool) -> Result<sys::napi_value> {
    let target = null_prototype_object(env)?;
    let mut iter = items.into_iter();
    while let (Some(field), Some(value)) = (iter.next(), iter.next()) {
        let key = match field {
            Reply::Bulk(bytes) => string(env, &bytes)?,
            other => generic(env, other, true)?,
        };
        let value = match value {
            Reply::Bulk(bytes) if !decode => buffer(env, &bytes)?,
            other => generic(env, other, decode)?,
        };
        check(
            // SAFETY: `target`, `key` and `value` are values of `env`, created during this call.
            unsafe { sys::napi_set_property(env, target, key, value) },
            "setting a property",
        )?;
    }
    Ok(target)
}

/// A flat member, score, ... array as `[{ member, score }, ...]`.
fn scored(env: sys::napi_env, items: Vec<Reply>, decode: bool) -> Result<sys::napi_value> {
    let mut out = Vec::with_capacity(items.len() / 2);
    let mut iter = items.into_iter();
    while let (Some(member), Some(score)) = (iter.next(), iter.next()) {
        let member = match member {
            Reply::Bulk(bytes) if decode => string(env, &bytes)?,
            Reply::Bulk(bytes) => buffer(env, &bytes)?,
            other => generic(env, other, decode)?,
        };
        let score = match score {
            Reply::Bulk(text) => float(env, &text, decode)?,
            other => generic(env, other, decode)?,
        };
        out.push(object(env, &[("member", member), ("score", score)])?);
    }
    array(env, out)
}

fn stats_object(env: sys::napi_env, stats: &DatabaseStats) -> Result<sys::napi_value> {
    let keys_per_db = stats
        .keys_per_db
        .iter()
        .map(|n| number(env, *n as f64))
        .collect::<Result<Vec<_>>>()?;
    let last_snapshot_error = match &stats.last_snapshot_error {
        Some(text) => string(env, text.as_bytes())?,
        None => null(env)?,
    };
    object(
        env,
        &[
            (
                "keys",
                number(env, stats.keys_per_db.iter().sum::<usize>() as f64)?,
            ),
            ("keysPerDb", array(env, keys_per_db)?),
            ("memoryUsed", number(env, stats.memory_used as f64)?),
            ("memoryLimit", number(env, stats.memory_limit as f64)?),
            ("walBytes", number(env, stats.wal_bytes as f64)?),
            ("snapshotBytes", number(env, stats.snapshot_bytes as f64)?),
            ("snapshots", number(env, stats.snapshots as f64)?),
            ("lastSnapshotError", last_snapshot_error),
            (
                "commandsProcessed",
                number(env, stats.commands_processed as f64)?,
            ),
            ("expiredKeys", number(env, stats.expired_keys as f64)?),
        ],
    )
}

// ---------------------------------------------------------------------------- napi values

/// A JavaScript string of UTF-8 `bytes` (an invalid sequence becomes U+FFFD).
pub(crate) fn string(env: sys::napi_env, bytes: &[u8]) -> Result<sys::napi_value> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment; `text` is valid UTF-8 of that length.
        unsafe {
            sys::napi_create_string_utf8(env, text.as_ptr().cast(), text.len() as isize, &mut out)
        },
        "creating a string",
    )?;
    Ok(out)
}

/// A `Buffer` holding a copy of `bytes`.
fn buffer(env: sys::napi_env, bytes: &[u8]) -> Result<sys::napi_value> {
    let mut data = ptr::null_mut();
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment; napi copies `bytes.len()` bytes from a
        // pointer valid for that many (napi accepts any pointer when the length is 0).
        unsafe {
            sys::napi_create_buffer_copy(
                env,
                bytes.len(),
                bytes.as_ptr().cast(),
                &mut data,
                &mut out,
            )
        },
        "creating a Buffer",
    )?;
    Ok(out)
}

fn bigint(env: sys::napi_env, n: i64) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_create_bigint_int64(env, n, &mut out) },
        "creating a BigInt",
    )?;
    Ok(out)
}

fn bigint_u64(env: sys::napi_env, n: u64) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_create_bigint_uint64(env, n, &mut out) },
        "creating a BigInt",
    )?;
    Ok(out)
}

fn number(env: sys::napi_env, n: f64) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_create_double(env, n, &mut out) },
        "creating a number",
    )?;
    Ok(out)
}

fn boolean(env: sys::napi_env, b: bool) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_get_boolean(env, b, &mut out) },
        "creating a boolean",
    )?;
    Ok(out)
}

fn null(env: sys::napi_env) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    // SAFETY: `env` is the current call's environment.
    check(unsafe { sys::napi_get_null(env, &mut out) }, "null")?;
    Ok(out)
}

pub(crate) fn undefined(env: sys::napi_env) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_get_undefined(env, &mut out) },
        "undefined",
    )?;
    Ok(out)
}

fn array(env: sys::napi_env, items: Vec<sys::napi_value>) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment; every item is one of its values.
        unsafe { sys::napi_create_array_with_length(env, items.len(), &mut out) },
        "creating an array",
    )?;
    for (idx, item) in items.into_iter().enumerate() {
        let idx = u32::try_from(idx).map_err(|_| napi::Error::from_reason("array too long"))?;
        check(
            // SAFETY: as above.
            unsafe { sys::napi_set_element(env, out, idx, item) },
            "filling an array",
        )?;
    }
    Ok(out)
}

/// An object with these properties.
fn object(env: sys::napi_env, props: &[(&str, sys::napi_value)]) -> Result<sys::napi_value> {
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_create_object(env, &mut out) },
        "creating an object",
    )?;
    for (name, value) in props {
        let key = string(env, name.as_bytes())?;
        check(
            // SAFETY: `out`, `key` and `value` are values of `env`.
            unsafe { sys::napi_set_property(env, out, key, *value) },
            "setting a property",
        )?;
    }
    Ok(out)
}

/// `Object.create(null)`.
fn null_prototype_object(env: sys::napi_env) -> Result<sys::napi_value> {
    let get = |target: sys::napi_value, name: &std::ffi::CStr| -> Result<sys::napi_value> {
        let mut out = ptr::null_mut();
        check(
            // SAFETY: `target` is a value of `env`; `name` is NUL-terminated.
            unsafe { sys::napi_get_named_property(env, target, name.as_ptr(), &mut out) },
            "reading a global",
        )?;
        Ok(out)
    };
    let mut global = ptr::null_mut();
    check(
        // SAFETY: `env` is the current call's environment.
        unsafe { sys::napi_get_global(env, &mut global) },
        "reading the global object",
    )?;
    let object_ctor = get(global, c"Object")?;
    let create = get(object_ctor, c"create")?;
    let args = [null(env)?];
    let mut out = ptr::null_mut();
    check(
        // SAFETY: `create` is `Object.create`, called on `Object` with one argument.
        unsafe {
            sys::napi_call_function(
                env,
                object_ctor,
                create,
                args.len(),
                args.as_ptr(),
                &mut out,
            )
        },
        "Object.create(null)",
    )?;
    Ok(out)
}
