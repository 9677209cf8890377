//! Hand-written conversions the generated methods use: a form's retyped parameters back to the
//! integers the handler takes, and a reply presented as another kind (`reply_to_<kind>`, one per
//! reply kind of ARCHITECTURE.md, read from the wire form `Reply::from_<kind>` produces).
#![allow(dead_code)] // Each function is used only once some form of the table needs it.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ferrite_core::{Error, KeyType, Reply, Result};

/// A duration as whole seconds (saturating).
pub(crate) fn duration_s(value: Duration) -> i64 {
    i64::try_from(value.as_secs()).unwrap_or(i64::MAX)
}

/// A duration as whole milliseconds (saturating).
pub(crate) fn duration_ms(value: Duration) -> i64 {
    i64::try_from(value.as_millis()).unwrap_or(i64::MAX)
}

fn since_epoch(value: SystemTime, unit: fn(Duration) -> i64) -> i64 {
    match value.duration_since(UNIX_EPOCH) {
        Ok(after) => unit(after),
        Err(before) => unit(before.duration()).saturating_neg(),
    }
}

/// A point in time as Unix seconds.
pub(crate) fn unix_time_s(value: SystemTime) -> i64 {
    since_epoch(value, duration_s)
}

/// A point in time as Unix milliseconds.
pub(crate) fn unix_time_ms(value: SystemTime) -> i64 {
    since_epoch(value, duration_ms)
}

fn unexpected<T>(kind: &str, reply: &Reply) -> Result<T> {
    Err(Error::custom(format!(
        "unexpected reply for {kind}: {reply}"
    )))
}

pub(crate) fn reply_to_reply(reply: Reply) -> Result<Reply> {
    Ok(reply)
}

pub(crate) fn reply_to_ok(reply: Reply) -> Result<()> {
    match reply {
        Reply::Status(ref text) if text == "OK" => Ok(()),
        other => unexpected("ok", &other),
    }
}

/// `:1`/`:0`, or SET's `OK`/nil.
pub(crate) fn reply_to_bool(reply: Reply) -> Result<bool> {
    match reply {
        Reply::Integer(n) => Ok(n != 0),
        Reply::Status(ref text) if text == "OK" => Ok(true),
        Reply::Nil => Ok(false),
        other => unexpected("bool", &other),
    }
}

pub(crate) fn reply_to_integer(reply: Reply) -> Result<i64> {
    match reply {
        Reply::Integer(n) => Ok(n),
        other => unexpected("integer", &other),
    }
}

pub(crate) fn reply_to_count(reply: Reply) -> Result<usize> {
    match reply {
        Reply::Integer(n) if n >= 0 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        other => unexpected("count", &other),
    }
}

pub(crate) fn reply_to_optional_count(reply: Reply) -> Result<Option<usize>> {
    match reply {
        Reply::Nil => Ok(None),
        other => reply_to_count(other).map(Some),
    }
}

pub(crate) fn reply_to_optional_integer(reply: Reply) -> Result<Option<i64>> {
    match reply {
        Reply::Nil => Ok(None),
        other => reply_to_integer(other).map(Some),
    }
}

pub(crate) fn reply_to_float(reply: Reply) -> Result<f64> {
    match reply {
        Reply::Bulk(ref bytes) => match ferrite_core::parse::strict_f64(bytes) {
            Some(value) => Ok(value),
            None => unexpected("float", &reply),
        },
        other => unexpected("float", &other),
    }
}

pub(crate) fn reply_to_incr_float(reply: Reply) -> Result<f64> {
    reply_to_float(reply)
}

pub(crate) fn reply_to_optional_float(reply: Reply) -> Result<Option<f64>> {
    match reply {
        Reply::Nil => Ok(None),
        other => reply_to_float(other).map(Some),
    }
}

pub(crate) fn reply_to_bytes(reply: Reply) -> Result<Vec<u8>> {
    match reply {
        Reply::Bulk(bytes) => Ok(bytes),
        other => unexpected("bytes", &other),
    }
}

pub(crate) fn reply_to_optional_bytes(reply: Reply) -> Result<Option<Vec<u8>>> {
    match reply {
        Reply::Nil => Ok(None),
        other => reply_to_bytes(other).map(Some),
    }
}

pub(crate) fn reply_to_optional_string(reply: Reply) -> Result<Option<String>> {
    Ok(match reply_to_optional_bytes(reply)? {
        Some(bytes) => Some(String::from_utf8(bytes)?),
        None => None,
    })
}

fn items(kind: &str, reply: Reply) -> Result<Vec<Reply>> {
    match reply {
        Reply::Array(items) => Ok(items),
        other => unexpected(kind, &other),
    }
}

pub(crate) fn reply_to_list(reply: Reply) -> Result<Vec<Vec<u8>>> {
    items("list", reply)?
        .into_iter()
        .map(reply_to_bytes)
        .collect()
}

pub(crate) fn reply_to_set(reply: Reply) -> Result<HashSet<Vec<u8>>> {
    Ok(reply_to_list(reply)?.into_iter().collect())
}

pub(crate) fn reply_to_optional_list(reply: Reply) -> Result<Option<Vec<Vec<u8>>>> {
    match reply {
        Reply::Nil => Ok(None),
        other => reply_to_list(other).map(Some),
    }
}

