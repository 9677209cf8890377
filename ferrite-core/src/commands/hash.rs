//! Handlers for the hash commands.
//!
//! Every handler checks its arguments before it touches the key, then the key's type
//! (`WRONGTYPE`), then the stored data, in the order redis-server 7.0 does. Writes never leave an
//! empty hash behind (the view deletes one that a write emptied).

use ferrite_macros::command;

use crate::keyspace::View;
use crate::value::HashValue;
use crate::{parse, Ctx, Error, Reply, Result, Value};

/// The hash stored at `key`, `None` when the key is missing, or WRONGTYPE.
fn read_hash(value: Option<&Value>) -> Result<Option<&HashValue>> {
    match value {
        None => Ok(None),
        Some(Value::Hash(hash)) => Ok(Some(hash)),
        Some(_) => Err(Error::WrongType),
    }
}

/// The hash at `key` for writing: WRONGTYPE for another type; a missing key is created empty
/// when `create` (the view deletes it again if the write leaves it empty), else `None`.
fn write_hash<'v>(
    view: &'v mut View<'_>,
    key: &[u8],
    create: bool,
) -> Result<Option<&'v mut HashValue>> {
    match view.get(key) {
        Some(Value::Hash(_)) => {}
        Some(_) => return Err(Error::WrongType),
        None if create => {
            view.insert(key, Value::hash(HashValue::new()));
        }
        None => return Ok(None),
    }
    match view.get_mut(key) {
        Some(Value::Hash(hash)) => Ok(Some(hash)),
        _ => Ok(None),
    }
}

/// Redis's arity error for a variadic command called with nothing to work on (what the typed
/// API gets for an empty slice, as `execute` does for the equivalent argv).
fn need_some<T>(items: &[T], command: &str) -> Result<()> {
    if items.is_empty() {
        return Err(Error::WrongArity {
            command: command.into(),
        });
    }
    Ok(())
}

fn set_pairs(ctx: &Ctx, key: &[u8], pairs: &[(&[u8], &[u8])]) -> Result<usize> {
    ctx.write(&[key], |view| {
        let Some(hash) = write_hash(view, key, true)? else {
            return Ok(0);
        };
        Ok(pairs
            .iter()
            .filter(|(field, value)| hash.insert(field, value))
            .count())
    })
}

/// HSET key field value [field value ...]
#[command(HSET)]
pub fn hset(ctx: &Ctx, key: &[u8], pairs: &[(&[u8], &[u8])]) -> Result<usize> {
    need_some(pairs, "hset")?;
    set_pairs(ctx, key, pairs)
}

/// HGET key field
#[command(HGET)]
pub fn hget(ctx: &Ctx, key: &[u8], field: &[u8]) -> Result<Option<Vec<u8>>> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?
            .and_then(|h| h.get(field))
            .map(<[u8]>::to_vec))
    })
}

/// HMSET key field value [field value ...]
#[command(HMSET)]
pub fn hmset(ctx: &Ctx, key: &[u8], pairs: &[(&[u8], &[u8])]) -> Result<()> {
    need_some(pairs, "hmset")?;
    set_pairs(ctx, key, pairs).map(|_| ())
}

/// HMGET key field [field ...]
#[command(HMGET)]
pub fn hmget(ctx: &Ctx, key: &[u8], fields: &[&[u8]]) -> Result<Vec<Option<Vec<u8>>>> {
    need_some(fields, "hmget")?;
    ctx.read(key, |value| {
        let hash = read_hash(value)?;
        Ok(fields
            .iter()
            .map(|f| hash.and_then(|h| h.get(f)).map(<[u8]>::to_vec))
            .collect())
    })
}

/// HGETALL key
#[command(HGETALL)]
pub fn hgetall(ctx: &Ctx, key: &[u8]) -> Result<Vec<(Vec<u8>, Vec<u8>)>> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?
            .map(|h| h.iter().map(|(f, v)| (f.to_vec(), v.to_vec())).collect())
            .unwrap_or_default())
    })
}

/// HDEL key field [field ...]
#[command(HDEL)]
pub fn hdel(ctx: &Ctx, key: &[u8], fields: &[&[u8]]) -> Result<usize> {
    need_some(fields, "hdel")?;
    ctx.write(&[key], |view| {
        let Some(hash) = write_hash(view, key, false)? else {
            return Ok(0);
        };
        Ok(fields.iter().filter(|field| hash.remove(field)).count())
    })
}

