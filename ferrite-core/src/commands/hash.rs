//! Handlers for the hash commands.
//!
//! Every handler checks its arguments before it touches the key, then the key's type
//! (`WRONGTYPE`), then the stored data, in the order redis-server 7.0 does. Writes never leave an
//! empty hash behind (the view deletes one that a write emptied).

use ferrite_macros::command;

use crate::keyspace::View;
use crate::value::HashValue;
use crate::{parse, Ctx, Error, Result, Value};

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
            view.insert(key, Value::Hash(HashValue::new()));
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
        let result = add_float_text(&current, delta)
            .ok_or_else(|| Error::reply("ERR increment would produce NaN or Infinity"))?;
        hash.insert(field, parse::format_human_float(result).as_bytes());
        Ok(result)
    })
}

/// Redis reads a stored float into a buffer of this many bytes (`MAX_LONG_DOUBLE_CHARS`); a
/// longer value is "not a float".
const MAX_FLOAT_TEXT: usize = 5 * 1024;

/// `current + delta` as (H)INCRBYFLOAT computes it, or `None` when the sum is not finite.
///
/// Redis adds in `long double` and prints the sum with 17 fractional digits, trimmed. Ferrite
/// adds the two numbers' decimal forms (the stored text and the shortest text of `delta`)
/// exactly, rounds to 17 fractional digits the same way, and returns the nearest `f64`. So
/// `0.1 + 0.2` is `0.3` and `1e-18` is `0`, as in Redis; only sums whose long-double error
/// reaches the 17th fractional digit (magnitudes of about 1000 and more with a fraction) differ.
pub(crate) fn add_float_text(current: &[u8], delta: f64) -> Option<f64> {
    let exact = (|| {
        let a = Decimal::parse(current)?;
        let b = Decimal::parse(format!("{delta:e}").as_bytes())?;
        let sum = a.add(&b).round_fraction(17);
        parse::strict_f64(sum.to_fixed().as_bytes())
    })();
    let result = match exact {
        Some(value) => value,
        // Texts that are floats but not plain decimals (`inf`, long exponents): plain f64.
        None => parse::strict_f64(current)? + delta,
    };
    let result = if result == 0.0 { 0.0 } else { result };
    result.is_finite().then_some(result)
}

/// An exact decimal: (-1)^negative * digits * 10^exponent, digits most significant first.
#[derive(Clone, Debug)]
struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    exponent: i64,
}