pub(crate) fn reply_to_optional_bytes_list(reply: Reply) -> Result<Vec<Option<Vec<u8>>>> {
    items("optional_bytes_list", reply)?
        .into_iter()
        .map(reply_to_optional_bytes)
        .collect()
}

fn pairs<T>(kind: &str, reply: Reply, second: fn(Reply) -> Result<T>) -> Result<Vec<(Vec<u8>, T)>> {
    let items = items(kind, reply)?;
    if items.len() % 2 != 0 {
        return unexpected(kind, &Reply::Array(items));
    }
    let mut out = Vec::with_capacity(items.len() / 2);
    let mut iter = items.into_iter();
    while let (Some(first), Some(value)) = (iter.next(), iter.next()) {
        out.push((reply_to_bytes(first)?, second(value)?));
    }
    Ok(out)
}

pub(crate) fn reply_to_map(reply: Reply) -> Result<HashMap<Vec<u8>, Vec<u8>>> {
    Ok(pairs("map", reply, reply_to_bytes)?.into_iter().collect())
}

pub(crate) fn reply_to_scored_list(reply: Reply) -> Result<Vec<(Vec<u8>, f64)>> {
    pairs("scored_list", reply, reply_to_float)
}

pub(crate) fn reply_to_bool_list(reply: Reply) -> Result<Vec<bool>> {
    items("bool_list", reply)?
        .into_iter()
        .map(reply_to_bool)
        .collect()
}

pub(crate) fn reply_to_integer_list(reply: Reply) -> Result<Vec<i64>> {
    items("integer_list", reply)?
        .into_iter()
        .map(reply_to_integer)
        .collect()
}

pub(crate) fn reply_to_optional_float_list(reply: Reply) -> Result<Vec<Option<f64>>> {
    items("optional_float_list", reply)?
        .into_iter()
        .map(reply_to_optional_float)
        .collect()
}

pub(crate) fn reply_to_key_type(reply: Reply) -> Result<Option<KeyType>> {
    match reply {
        Reply::Status(ref text) if text == "none" => Ok(None),
        Reply::Status(ref text) => match KeyType::from_name(text.as_bytes()) {
            Some(ty) => Ok(Some(ty)),
            None => unexpected("key_type", &reply),
        },
        other => unexpected("key_type", &other),
    }
}

pub(crate) fn reply_to_cursor_page(reply: Reply) -> Result<(u64, Vec<Vec<u8>>)> {
    let mut parts = items("cursor_page", reply)?.into_iter();
    match (parts.next(), parts.next(), parts.next()) {
        (Some(cursor), Some(page), None) => {
            let cursor = ferrite_core::parse::cursor(&reply_to_bytes(cursor)?)?;
            Ok((cursor, reply_to_list(page)?))
        }
        _ => Err(Error::custom("unexpected reply for cursor_page")),
    }
}

fn optional_duration(reply: Reply, unit: fn(u64) -> Duration) -> Result<Option<Duration>> {
    match reply {
        Reply::Integer(-2 | -1) => Ok(None),
        Reply::Integer(n) if n >= 0 => Ok(Some(unit(n.unsigned_abs()))),
        other => unexpected("optional_duration", &other),
    }
}

/// TTL: `-2` (no key) and `-1` (no expiry) are `None`.
pub(crate) fn reply_to_optional_duration_s(reply: Reply) -> Result<Option<Duration>> {
    optional_duration(reply, Duration::from_secs)
}

/// PTTL: `-2` (no key) and `-1` (no expiry) are `None`.
pub(crate) fn reply_to_optional_duration_ms(reply: Reply) -> Result<Option<Duration>> {
    optional_duration(reply, Duration::from_millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttl_replies_become_durations() {
        assert_eq!(
            reply_to_optional_duration_s(Reply::Integer(-2)).unwrap(),
            None
        );
        assert_eq!(
            reply_to_optional_duration_s(Reply::Integer(-1)).unwrap(),
            None
        );
        assert_eq!(
            reply_to_optional_duration_ms(Reply::Integer(1500)).unwrap(),
            Some(Duration::from_millis(1500))
        );
    }

    #[test]
    fn every_kind_reads_its_own_wire_form() {
        assert_eq!(
            reply_to_map(Reply::from_map(vec![(b"f".to_vec(), b"v".to_vec())]))
                .unwrap()
                .len(),
            1
        );
        assert_eq!(
            reply_to_scored_list(Reply::from_scored_list(vec![(b"m".to_vec(), 1.5)])).unwrap()[0].1,
            1.5
        );
        assert_eq!(
            reply_to_cursor_page(Reply::from_cursor_page((7, vec![b"k".to_vec()])))
                .unwrap()
                .0,
            7
        );
        assert_eq!(reply_to_key_type(Reply::from_key_type(None)).unwrap(), None);
        assert_eq!(
            reply_to_float(Reply::from_float(f64::INFINITY)).unwrap(),
            f64::INFINITY
        );
        assert!(reply_to_ok(Reply::Nil).is_err());
    }

    #[test]
    fn times_before_the_epoch_are_negative() {
        let before = UNIX_EPOCH - Duration::from_secs(5);
        assert_eq!(unix_time_s(before), -5);
        assert_eq!(unix_time_ms(UNIX_EPOCH + Duration::from_millis(1234)), 1234);
    }
}