/// HEXISTS key field
#[command(HEXISTS)]
pub fn hexists(ctx: &Ctx, key: &[u8], field: &[u8]) -> Result<bool> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?.is_some_and(|h| h.contains(field)))
    })
}

/// HINCRBY key field increment
#[command(HINCRBY)]
pub fn hincrby(ctx: &Ctx, key: &[u8], field: &[u8], delta: i64) -> Result<i64> {
    ctx.write(&[key], |view| {
        let Some(hash) = write_hash(view, key, true)? else {
            return Ok(0);
        };
        let current = match hash.get(field) {
            None => 0,
            Some(text) => parse::canonical_i64(text)
                .ok_or_else(|| Error::reply("ERR hash value is not an integer"))?,
        };
        let result = current.checked_add(delta).ok_or(Error::Overflow)?;
        let mut buf = [0u8; 20];
        hash.insert(field, parse::format_i64(result, &mut buf));
        Ok(result)
    })
}

/// HINCRBYFLOAT key field increment
#[command(HINCRBYFLOAT)]
pub fn hincrbyfloat(ctx: &Ctx, key: &[u8], field: &[u8], delta: f64) -> Result<f64> {
    if !delta.is_finite() {
        return Err(Error::reply("ERR value is NaN or Infinity"));
    }
    hincrbyfloat_with(ctx, key, field, Increment::Finite(delta))
}

/// `HINCRBYFLOAT` from argv. Redis parses the increment as a `long double` before it looks the
/// key up, so an increment that a long double cannot hold (or a NaN, `inf`) fails first. An
/// increment only a long double can hold (`1e400`, `1e-400`) passes that check in Redis, and
/// the key lookup comes next (WRONGTYPE for another type); see [`Increment::LongDoubleOnly`].
pub fn hincrbyfloat_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let (Some(key), Some(field), Some(text), None) =
        (argv.get(1), argv.get(2), argv.get(3), argv.get(4))
    else {
        return Err(Error::WrongArity {
            command: "hincrbyfloat".into(),
        });
    };
    let increment = match parse::float(text) {
        Ok(delta) if !delta.is_finite() => {
            return Err(Error::reply("ERR value is NaN or Infinity"));
        }
        Ok(delta) if text.len() < MAX_FLOAT_TEXT => Increment::Finite(delta),
        Ok(_) => return Err(Error::NotFloat),
        Err(_) if long_double_only(text) => Increment::LongDoubleOnly,
        Err(err) => return Err(err),
    };
    hincrbyfloat_with(ctx, key, field, increment).map(Reply::from_incr_float)
}

/// The increment of HINCRBYFLOAT, once Redis's checks before the key lookup have passed.
#[derive(Clone, Copy, Debug)]
enum Increment {
    /// A finite `f64`.
    Finite(f64),
    /// A value out of `f64`'s range that a long double holds (`1e400`, `1e-400`). Redis adds
    /// it; Ferrite, which computes in `f64`, cannot. After the type and stored-value checks it
    /// replies what Redis replies where Redis fails (a stored infinity: the sum is not finite),
    /// and `ERR value is not a valid float` where Redis succeeds (COMPATIBILITY.md).
    LongDoubleOnly,
}

/// HINCRBYFLOAT after the increment's own checks: key type, stored value, sum, in Redis's order.
fn hincrbyfloat_with(ctx: &Ctx, key: &[u8], field: &[u8], increment: Increment) -> Result<f64> {
    let not_finite = || Error::reply("ERR increment would produce NaN or Infinity");
    ctx.write(&[key], |view| {
        let Some(hash) = write_hash(view, key, true)? else {
            return Ok(0.0);
        };
        let current = match hash.get(field) {
            None => b"0".to_vec(),
            Some(text) => {
                if text.len() >= MAX_FLOAT_TEXT || parse::strict_f64(text).is_none() {
                    return Err(Error::reply("ERR hash value is not a float"));
                }
                text.to_vec()
            }
        };
        let delta = match increment {
            Increment::Finite(delta) => delta,
            Increment::LongDoubleOnly => {
                let infinite = parse::strict_f64(&current).is_some_and(f64::is_infinite);
                return Err(if infinite {
                    not_finite()
                } else {
                    Error::NotFloat
                });
            }
        };
        let result = parse::add_float_text(&current, delta).ok_or_else(not_finite)?;
        hash.insert(field, parse::format_human_float(result).as_bytes());
        Ok(result)
    })
}

