//! Handlers for the string commands.

use ferrite_macros::command;

use crate::keyspace::Entry;
use crate::value::StrValue;
use crate::{parse, Ctx, Error, Reply, Result, Value};

/// `NX | XX` of SET.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetCondition {
    /// Only set the key if it does not exist.
    Nx,
    /// Only set the key if it already exists.
    Xx,
}

/// The expiration option of SET.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetExpiration {
    /// Relative, in seconds.
    Ex(i64),
    /// Relative, in milliseconds.
    Px(i64),
    /// Absolute Unix time in seconds.
    Exat(i64),
    /// Absolute Unix time in milliseconds.
    Pxat(i64),
    /// Keep the key's current time to live.
    Keepttl,
}

/// Turns an expiration option into an absolute deadline in milliseconds, with Redis's checks
/// (`invalid expire time in '<command>' command` for a value <= 0 or one that overflows).
pub(crate) fn deadline_ms(
    command: &str,
    now: i64,
    amount: i64,
    unit_ms: i64,
    absolute: bool,
) -> Result<i64> {
    let invalid = || Error::reply(format!("ERR invalid expire time in '{command}' command"));
    if amount <= 0 {
        return Err(invalid());
    }
    let ms = amount.checked_mul(unit_ms).ok_or_else(invalid)?;
    if absolute {
        Ok(ms)
    } else {
        ms.checked_add(now).ok_or_else(invalid)
    }
}

/// The bytes of a string value, or WRONGTYPE.
pub(crate) fn string_bytes(value: Option<&Value>) -> Result<Option<Vec<u8>>> {
    match value {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.to_bytes())),
        Some(_) => Err(Error::WrongType),
    }
}

/// GET key
#[command(GET)]
pub fn get(ctx: &Ctx, key: &[u8]) -> Result<Option<Vec<u8>>> {
    ctx.read(key, string_bytes)
}

/// SET key value [NX | XX] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds |
/// PXAT unix-time-milliseconds | KEEPTTL]
#[command(SET)]
pub fn set(
    ctx: &Ctx,
    key: &[u8],
    value: &[u8],
    condition: Option<SetCondition>,
    get: bool,
    expiration: Option<SetExpiration>,
) -> Result<Reply> {
    ctx.write(&[key], |view| {
        let now = view.now();
        let deadline = match expiration {
            None | Some(SetExpiration::Keepttl) => None,
            Some(SetExpiration::Ex(s)) => Some(deadline_ms("set", now, s, 1000, false)?),
            Some(SetExpiration::Px(ms)) => Some(deadline_ms("set", now, ms, 1, false)?),
            Some(SetExpiration::Exat(s)) => Some(deadline_ms("set", now, s, 1000, true)?),
            Some(SetExpiration::Pxat(ms)) => Some(deadline_ms("set", now, ms, 1, true)?),
        };
        let old = view.entry(key);
        let exists = old.is_some();
        let old_value = if get { string_bytes(old.map(|e| &e.value))? } else { None };
        let old_deadline = old.and_then(|e| e.expires_at);
        let allowed = match condition {
            None => true,
            Some(SetCondition::Nx) => !exists,
            Some(SetCondition::Xx) => exists,
        };
        if allowed {
            let expires_at = match expiration {
                Some(SetExpiration::Keepttl) => old_deadline,
                _ => deadline,
            };
            view.insert_entry(key, Entry { value: Value::Str(StrValue::from_bytes(value)), expires_at });
        }
        Ok(match (get, allowed) {
            (true, _) => Reply::from_optional_bytes(old_value),
            (false, true) => Reply::ok(),
            (false, false) => Reply::Nil,
        })
    })
}


/// The largest string a command may build, as Redis's default `proto-max-bulk-len` (512 MiB).
pub const MAX_STRING_LEN: usize = 512 * 1024 * 1024;

/// Redis rejects a stored float longer than this (`MAX_LONG_DOUBLE_CHARS`) before parsing it.
const MAX_FLOAT_CHARS: usize = 5 * 1024;

