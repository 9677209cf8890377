//! Handlers for the keys commands: existence, deletion, expiry, renaming and copying, type,
//! iteration (KEYS, SCAN, RANDOMKEY), and the database-wide commands (DBSIZE, FLUSHDB,
//! FLUSHALL, SELECT).
//!
//! Expiry follows Redis 7.0: deadlines are absolute Unix milliseconds; a deadline at or before
//! the command's clock deletes the key at once; TTL rounds to the nearest second.

use ferrite_macros::command;

use crate::glob;
use crate::keyspace::ReadView;
use crate::{Ctx, Error, KeyType, Result, Value};

/// `ASYNC | SYNC` of FLUSHDB and FLUSHALL. Ferrite always frees synchronously; both are
/// accepted for compatibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlushMode {
    /// Free the memory in the background (in Redis).
    Async,
    /// Free the memory before replying.
    Sync,
}

/// The conditions of EXPIRE, PEXPIRE, EXPIREAT and PEXPIREAT. Redis accepts them in any
/// combination and then rejects the incompatible ones with its own texts, so the table has them
/// as four flags rather than a `oneof`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ExpireConditions {
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
}

impl ExpireConditions {
    /// Redis's compatibility checks, with its texts.
    fn check(self) -> Result<()> {
        if self.nx && (self.xx || self.gt || self.lt) {
            return Err(Error::reply(
                "ERR NX and XX, GT or LT options at the same time are not compatible",
            ));
        }
        if self.gt && self.lt {
            return Err(Error::reply("ERR GT and LT options at the same time are not compatible"));
        }
        Ok(())
    }

    /// Whether a key whose deadline is `current` may get the deadline `when`.
    fn allow(self, current: Option<i64>, when: i64) -> bool {
        if self.nx && current.is_some() {
            return false;
        }
        if self.xx && current.is_none() {
            return false;
        }
        if self.gt && current.map_or(true, |cur| when <= cur) {
            // No deadline counts as an infinite one, which nothing is greater than.
            return false;
        }
        if self.lt && current.is_some_and(|cur| when >= cur) {
            return false;
        }
        true
    }
}

/// The error Redis gives an expire time that overflows.
fn invalid_expire(command: &str) -> Error {
    Error::reply(format!("ERR invalid expire time in '{command}' command"))
}

/// `SELECT`/`COPY ... DB` index checks: Redis parses an `int`, then checks the database exists.
fn db_index(ctx: &Ctx, index: i64) -> Result<usize> {
    if i32::try_from(index).is_err() {
        return Err(Error::reply(
            "ERR value is out of range, value must between -2147483648 and 2147483647",
        ));
    }
    match usize::try_from(index) {
        Ok(db) if db < ctx.num_dbs() => Ok(db),
        _ => Err(Error::reply("ERR DB index is out of range")),
    }
}

fn wrong_arity(command: &str) -> Error {
    Error::WrongArity { command: command.to_string() }
}

/// DEL key [key ...]
#[command(DEL)]
pub fn del(ctx: &Ctx, keys: &[&[u8]]) -> Result<usize> {
    if keys.is_empty() {
        return Err(wrong_arity("del"));
    }
    Ok(ctx.write(keys, |view| keys.iter().filter(|key| view.remove(key).is_some()).count()))
}

/// UNLINK key [key ...]
///
/// The same as DEL: Ferrite frees memory synchronously.
#[command(UNLINK)]
pub fn unlink(ctx: &Ctx, keys: &[&[u8]]) -> Result<usize> {
    if keys.is_empty() {
        return Err(wrong_arity("unlink"));
    }
    Ok(ctx.write(keys, |view| keys.iter().filter(|key| view.remove(key).is_some()).count()))
}

/// EXISTS key [key ...]
///
/// A key named twice is counted twice.
#[command(EXISTS)]
pub fn exists(ctx: &Ctx, keys: &[&[u8]]) -> Result<usize> {
    if keys.is_empty() {
        return Err(wrong_arity("exists"));
    }
    Ok(ctx.read_keys(keys, |view| keys.iter().filter(|key| view.get(key).is_some()).count()))
}