/// True for a text that Redis's `string2ld` accepts but that is out of `f64`'s range: the whole
/// text is a C float, without leading space, shorter than `MAX_FLOAT_TEXT`, and the value
/// overflows or underflows to zero as a double but not as an x86-64 long double (whose largest
/// value is just below 2^16384 and whose smallest, subnormal, is 2^-16445; half of that and less
/// rounds to zero).
fn long_double_only(text: &[u8]) -> bool {
    let Some(&first) = text.first() else {
        return false;
    };
    let scanned = parse::strtod(text);
    if text.len() >= MAX_FLOAT_TEXT
        || matches!(first, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
        || scanned.consumed != text.len()
        || scanned.value.is_nan()
        || !scanned.range_error
    {
        return false;
    }
    log2_magnitude(text).is_some_and(|log2| log2 > -16446.0 && log2 < 16384.0)
}

/// log2 of the magnitude of a decimal (`1.5e400`) or hexadecimal (`0x1.8p3`) float literal with
/// a non-zero digit, to about 12 significant digits; `None` when the text is not one.
fn log2_magnitude(text: &[u8]) -> Option<f64> {
    let text = match text.first() {
        Some(b'+' | b'-') => &text[1..],
        _ => text,
    };
    let hex = text.len() >= 2 && text[..2].eq_ignore_ascii_case(b"0x");
    let (body, radix, letter) = if hex {
        (&text[2..], 16u32, b'p')
    } else {
        (text, 10, b'e')
    };
    let (mantissa, exponent) = match body.iter().position(|b| b.to_ascii_lowercase() == letter) {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, &b""[..]),
    };
    let exponent = {
        let (negative, digits) = match exponent.first() {
            Some(b'-') => (true, &exponent[1..]),
            Some(b'+') => (false, &exponent[1..]),
            _ => (false, exponent),
        };
        let mut value: i64 = 0;
        for &d in digits {
            value = value
                .saturating_mul(10)
                .saturating_add(i64::from(d.checked_sub(b'0')?));
            value = value.min(1 << 40);
        }
        if negative {
            -value
        } else {
            value
        }
    };
    // The value is significand * radix^lead: the significand is in [1, radix), from the first
    // 17 significant digits; `lead` is the power of the first non-zero digit.
    let (mut significand, mut scale, mut used) = (0.0f64, 1.0f64, 0);
    let (mut lead, mut position, mut seen) = (0i64, 0i64, false);
    let mut after_point = false;
    for &b in mantissa {
        if b == b'.' {
            after_point = true;
            continue;
        }
        let digit = (b as char).to_digit(radix)?;
        if after_point {
            position -= 1;
        }
        if !seen && digit == 0 {
            continue;
        }
        if !seen {
            seen = true;
            lead = if after_point { position } else { 0 };
        } else if !after_point {
            lead += 1;
        }
        if used < 17 {
            significand += f64::from(digit) * scale;
            scale /= f64::from(radix);
            used += 1;
        }
    }
    if !seen {
        return None;
    }
    Some(if hex {
        (4 * lead + exponent) as f64 + significand.log2()
    } else {
        (lead + exponent) as f64 * std::f64::consts::LOG2_10 + significand.log2()
    })
}

/// Redis reads a stored float into a buffer of this many bytes (`MAX_LONG_DOUBLE_CHARS`); a
/// longer value is "not a float".
const MAX_FLOAT_TEXT: usize = 5 * 1024;

/// HKEYS key
#[command(HKEYS)]
pub fn hkeys(ctx: &Ctx, key: &[u8]) -> Result<Vec<Vec<u8>>> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?
            .map(|h| h.keys().map(<[u8]>::to_vec).collect())
            .unwrap_or_default())
    })
}

/// HVALS key
#[command(HVALS)]
pub fn hvals(ctx: &Ctx, key: &[u8]) -> Result<Vec<Vec<u8>>> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?
            .map(|h| h.values().map(<[u8]>::to_vec).collect())
            .unwrap_or_default())
    })
}

/// HLEN key
#[command(HLEN)]
pub fn hlen(ctx: &Ctx, key: &[u8]) -> Result<usize> {
    ctx.read(key, |value| Ok(read_hash(value)?.map_or(0, HashValue::len)))
}