/// The expiration option of GETEX.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetExExpiration {
    /// Relative, in seconds.
    Ex(i64),
    /// Relative, in milliseconds.
    Px(i64),
    /// Absolute Unix time in seconds.
    Exat(i64),
    /// Absolute Unix time in milliseconds.
    Pxat(i64),
    /// Remove the key's time to live.
    Persist,
}

/// `ERR string exceeds maximum allowed size (proto-max-bulk-len)` unless `len + extra` bytes fit.
fn check_string_length(len: usize, extra: usize) -> Result<()> {
    match len.checked_add(extra) {
        Some(total) if total <= MAX_STRING_LEN => Ok(()),
        _ => Err(Error::reply("ERR string exceeds maximum allowed size (proto-max-bulk-len)")),
    }
}

/// The wrong-arity error a variadic command gets from an empty list through the typed API.
fn wrong_arity(command: &str) -> Error {
    Error::WrongArity { command: command.to_string() }
}

/// Adds `delta` to the integer at `key` (0 when missing), keeping its time to live.
fn incr_generic(ctx: &Ctx, key: &[u8], delta: i64) -> Result<i64> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => {
            view.insert(key, Value::Str(StrValue::Int(delta)));
            Ok(delta)
        }
        Some(Value::Str(s)) => {
            let current = s.as_i64().ok_or(Error::NotInteger)?;
            let next = current.checked_add(delta).ok_or(Error::Overflow)?;
            *s = StrValue::Int(next);
            Ok(next)
        }
        Some(_) => Err(Error::WrongType),
    })
}

/// INCR key
#[command(INCR)]
pub fn incr(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    incr_generic(ctx, key, 1)
}

/// INCRBY key increment
#[command(INCRBY)]
pub fn incr_by(ctx: &Ctx, key: &[u8], increment: i64) -> Result<i64> {
    incr_generic(ctx, key, increment)
}

/// DECR key
#[command(DECR)]
pub fn decr(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    incr_generic(ctx, key, -1)
}

/// DECRBY key decrement
#[command(DECRBY)]
pub fn decr_by(ctx: &Ctx, key: &[u8], decrement: i64) -> Result<i64> {
    let delta = decrement.checked_neg().ok_or_else(|| Error::reply("ERR decrement would overflow"))?;
    incr_generic(ctx, key, delta)
}

/// INCRBYFLOAT key increment
///
/// Redis adds in `long double` and stores `%.17Lf` trimmed; Ferrite adds in `f64` and stores
/// [`parse::format_human_float`] of the sum, which is also what the reply prints.
#[command(INCRBYFLOAT)]
pub fn incr_by_float(ctx: &Ctx, key: &[u8], increment: f64) -> Result<f64> {
    ctx.write(&[key], |view| {
        let current = match view.get_mut(key) {
            None => 0.0,
            Some(Value::Str(s)) => s.with_bytes(|bytes| {
                if bytes.len() >= MAX_FLOAT_CHARS {
                    return None;
                }
                parse::strict_f64(bytes)
            })
            .ok_or(Error::NotFloat)?,
            Some(_) => return Err(Error::WrongType),
        };
        let sum = current + increment;
        if !sum.is_finite() {
            return Err(Error::reply("ERR increment would produce NaN or Infinity"));
        }
        let text = parse::format_human_float(sum);
        let stored = StrValue::from_vec(text.into_bytes());
        match view.get_mut(key) {
            Some(Value::Str(s)) => *s = stored,
            _ => {
                view.insert(key, Value::Str(stored));
            }
        }
        Ok(sum)
    })
}

/// APPEND key value
#[command(APPEND)]
pub fn append(ctx: &Ctx, key: &[u8], value: &[u8]) -> Result<usize> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => {
            view.insert(key, Value::Str(StrValue::from_bytes(value)));
            Ok(value.len())
        }
        Some(Value::Str(s)) => {
            check_string_length(s.len(), value.len())?;
            Ok(s.append(value))
        }
        Some(_) => Err(Error::WrongType),
    })
}

/// STRLEN key
#[command(STRLEN)]
pub fn strlen(ctx: &Ctx, key: &[u8]) -> Result<usize> {
    ctx.read(key, |value| match value {
        None => Ok(0),
        Some(Value::Str(s)) => Ok(s.len()),
        Some(_) => Err(Error::WrongType),
    })
}

