//! Handlers for the string commands.

use ferrite_macros::command;

use crate::keyspace::Entry;
use crate::value::StrValue;
use crate::{Ctx, Error, Reply, Result, Value};

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