/// HSETNX key field value
#[command(HSETNX)]
pub fn hsetnx(ctx: &Ctx, key: &[u8], field: &[u8], value: &[u8]) -> Result<bool> {
    ctx.write(&[key], |view| {
        let Some(hash) = write_hash(view, key, true)? else {
            return Ok(false);
        };
        if hash.contains(field) {
            return Ok(false);
        }
        Ok(hash.insert(field, value))
    })
}

/// HSTRLEN key field
#[command(HSTRLEN)]
pub fn hstrlen(ctx: &Ctx, key: &[u8], field: &[u8]) -> Result<usize> {
    ctx.read(key, |value| {
        Ok(read_hash(value)?
            .and_then(|h| h.get(field))
            .map_or(0, <[u8]>::len))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::string::{get, set};
    use crate::{Keyspace, Reply};
    use std::sync::atomic::AtomicUsize;

    const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

    fn with_ctx(f: impl FnOnce(&Ctx)) {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        f(&Ctx::new(&ks, &db));
    }

    fn err<T: std::fmt::Debug>(res: Result<T>) -> String {
        res.unwrap_err().to_string()
    }

    fn b(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }

    #[test]
    fn set_get_and_order() {
        with_ctx(|ctx| {
            assert_eq!(hset(ctx, b"h", &[(b"a", b"1"), (b"b", b"2")]).unwrap(), 2);
            assert_eq!(
                hset(ctx, b"h", &[(b"a", b"3"), (b"c", b"4"), (b"c", b"5")]).unwrap(),
                1
            );
            assert_eq!(hget(ctx, b"h", b"a").unwrap(), Some(b("3")));
            assert_eq!(hget(ctx, b"h", b"zz").unwrap(), None);
            assert_eq!(hget(ctx, b"missing", b"a").unwrap(), None);
            assert_eq!(
                hgetall(ctx, b"h").unwrap(),
                vec![(b("a"), b("3")), (b("b"), b("2")), (b("c"), b("5"))]
            );
            assert_eq!(hkeys(ctx, b"h").unwrap(), vec![b("a"), b("b"), b("c")]);
            assert_eq!(hvals(ctx, b"h").unwrap(), vec![b("3"), b("2"), b("5")]);
            assert_eq!(hlen(ctx, b"h").unwrap(), 3);
            assert_eq!(
                hmget(ctx, b"h", &[b"c", b"x", b"a"]).unwrap(),
                vec![Some(b("5")), None, Some(b("3"))]
            );
            assert_eq!(hmget(ctx, b"nope", &[b"c"]).unwrap(), vec![None]);
            hmset(ctx, b"h", &[(b"d", b"6")]).unwrap();
            assert_eq!(hstrlen(ctx, b"h", b"d").unwrap(), 1);
            assert_eq!(hstrlen(ctx, b"h", b"zz").unwrap(), 0);
            assert!(hexists(ctx, b"h", b"d").unwrap());
            assert!(!hexists(ctx, b"h", b"zz").unwrap());
            assert!(!hexists(ctx, b"nope", b"d").unwrap());
            assert!(!hsetnx(ctx, b"h", b"d", b"7").unwrap());
            assert!(hsetnx(ctx, b"h", b"e", b"7").unwrap());
            assert!(hsetnx(ctx, b"new", b"e", b"7").unwrap());
            assert!(hgetall(ctx, b"missing").unwrap().is_empty());
            assert!(hkeys(ctx, b"missing").unwrap().is_empty());
            assert_eq!(hlen(ctx, b"missing").unwrap(), 0);
        });
    }

    #[test]
    fn hdel_deletes_empty_hash() {
        with_ctx(|ctx| {
            hset(ctx, b"h", &[(b"a", b"1"), (b"b", b"2")]).unwrap();
            assert_eq!(hdel(ctx, b"h", &[b"a", b"zz", b"a"]).unwrap(), 1);
            assert_eq!(hdel(ctx, b"missing", &[b"a"]).unwrap(), 0);
            assert_eq!(hdel(ctx, b"h", &[b"b"]).unwrap(), 1);
            assert!(ctx.read(b"h", |v| v.is_none()));
        });
    }

    #[test]
    fn wrong_type_everywhere() {
        with_ctx(|ctx| {
            set(ctx, b"s", b"x", None, false, None).unwrap();
            assert_eq!(err(hset(ctx, b"s", &[(b"f", b"v")])), WRONGTYPE);
            assert_eq!(err(hmset(ctx, b"s", &[(b"f", b"v")])), WRONGTYPE);
            assert_eq!(err(hget(ctx, b"s", b"f")), WRONGTYPE);
            assert_eq!(err(hmget(ctx, b"s", &[b"f"])), WRONGTYPE);
            assert_eq!(err(hgetall(ctx, b"s")), WRONGTYPE);
            assert_eq!(err(hdel(ctx, b"s", &[b"f"])), WRONGTYPE);
            assert_eq!(err(hexists(ctx, b"s", b"f")), WRONGTYPE);
            assert_eq!(err(hincrby(ctx, b"s", b"f", 1)), WRONGTYPE);
            assert_eq!(err(hincrbyfloat(ctx, b"s", b"f", 1.0)), WRONGTYPE);
            assert_eq!(err(hkeys(ctx, b"s")), WRONGTYPE);
            assert_eq!(err(hvals(ctx, b"s")), WRONGTYPE);
            assert_eq!(err(hlen(ctx, b"s")), WRONGTYPE);
            assert_eq!(err(hsetnx(ctx, b"s", b"f", b"v")), WRONGTYPE);
            assert_eq!(err(hstrlen(ctx, b"s", b"f")), WRONGTYPE);
            assert_eq!(get(ctx, b"s").unwrap(), Some(b("x")));
        });
    }

    #[test]
    fn empty_variadics_are_arity_errors() {
        with_ctx(|ctx| {
            assert_eq!(
                err(hset(ctx, b"h", &[])),
                "ERR wrong number of arguments for 'hset' command"
            );
            assert_eq!(
                err(hmset(ctx, b"h", &[])),
                "ERR wrong number of arguments for 'hmset' command"
            );
            assert_eq!(
                err(hdel(ctx, b"h", &[])),
                "ERR wrong number of arguments for 'hdel' command"
            );
            assert_eq!(
                err(hmget(ctx, b"h", &[])),
                "ERR wrong number of arguments for 'hmget' command"
            );
            assert!(ctx.read(b"h", |v| v.is_none()));
        });
    }

    #[test]
    fn hincrby_rules() {
        with_ctx(|ctx| {
            assert_eq!(hincrby(ctx, b"h", b"n", 5).unwrap(), 5);
            assert_eq!(hincrby(ctx, b"h", b"n", -7).unwrap(), -2);
            assert_eq!(hget(ctx, b"h", b"n").unwrap(), Some(b("-2")));
            hset(
                ctx,
                b"h",
                &[
                    (b"max", b"9223372036854775807"),
                    (b"min", b"-9223372036854775808"),
                ],
            )
            .unwrap();
            assert_eq!(
                err(hincrby(ctx, b"h", b"max", 1)),
                "ERR increment or decrement would overflow"
            );
            assert_eq!(
                err(hincrby(ctx, b"h", b"min", -1)),
                "ERR increment or decrement would overflow"
            );
            assert_eq!(hincrby(ctx, b"h", b"max", -1).unwrap(), i64::MAX - 1);
            for bad in ["x", "1.5", " 1", "01", "", "99999999999999999999"] {
                hset(ctx, b"h", &[(b"bad", bad.as_bytes())]).unwrap();
                assert_eq!(
                    err(hincrby(ctx, b"h", b"bad", 1)),
                    "ERR hash value is not an integer"
                );
            }
            // An increment by zero still creates the field, as in Redis.
            assert_eq!(hincrby(ctx, b"fresh", b"f", 0).unwrap(), 0);
            assert_eq!(hget(ctx, b"fresh", b"f").unwrap(), Some(b("0")));
        });
    }

    #[test]
    fn hincrbyfloat_rules() {
        with_ctx(|ctx| {
            assert_eq!(hincrbyfloat(ctx, b"h", b"f", 10.5).unwrap(), 10.5);
            assert_eq!(hincrbyfloat(ctx, b"h", b"f", 0.1).unwrap(), 10.6);
            assert_eq!(hget(ctx, b"h", b"f").unwrap(), Some(b("10.6")));
            assert_eq!(hincrbyfloat(ctx, b"h", b"g", 0.1).unwrap(), 0.1);
            assert_eq!(hincrbyfloat(ctx, b"h", b"g", 0.2).unwrap(), 0.3);
            assert_eq!(hget(ctx, b"h", b"g").unwrap(), Some(b("0.3")));
            assert_eq!(hincrbyfloat(ctx, b"h", b"g", -0.3).unwrap(), 0.0);
            assert_eq!(hget(ctx, b"h", b"g").unwrap(), Some(b("0")));
            assert_eq!(hincrbyfloat(ctx, b"h", b"t", 1e-18).unwrap(), 0.0);
            assert_eq!(hincrbyfloat(ctx, b"h", b"e", 5.0e3).unwrap(), 5000.0);
            assert_eq!(hget(ctx, b"h", b"e").unwrap(), Some(b("5000")));
            assert_eq!(hincrbyfloat(ctx, b"h", b"z", 1e20).unwrap(), 1e20);
            assert_eq!(
                hget(ctx, b"h", b"z").unwrap(),
                Some(b("100000000000000000000"))
            );
            hset(
                ctx,
                b"h",
                &[
                    (b"int", b"5"),
                    (b"exp", b"1.5e2"),
                    (b"inf", b"inf"),
                    (b"bad", b"abc"),
                ],
            )
            .unwrap();
            assert_eq!(hincrbyfloat(ctx, b"h", b"int", 0.25).unwrap(), 5.25);
            assert_eq!(hincrbyfloat(ctx, b"h", b"exp", 1.0).unwrap(), 151.0);
            assert_eq!(
                err(hincrbyfloat(ctx, b"h", b"bad", 1.0)),
                "ERR hash value is not a float"
            );
            assert_eq!(
                err(hincrbyfloat(ctx, b"h", b"inf", 1.0)),
                "ERR increment would produce NaN or Infinity"
            );
            assert_eq!(
                err(hincrbyfloat(ctx, b"h", b"x", f64::INFINITY)),
                "ERR value is NaN or Infinity"
            );
            assert_eq!(
                err(hincrbyfloat(ctx, b"h", b"x", f64::NAN)),
                "ERR value is NaN or Infinity"
            );
            hset(ctx, b"h", &[(b"huge", b"1.7e308")]).unwrap();
            assert_eq!(
                err(hincrbyfloat(ctx, b"h", b"huge", 1.7e308)),
                "ERR increment would produce NaN or Infinity"
            );
            assert_eq!(hget(ctx, b"h", b"huge").unwrap(), Some(b("1.7e308")));
        });
    }

    #[test]
    fn hincrbyfloat_argv_checks_the_type_before_refusing_a_long_double_only_increment() {
        with_ctx(|ctx| {
            let run = |args: &[&str]| {
                let argv: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
                hincrbyfloat_argv(ctx, &argv)
            };
            let not_float = "ERR value is not a valid float";
            set(ctx, b"s", b"x", None, false, None).unwrap();
            // Redis accepts these as long doubles, then finds the wrong type.
            for increment in [
                "1e400",
                "-1e400",
                "1e-400",
                "0x1p16383",
                "1.9e-4951",
                "1e4932",
            ] {
                assert_eq!(err(run(&["HINCRBYFLOAT", "s", "f", increment])), WRONGTYPE);
            }
            // Ferrite cannot compute with them (COMPATIBILITY.md): not a valid float, after the
            // type check, and the missing key is not created.
            assert_eq!(err(run(&["HINCRBYFLOAT", "h", "f", "1e400"])), not_float);
            assert_eq!(err(run(&["HINCRBYFLOAT", "h", "f", "1e-400"])), not_float);
            assert!(ctx.read(b"h", |v| v.is_none()));
            // Where Redis fails on the stored value or the sum, so does Ferrite, with its text.
            hset(
                ctx,
                b"v",
                &[(b"inf", b"inf"), (b"ninf", b"-inf"), (b"bad", b"abc")],
            )
            .unwrap();
            let infinite = "ERR increment would produce NaN or Infinity";
            assert_eq!(err(run(&["HINCRBYFLOAT", "v", "inf", "1e400"])), infinite);
            assert_eq!(err(run(&["HINCRBYFLOAT", "v", "inf", "-1e400"])), infinite);
            assert_eq!(err(run(&["HINCRBYFLOAT", "v", "ninf", "1e-400"])), infinite);
            assert_eq!(
                err(run(&["HINCRBYFLOAT", "v", "bad", "1e400"])),
                "ERR hash value is not a float"
            );
            assert_eq!(hget(ctx, b"v", b"inf").unwrap(), Some(b("inf")));
            // Not even a long double, or NaN / infinite: refused before the key is looked up.
            for increment in [
                "1e5000",
                "1.19e4932",
                "0x1p16384",
                "1.8e-4951",
                "0x1p-16446",
                "abc",
                "nan",
                " 1",
                "1 ",
                "0x",
                "1e400x",
                "",
            ] {
                assert_eq!(
                    err(run(&["HINCRBYFLOAT", "s", "f", increment])),
                    not_float,
                    "{increment:?}"
                );
            }
            for increment in ["inf", "-inf", "+Infinity"] {
                assert_eq!(
                    err(run(&["HINCRBYFLOAT", "s", "f", increment])),
                    "ERR value is NaN or Infinity"
                );
            }
            let long_one = format!("1.{}", "0".repeat(MAX_FLOAT_TEXT));
            assert_eq!(err(run(&["HINCRBYFLOAT", "s", "f", &long_one])), not_float);
            // The ordinary path.
            assert_eq!(
                run(&["HINCRBYFLOAT", "h", "f", "1.5"]).unwrap(),
                Reply::Bulk(b("1.5"))
            );
            assert_eq!(
                run(&["HINCRBYFLOAT", "h", "f", "0x10"]).unwrap(),
                Reply::Bulk(b("17.5"))
            );
            assert!(run(&["HINCRBYFLOAT", "h", "f"]).is_err());
            assert!(run(&["HINCRBYFLOAT", "h", "f", "1", "2"]).is_err());
        });
    }

    #[test]
    fn log2_of_float_literals() {
        let close = |text: &str, expected: f64| {
            let got = log2_magnitude(text.as_bytes()).unwrap();
            assert!((got - expected).abs() < 1e-9, "{text}: {got} != {expected}");
        };
        close("1", 0.0);
        close("8", 3.0);
        close("-0.25", -2.0);
        close("000.0625e0", -4.0);
        close("1024e-1", (102.4f64).log2());
        close("1e400", 400.0 * std::f64::consts::LOG2_10);
        close("0x1p16383", 16383.0);
        close("0x.8p1", 0.0);
        close("0X10.0P-4", 0.0);
        assert_eq!(log2_magnitude(b"0"), None);
        assert_eq!(log2_magnitude(b"0x0p9"), None);
    }

    #[test]
    fn transaction_rollback_restores_hash() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        hset(&Ctx::new(&ks, &db), b"h", &[(b"a", b"1")]).unwrap();
        {
            let tx = ks.begin();
            let ctx = Ctx::in_tx(&ks, &db, &tx);
            hset(&ctx, b"h", &[(b"b", b"2")]).unwrap();
            hdel(&ctx, b"h", &[b"a"]).unwrap();
            hincrby(&ctx, b"new", b"n", 1).unwrap();
            assert_eq!(hgetall(&ctx, b"h").unwrap(), vec![(b("b"), b("2"))]);
            tx.rollback();
        }
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(hgetall(&ctx, b"h").unwrap(), vec![(b("a"), b("1"))]);
        assert_eq!(hlen(&ctx, b"new").unwrap(), 0);
    }

    #[test]
    fn decimal_addition() {
        let add =
            |a: &str, d: f64| parse::add_float_text(a.as_bytes(), d).map(parse::format_human_float);
        assert_eq!(add("0.1", 0.2).as_deref(), Some("0.3"));
        assert_eq!(add("1.1", 2.2).as_deref(), Some("3.3"));
        assert_eq!(add("3.25", 2.5).as_deref(), Some("5.75"));
        assert_eq!(add("-1", 0.5).as_deref(), Some("-0.5"));
        assert_eq!(add("0.5", -1.0).as_deref(), Some("-0.5"));
        assert_eq!(add("0", -0.0).as_deref(), Some("0"));
        assert_eq!(add("99999999.99", 0.01).as_deref(), Some("100000000"));
        assert_eq!(add("1e-7", 0.0).as_deref(), Some("0.0000001"));
        assert_eq!(add("5e-18", 0.0).as_deref(), Some("0.00000000000000001"));
        assert_eq!(add(".5", 0.0).as_deref(), Some("0.5"));
        assert_eq!(add("+2.", 0.0).as_deref(), Some("2"));
        assert_eq!(add("inf", -1.0), None);
    }
}