/// The body of the four EXPIRE commands: `amount` in units of `unit_ms`, relative to the clock
/// or absolute.
fn expire_generic(
    ctx: &Ctx,
    command: &str,
    key: &[u8],
    amount: i64,
    unit_ms: i64,
    absolute: bool,
    conditions: ExpireConditions,
) -> Result<bool> {
    conditions.check()?;
    // Checked before the key is touched; negative times are allowed (they delete the key).
    let when = amount.checked_mul(unit_ms).ok_or_else(|| invalid_expire(command))?;
    ctx.write(&[key], |view| {
        let now = view.now();
        let when = if absolute {
            when
        } else {
            when.checked_add(now).ok_or_else(|| invalid_expire(command))?
        };
        let Some(current) = view.expires_at(key) else { return Ok(false) };
        if !conditions.allow(current, when) {
            return Ok(false);
        }
        if when <= now {
            view.remove(key);
        } else {
            view.set_expires_at(key, Some(when));
        }
        Ok(true)
    })
}

/// EXPIRE key seconds [NX] [XX] [GT] [LT]
#[command(EXPIRE)]
pub fn expire(
    ctx: &Ctx,
    key: &[u8],
    seconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) -> Result<bool> {
    expire_generic(ctx, "expire", key, seconds, 1000, false, ExpireConditions { nx, xx, gt, lt })
}

/// PEXPIRE key milliseconds [NX] [XX] [GT] [LT]
#[command(PEXPIRE)]
pub fn pexpire(
    ctx: &Ctx,
    key: &[u8],
    milliseconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) -> Result<bool> {
    expire_generic(ctx, "pexpire", key, milliseconds, 1, false, ExpireConditions { nx, xx, gt, lt })
}

/// EXPIREAT key unix-time-seconds [NX] [XX] [GT] [LT]
#[command(EXPIREAT)]
pub fn expire_at(
    ctx: &Ctx,
    key: &[u8],
    unix_time_seconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) -> Result<bool> {
    let conditions = ExpireConditions { nx, xx, gt, lt };
    expire_generic(ctx, "expireat", key, unix_time_seconds, 1000, true, conditions)
}

/// PEXPIREAT key unix-time-milliseconds [NX] [XX] [GT] [LT]
#[command(PEXPIREAT)]
pub fn pexpire_at(
    ctx: &Ctx,
    key: &[u8],
    unix_time_milliseconds: i64,
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
) -> Result<bool> {
    let conditions = ExpireConditions { nx, xx, gt, lt };
    expire_generic(ctx, "pexpireat", key, unix_time_milliseconds, 1, true, conditions)
}

/// Redis's `ttlGenericCommand`: -2 for a missing key, -1 without a deadline, otherwise the
/// remaining (or absolute) time in milliseconds or in seconds rounded to nearest.
fn ttl_generic(ctx: &Ctx, key: &[u8], in_ms: bool, absolute: bool) -> i64 {
    ctx.read_keys(&[key], |view: &ReadView<'_>| {
        let Some(entry) = view.entry(key) else { return -2 };
        let Some(at) = entry.expires_at else { return -1 };
        let ms = if absolute { at } else { at.saturating_sub(view.now()).max(0) };
        if in_ms {
            ms
        } else {
            ms.saturating_add(500) / 1000
        }
    })
}

/// TTL key
#[command(TTL)]
pub fn ttl(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    Ok(ttl_generic(ctx, key, false, false))
}

/// PTTL key
#[command(PTTL)]
pub fn pttl(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    Ok(ttl_generic(ctx, key, true, false))
}

/// EXPIRETIME key
#[command(EXPIRETIME)]
pub fn expiretime(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    Ok(ttl_generic(ctx, key, false, true))
}

/// PEXPIRETIME key
#[command(PEXPIRETIME)]
pub fn pexpiretime(ctx: &Ctx, key: &[u8]) -> Result<i64> {
    Ok(ttl_generic(ctx, key, true, true))
}

/// PERSIST key
#[command(PERSIST)]
pub fn persist(ctx: &Ctx, key: &[u8]) -> Result<bool> {
    Ok(ctx.write(&[key], |view| match view.expires_at(key) {
        Some(Some(_)) => view.set_expires_at(key, None),
        _ => false,
    }))
}

/// TYPE key
#[command(TYPE)]
pub fn key_type(ctx: &Ctx, key: &[u8]) -> Result<Option<KeyType>> {
    Ok(ctx.read(key, |value| value.map(Value::key_type)))
}

/// KEYS pattern
#[command(KEYS)]
pub fn keys(ctx: &Ctx, pattern: &[u8]) -> Result<Vec<Vec<u8>>> {
    Ok(ctx.read_db(|view| {
        let mut found = Vec::new();
        view.for_each(|key, _| {
            if glob::matches(pattern, key) {
                found.push(key.to_vec());
            }
        });
        found
    }))
}

/// SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]
///
/// The cursor is Ferrite's own (the next key hash to visit), so it differs from Redis's, but the
/// guarantees are Redis's: a key present for the whole iteration is returned exactly once.
/// An unknown TYPE name matches nothing, as in Redis 7.0.
#[command(SCAN)]
pub fn scan(
    ctx: &Ctx,
    cursor: u64,
    pattern: Option<&[u8]>,
    count: Option<i64>,
    key_type: Option<&[u8]>,
) -> Result<(u64, Vec<Vec<u8>>)> {
    let count = match count {
        None => 10,
        Some(n) if n < 1 => return Err(Error::Syntax),
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
    };
    let pattern = pattern.filter(|p| *p != b"*");
    // `None` inside: a TYPE name that no value has, so nothing matches.
    let wanted_type = key_type.map(KeyType::from_name);
    Ok(ctx.read_db(|view| {
        view.scan(cursor, count, |key, value| {
            if let Some(wanted) = wanted_type {
                if wanted != Some(value.key_type()) {
                    return false;
                }
            }
            pattern.map_or(true, |p| glob::matches(p, key))
        })
    }))
}

/// RENAME key newkey
#[command(RENAME)]
pub fn rename(ctx: &Ctx, key: &[u8], newkey: &[u8]) -> Result<()> {
    ctx.write(&[key, newkey], |view| {
        if view.get(key).is_none() {
            return Err(Error::NoSuchKey);
        }
        if key != newkey {
            if let Some(entry) = view.remove(key) {
                view.insert_entry(newkey, entry);
            }
        }
        Ok(())
    })
}

/// RENAMENX key newkey
#[command(RENAMENX)]
pub fn renamenx(ctx: &Ctx, key: &[u8], newkey: &[u8]) -> Result<bool> {
    ctx.write(&[key, newkey], |view| {
        if view.get(key).is_none() {
            return Err(Error::NoSuchKey);
        }
        if key == newkey || view.get(newkey).is_some() {
            return Ok(false);
        }
        match view.remove(key) {
            Some(entry) => {
                view.insert_entry(newkey, entry);
                Ok(true)
            }
            None => Ok(false),
        }
    })
}

/// COPY source destination [DB destination-db] [REPLACE]
///
/// The copy keeps the source's time to live.
#[command(COPY)]
pub fn copy(
    ctx: &Ctx,
    source: &[u8],
    destination: &[u8],
    destination_db: Option<i64>,
    replace: bool,
) -> Result<bool> {
    let src_db = ctx.db();
    let dst_db = match destination_db {
        Some(index) => db_index(ctx, index)?,
        None => src_db,
    };
    if src_db == dst_db && source == destination {
        return Err(Error::reply("ERR source and destination objects are the same"));
    }
    Ok(ctx.write_in(&[(src_db, source), (dst_db, destination)], |view| {
        let Some(entry) = view.entry(source).cloned() else { return false };
        view.set_db(dst_db);
        if view.get(destination).is_some() && !replace {
            return false;
        }
        view.insert_entry(destination, entry);
        true
    }))
}

/// RANDOMKEY
#[command(RANDOMKEY)]
pub fn randomkey(ctx: &Ctx) -> Result<Option<Vec<u8>>> {
    let mut rng = ctx.rng();
    Ok(ctx.read_db(|view| view.random_key(&mut rng)))
}

/// DBSIZE
#[command(DBSIZE)]
pub fn dbsize(ctx: &Ctx) -> Result<usize> {
    Ok(ctx.read_db(|view| view.len()))
}

/// FLUSHDB [ASYNC | SYNC]
#[command(FLUSHDB)]
pub fn flushdb(ctx: &Ctx, mode: Option<FlushMode>) -> Result<()> {
    let _ = mode;
    ctx.write_db(|view| view.clear());
    Ok(())
}

/// FLUSHALL [ASYNC | SYNC]
#[command(FLUSHALL)]
pub fn flushall(ctx: &Ctx, mode: Option<FlushMode>) -> Result<()> {
    let _ = mode;
    let dbs: Vec<usize> = (0..ctx.num_dbs()).collect();
    ctx.write_dbs(&dbs, |view| {
        for db in &dbs {
            view.set_db(*db);
            view.clear();
        }
    });
    Ok(())
}

/// SELECT index
#[command(SELECT)]
pub fn select(ctx: &Ctx, index: i64) -> Result<()> {
    let db = db_index(ctx, index)?;
    ctx.select(db);
    Ok(())
}