impl Decimal {
    /// Parses `[+-]digits[.digits][(e|E)[+-]digits]`; `None` for anything else (or an exponent
    /// so large the digits would not fit in memory).
    fn parse(text: &[u8]) -> Option<Decimal> {
        let (negative, rest) = match text.first()? {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let (mantissa, exp_text) = match rest.iter().position(|b| *b == b'e' || *b == b'E') {
            Some(at) => (&rest[..at], Some(&rest[at + 1..])),
            None => (rest, None),
        };
        let mut exponent: i64 = match exp_text {
            None => 0,
            Some(t) => {
                let t = t.strip_prefix(b"+").unwrap_or(t);
                let (neg, d) = match t.strip_prefix(b"-") {
                    Some(d) => (true, d),
                    None => (false, t),
                };
                if d.is_empty() || d.len() > 6 || !d.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let n: i64 = std::str::from_utf8(d).ok()?.parse().ok()?;
                if neg {
                    -n
                } else {
                    n
                }
            }
        };
        let mut digits = Vec::with_capacity(mantissa.len());
        let mut seen_dot = false;
        let mut any_digit = false;
        for &b in mantissa {
            match b {
                b'0'..=b'9' => {
                    any_digit = true;
                    digits.push(b - b'0');
                    if seen_dot {
                        exponent -= 1;
                    }
                }
                b'.' if !seen_dot => seen_dot = true,
                _ => return None,
            }
        }
        if !any_digit || exponent.abs() > 20_000 {
            return None;
        }
        let first = digits.iter().position(|d| *d != 0).unwrap_or(digits.len());
        digits.drain(..first);
        Some(Decimal {
            negative,
            digits,
            exponent,
        })
    }

    /// The digits scaled to `exponent` (which must not exceed `self.exponent`).
    fn scaled(&self, exponent: i64) -> Vec<u8> {
        let mut digits = self.digits.clone();
        digits.resize(digits.len() + (self.exponent - exponent) as usize, 0);
        digits
    }

    fn add(&self, other: &Decimal) -> Decimal {
        let exponent = self.exponent.min(other.exponent);
        let a = self.scaled(exponent);
        let b = other.scaled(exponent);
        if self.negative == other.negative {
            return Decimal {
                negative: self.negative,
                digits: add_digits(&a, &b),
                exponent,
            };
        }
        match cmp_digits(&a, &b) {
            std::cmp::Ordering::Less => Decimal {
                negative: other.negative,
                digits: sub_digits(&b, &a),
                exponent,
            },
            _ => Decimal {
                negative: self.negative,
                digits: sub_digits(&a, &b),
                exponent,
            },
        }
    }

    /// Rounds to `places` fractional digits, half away from zero.
    fn round_fraction(mut self, places: i64) -> Decimal {
        let drop = -places - self.exponent;
        if drop <= 0 {
            return self;
        }
        let drop = drop as usize;
        let (keep, round_up) = if drop > self.digits.len() {
            (Vec::new(), false)
        } else {
            let keep = self.digits[..self.digits.len() - drop].to_vec();
            (keep, self.digits[self.digits.len() - drop] >= 5)
        };
        self.digits = if round_up {
            add_digits(&keep, &[1])
        } else {
            keep
        };
        self.exponent = -places;
        self
    }

    /// Fixed-point text without trailing fractional zeros, `0` for zero.
    fn to_fixed(&self) -> String {
        let first = self.digits.iter().position(|d| *d != 0);
        let Some(first) = first else {
            return "0".into();
        };
        let digits: String = self.digits[first..]
            .iter()
            .map(|d| char::from(b'0' + d))
            .collect();
        let mut out = String::new();
        if self.negative {
            out.push('-');
        }
        if self.exponent >= 0 {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', self.exponent as usize));
            return out;
        }
        let frac = (-self.exponent) as usize;
        if digits.len() > frac {
            out.push_str(&digits[..digits.len() - frac]);
            out.push('.');
            out.push_str(&digits[digits.len() - frac..]);
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', frac - digits.len()));
            out.push_str(&digits);
        }
        let trimmed = out.trim_end_matches('0').trim_end_matches('.');
        trimmed.to_string()
    }
}

fn cmp_digits(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let strip = |d: &[u8]| d.iter().position(|x| *x != 0).map_or(0, |p| d.len() - p);
    let (la, lb) = (strip(a), strip(b));
    la.cmp(&lb)
        .then_with(|| a[a.len() - la..].cmp(&b[b.len() - lb..]))
}

fn add_digits(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let (mut i, mut j, mut carry) = (a.len(), b.len(), 0u8);
    while i > 0 || j > 0 || carry > 0 {
        let mut sum = carry;
        if i > 0 {
            i -= 1;
            sum += a[i];
        }
        if j > 0 {
            j -= 1;
            sum += b[j];
        }
        out.push(sum % 10);
        carry = sum / 10;
    }
    out.reverse();
    out
}

/// `a - b` for `a >= b`.
fn sub_digits(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len());
    let (mut i, mut j, mut borrow) = (a.len(), b.len(), 0i8);
    while i > 0 {
        i -= 1;
        let mut d = a[i] as i8 - borrow;
        if j > 0 {
            j -= 1;
            d -= b[j] as i8;
        }
        borrow = i8::from(d < 0);
        out.push((d + 10 * borrow) as u8);
    }
    out.reverse();
    out
}

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
    use crate::Keyspace;
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
        let add = |a: &str, d: f64| add_float_text(a.as_bytes(), d).map(parse::format_human_float);
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