/// MGET key [key ...]
///
/// A key that is missing or holds another type gives nil, not an error.
#[command(MGET)]
pub fn mget(ctx: &Ctx, keys: &[&[u8]]) -> Result<Vec<Option<Vec<u8>>>> {
    if keys.is_empty() {
        return Err(wrong_arity("mget"));
    }
    Ok(ctx.read_keys(keys, |view| {
        keys.iter()
            .map(|key| match view.get(key) {
                Some(Value::Str(s)) => Some(s.to_bytes()),
                _ => None,
            })
            .collect()
    }))
}

/// MSET key value [key value ...]
#[command(MSET)]
pub fn mset(ctx: &Ctx, data: &[(&[u8], &[u8])]) -> Result<()> {
    if data.is_empty() {
        return Err(wrong_arity("mset"));
    }
    let keys: Vec<&[u8]> = data.iter().map(|(key, _)| *key).collect();
    ctx.write(&keys, |view| {
        for (key, value) in data {
            view.insert(key, Value::Str(StrValue::from_bytes(value)));
        }
    });
    Ok(())
}

/// MSETNX key value [key value ...]
///
/// Sets every pair only if none of the keys exists.
#[command(MSETNX)]
pub fn msetnx(ctx: &Ctx, data: &[(&[u8], &[u8])]) -> Result<bool> {
    if data.is_empty() {
        return Err(wrong_arity("msetnx"));
    }
    let keys: Vec<&[u8]> = data.iter().map(|(key, _)| *key).collect();
    Ok(ctx.write(&keys, |view| {
        if keys.iter().any(|key| view.get(key).is_some()) {
            return false;
        }
        for (key, value) in data {
            view.insert(key, Value::Str(StrValue::from_bytes(value)));
        }
        true
    }))
}

/// GETDEL key
#[command(GETDEL)]
pub fn getdel(ctx: &Ctx, key: &[u8]) -> Result<Option<Vec<u8>>> {
    ctx.write(&[key], |view| {
        let value = string_bytes(view.get(key))?;
        if value.is_some() {
            view.remove(key);
        }
        Ok(value)
    })
}

/// GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds |
/// PXAT unix-time-milliseconds | PERSIST]
#[command(GETEX)]
pub fn getex(ctx: &Ctx, key: &[u8], expiration: Option<GetExExpiration>) -> Result<Option<Vec<u8>>> {
    ctx.write(&[key], |view| {
        let Some(value) = string_bytes(view.get(key))? else { return Ok(None) };
        let now = view.now();
        let deadline = match expiration {
            None => return Ok(Some(value)),
            Some(GetExExpiration::Persist) => {
                view.set_expires_at(key, None);
                return Ok(Some(value));
            }
            Some(GetExExpiration::Ex(s)) => deadline_ms("getex", now, s, 1000, false)?,
            Some(GetExExpiration::Px(ms)) => deadline_ms("getex", now, ms, 1, false)?,
            Some(GetExExpiration::Exat(s)) => deadline_ms("getex", now, s, 1000, true)?,
            Some(GetExExpiration::Pxat(ms)) => deadline_ms("getex", now, ms, 1, true)?,
        };
        if deadline <= now {
            view.remove(key);
        } else {
            view.set_expires_at(key, Some(deadline));
        }
        Ok(Some(value))
    })
}

/// SETNX key value
#[command(SETNX)]
pub fn setnx(ctx: &Ctx, key: &[u8], value: &[u8]) -> Result<bool> {
    Ok(ctx.write(&[key], |view| {
        if view.get(key).is_some() {
            return false;
        }
        view.insert(key, Value::Str(StrValue::from_bytes(value)));
        true
    }))
}

/// SETEX key seconds value
#[command(SETEX)]
pub fn setex(ctx: &Ctx, key: &[u8], seconds: i64, value: &[u8]) -> Result<()> {
    set_with_deadline(ctx, "setex", key, seconds, 1000, value)
}

/// PSETEX key milliseconds value
#[command(PSETEX)]
pub fn psetex(ctx: &Ctx, key: &[u8], milliseconds: i64, value: &[u8]) -> Result<()> {
    set_with_deadline(ctx, "psetex", key, milliseconds, 1, value)
}

fn set_with_deadline(
    ctx: &Ctx,
    command: &str,
    key: &[u8],
    amount: i64,
    unit_ms: i64,
    value: &[u8],
) -> Result<()> {
    ctx.write(&[key], |view| {
        let deadline = deadline_ms(command, view.now(), amount, unit_ms, false)?;
        let entry = Entry { value: Value::Str(StrValue::from_bytes(value)), expires_at: Some(deadline) };
        view.insert_entry(key, entry);
        Ok(())
    })
}

/// GETSET key value
///
/// Sets the value (dropping any time to live) and returns the old one.
#[command(GETSET)]
pub fn getset(ctx: &Ctx, key: &[u8], value: &[u8]) -> Result<Option<Vec<u8>>> {
    ctx.write(&[key], |view| {
        let old = string_bytes(view.get(key))?;
        view.insert(key, Value::Str(StrValue::from_bytes(value)));
        Ok(old)
    })
}

/// GETRANGE key start end
#[command(GETRANGE)]
pub fn getrange(ctx: &Ctx, key: &[u8], start: i64, end: i64) -> Result<Vec<u8>> {
    ctx.read(key, |value| match value {
        None => Ok(Vec::new()),
        Some(Value::Str(s)) => Ok(s.get_range(start, end)),
        Some(_) => Err(Error::WrongType),
    })
}

/// SETRANGE key offset value
#[command(SETRANGE)]
pub fn setrange(ctx: &Ctx, key: &[u8], offset: i64, value: &[u8]) -> Result<usize> {
    let offset = usize::try_from(offset).map_err(|_| Error::reply("ERR offset is out of range"))?;
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => {
            if value.is_empty() {
                return Ok(0);
            }
            check_string_length(offset, value.len())?;
            let mut bytes = vec![0u8; offset + value.len()];
            bytes[offset..].copy_from_slice(value);
            let len = bytes.len();
            view.insert(key, Value::Str(StrValue::Raw(bytes)));
            Ok(len)
        }
        Some(Value::Str(s)) => {
            if value.is_empty() {
                return Ok(s.len());
            }
            check_string_length(offset, value.len())?;
            Ok(s.set_range(offset, value))
        }
        Some(_) => Err(Error::WrongType),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Keyspace;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn set_then_get_and_options() {
        let ks = Keyspace::new(16);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        assert_eq!(set(&ctx, b"k", b"v", None, false, None).unwrap(), Reply::ok());
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        assert_eq!(set(&ctx, b"k", b"w", Some(SetCondition::Nx), true, None).unwrap(), Reply::Bulk(b"v".to_vec()));
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        assert_eq!(set(&ctx, b"m", b"w", Some(SetCondition::Xx), false, None).unwrap(), Reply::Nil);
        let err = set(&ctx, b"k", b"v", None, false, Some(SetExpiration::Ex(0))).unwrap_err();
        assert_eq!(err.to_string(), "ERR invalid expire time in 'set' command");
    }

    #[test]
    fn expired_key_is_gone() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        set(&ctx, b"k", b"v", None, false, Some(SetExpiration::Px(10))).unwrap();
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        ks.set_fixed_time(Some(1_000_010));
        assert_eq!(get(&ctx, b"k").unwrap(), None);
    }

    #[test]
    fn transaction_rollback_restores() {
        let ks = Keyspace::new(2);
        let db = AtomicUsize::new(0);
        set(&Ctx::new(&ks, &db), b"a", b"1", None, false, None).unwrap();
        {
            let tx = ks.begin();
            let ctx = Ctx::in_tx(&ks, &db, &tx);
            set(&ctx, b"a", b"2", None, false, None).unwrap();
            set(&ctx, b"b", b"3", None, false, None).unwrap();
            assert_eq!(get(&ctx, b"a").unwrap(), Some(b"2".to_vec()));
            tx.rollback();
        }
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(get(&ctx, b"a").unwrap(), Some(b"1".to_vec()));
        assert_eq!(get(&ctx, b"b").unwrap(), None);
    }
}
