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
    let invalid = || Error::invalid_expire(command);
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

/// An argument as Redis's C code compares an option token: up to its first NUL byte
/// (`strcasecmp` and `opt[2] == '\0'` stop there).
pub(crate) fn c_str(arg: &[u8]) -> &[u8] {
    arg.split(|&b| b == 0).next().unwrap_or_default()
}

/// The expiry tokens of SET and GETEX that take a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ExpiryToken {
    Ex,
    Px,
    Exat,
    Pxat,
}

impl ExpiryToken {
    fn parse(token: &[u8]) -> Option<ExpiryToken> {
        [
            (&b"EX"[..], ExpiryToken::Ex),
            (b"PX", ExpiryToken::Px),
            (b"EXAT", ExpiryToken::Exat),
            (b"PXAT", ExpiryToken::Pxat),
        ]
        .into_iter()
        .find(|(name, _)| token.eq_ignore_ascii_case(name))
        .map(|(_, kind)| kind)
    }
}

/// The options of SET or GETEX after Redis's syntactic scan: the expiry value is kept as text,
/// because Redis converts it only later (SET: after the scan; GETEX: after the key lookup).
#[derive(Debug, Default)]
struct ExtendedArgs<'a> {
    condition: Option<SetCondition>,
    get: bool,
    keepttl: bool,
    persist: bool,
    expiry: Option<(ExpiryToken, &'a [u8])>,
}

impl<'a> ExtendedArgs<'a> {
    /// Redis's `parseExtendedStringArgumentsOrReply`: left to right; a token that is unknown,
    /// not allowed for the command, in conflict with an earlier one (repeating the same one is
    /// allowed, the last value wins), or an expiry token without a value is `ERR syntax error`.
    fn scan(options: &[&'a [u8]], for_set: bool) -> Result<ExtendedArgs<'a>> {
        let mut out = ExtendedArgs::default();
        let mut i = 0;
        while i < options.len() {
            let token = c_str(options[i]);
            let next = options.get(i + 1).copied();
            let expiry = out.expiry.map(|(kind, _)| kind);
            let is = |name: &str| token.eq_ignore_ascii_case(name.as_bytes());
            if for_set && is("NX") && out.condition != Some(SetCondition::Xx) {
                out.condition = Some(SetCondition::Nx);
            } else if for_set && is("XX") && out.condition != Some(SetCondition::Nx) {
                out.condition = Some(SetCondition::Xx);
            } else if for_set && is("GET") {
                out.get = true;
            } else if for_set && is("KEEPTTL") && expiry.is_none() {
                out.keepttl = true;
            } else if !for_set && is("PERSIST") && expiry.is_none() {
                out.persist = true;
            } else {
                match (ExpiryToken::parse(token), next) {
                    (Some(kind), Some(value))
                        if !out.keepttl
                            && !out.persist
                            && !matches!(expiry, Some(earlier) if earlier != kind) =>
                    {
                        out.expiry = Some((kind, value));
                        i += 1;
                    }
                    _ => return Err(Error::Syntax),
                }
            }
            i += 1;
        }
        Ok(out)
    }

    /// The expiry value converted (`ERR value is not an integer or out of range`), as
    /// `(token, amount)`.
    fn expiry_value(&self) -> Result<Option<(ExpiryToken, i64)>> {
        self.expiry
            .map(|(kind, text)| parse::integer(text).map(|amount| (kind, amount)))
            .transpose()
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
        // The clock is read only for a relative expiry: a plain SET never needs it.
        let deadline = match expiration {
            None | Some(SetExpiration::Keepttl) => None,
            Some(SetExpiration::Ex(s)) => Some(deadline_ms("set", view.now(), s, 1000, false)?),
            Some(SetExpiration::Px(ms)) => Some(deadline_ms("set", view.now(), ms, 1, false)?),
            Some(SetExpiration::Exat(s)) => Some(deadline_ms("set", 0, s, 1000, true)?),
            Some(SetExpiration::Pxat(ms)) => Some(deadline_ms("set", 0, ms, 1, true)?),
        };
        let old = view.entry(key);
        let exists = old.is_some();
        let old_value = if get {
            string_bytes(old.map(|e| &e.value))?
        } else {
            None
        };
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
            view.insert_entry(
                key,
                Entry {
                    value: Value::Str(StrValue::from_bytes(value)),
                    expires_at,
                },
            );
        }
        Ok(match (get, allowed) {
            (true, _) => Reply::from_optional_bytes(old_value),
            (false, true) => Reply::ok(),
            (false, false) => Reply::Nil,
        })
    })
}

/// `SET` from argv (`custom_parse`): Redis scans every option syntactically before it converts
/// the EX/PX/EXAT/PXAT value (`SET k v EX abc FOO` is a syntax error), then runs as [`set`].
pub fn set_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let [_, key, value, options @ ..] = argv else {
        return Err(wrong_arity("set"));
    };
    let args = ExtendedArgs::scan(options, true)?;
    let expiration = if args.keepttl {
        Some(SetExpiration::Keepttl)
    } else {
        args.expiry_value()?.map(|(kind, amount)| match kind {
            ExpiryToken::Ex => SetExpiration::Ex(amount),
            ExpiryToken::Px => SetExpiration::Px(amount),
            ExpiryToken::Exat => SetExpiration::Exat(amount),
            ExpiryToken::Pxat => SetExpiration::Pxat(amount),
        })
    };
    set(ctx, key, value, args.condition, args.get, expiration)
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
        _ => Err(Error::reply(
            "ERR string exceeds maximum allowed size (proto-max-bulk-len)",
        )),
    }
}

/// The wrong-arity error a variadic command gets from an empty list through the typed API.
fn wrong_arity(command: &str) -> Error {
    Error::WrongArity {
        command: command.to_string(),
    }
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
    let delta = decrement
        .checked_neg()
        .ok_or_else(|| Error::reply("ERR decrement would overflow"))?;
    incr_generic(ctx, key, delta)
}

/// Whether `text`, which [`parse::strict_f64`] rejects, is a number that C's `strtold` accepts
/// because only an x87 long double holds it: beyond f64's range but below about 1.19e4932
/// (`0x1p16384`), or below f64's smallest subnormal but at least about 1.82e-4951 (half of the
/// smallest long double subnormal, which rounds up to it). Redis reads such a stored value as a
/// number. Hexadecimal floats are bounded by `0x1p16384` and (exclusive) `0x1p-16446`. The
/// limits are compared on the first 16 significant digits.
fn long_double_only(text: &[u8]) -> bool {
    let scan = parse::strtod(text);
    // Redis rejects an empty text and one that starts with C white space (`isspace`).
    let empty_or_space = match text.first() {
        Some(b) => matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        None => true,
    };
    if empty_or_space || scan.consumed != text.len() || scan.value.is_nan() || !scan.range_error {
        return false;
    }
    let unsigned = text
        .strip_prefix(b"-")
        .or_else(|| text.strip_prefix(b"+"))
        .unwrap_or(text);
    let hex = unsigned.len() > 1 && unsigned[1].eq_ignore_ascii_case(&b'x');
    let (base, body, marker) = if hex {
        (16, &unsigned[2..], b'p')
    } else {
        (10, unsigned, b'e')
    };
    let (mantissa, exponent) = match body.iter().position(|b| b.eq_ignore_ascii_case(&marker)) {
        Some(at) => (&body[..at], &body[at + 1..]),
        None => (body, &b""[..]),
    };
    // The explicit exponent, saturated (strtod has checked its syntax).
    let (negative, digits) = match exponent.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, exponent),
    };
    let explicit = digits
        .iter()
        .filter_map(|&d| char::from(d).to_digit(10))
        .fold(0i64, |acc, d| {
            acc.saturating_mul(10).saturating_add(i64::from(d))
        });
    let explicit = if negative { -explicit } else { explicit };
    // value = m * base^e with 1 <= m < base, from the significant digits.
    let int_len = mantissa
        .iter()
        .position(|&b| b == b'.')
        .unwrap_or(mantissa.len());
    let digits: Vec<u32> = mantissa
        .iter()
        .filter_map(|&b| char::from(b).to_digit(base))
        .collect();
    let Some(first) = digits.iter().position(|&d| d != 0) else {
        return false;
    };
    let mut m = 0.0f64;
    let mut scale = 1.0f64;
    for &d in digits[first..].iter().take(16) {
        m += f64::from(d) * scale;
        scale /= f64::from(base);
    }
    let e = int_len as i64 - 1 - first as i64;
    if hex {
        // In powers of two: 16^e * m = 2^(4e + k) * (m / 2^k), k = floor(log2(leading digit)).
        let k = 31 - digits[first].leading_zeros();
        let e2 = e
            .saturating_mul(4)
            .saturating_add(i64::from(k))
            .saturating_add(explicit);
        let m2 = m / f64::from(1u32 << k);
        if e2 >= 0 {
            e2 < 16384
        } else {
            e2 > -16446 || (e2 == -16446 && m2 > 1.0)
        }
    } else {
        let e10 = e.saturating_add(explicit);
        if e10 >= 0 {
            e10 < 4932 || (e10 == 4932 && m < 1.189_731_495_357_231_8)
        } else {
            e10 > -4951 || (e10 == -4951 && m > 1.822_599_765_941_237_3)
        }
    }
}

/// INCRBYFLOAT key increment
///
/// Redis adds in `long double` and stores the sum printed with 17 fractional digits, trimmed;
/// Ferrite adds the decimal texts exactly and rounds the same way ([`parse::add_float_text`]),
/// so `0.1 + 0.2` is `0.3` and `1e-300` is `0`, as in Redis.
#[command(INCRBYFLOAT)]
pub fn incr_by_float(ctx: &Ctx, key: &[u8], increment: f64) -> Result<f64> {
    incr_by_float_inner(ctx, key, || Ok(LongDouble::F64(increment)))
}

/// `INCRBYFLOAT` from argv (`custom_parse`): as Redis, the key's type and current value are
/// checked before the increment is parsed.
pub fn incr_by_float_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let [_, key, increment] = argv else {
        return Err(wrong_arity("incrbyfloat"));
    };
    incr_by_float_inner(ctx, key, || {
        LongDouble::read(increment).ok_or(Error::NotFloat)
    })
    .map(Reply::from_incr_float)
}

/// An INCRBYFLOAT operand as Redis's `strtold` reads it.
#[derive(Clone, Copy, Debug)]
enum LongDouble {
    /// A number f64 holds (infinities included).
    F64(f64),
    /// A finite number only a long double holds ([`long_double_only`]).
    Beyond,
}

impl LongDouble {
    /// `None` where Redis replies `ERR value is not a valid float`.
    fn read(text: &[u8]) -> Option<LongDouble> {
        match parse::strict_f64(text) {
            Some(value) => Some(LongDouble::F64(value)),
            None => long_double_only(text).then_some(LongDouble::Beyond),
        }
    }
}

/// The body of INCRBYFLOAT; `increment` is evaluated after the type and value checks.
fn incr_by_float_inner(
    ctx: &Ctx,
    key: &[u8],
    increment: impl FnOnce() -> Result<LongDouble>,
) -> Result<f64> {
    let nan_or_infinity = || Error::reply("ERR increment would produce NaN or Infinity");
    ctx.write(&[key], |view| {
        let (current, current_value) = match view.get_mut(key) {
            None => (b"0".to_vec(), LongDouble::F64(0.0)),
            Some(Value::Str(s)) => s
                .with_bytes(|bytes| {
                    let value = (bytes.len() < MAX_FLOAT_CHARS)
                        .then(|| LongDouble::read(bytes))
                        .flatten()?;
                    Some((bytes.to_vec(), value))
                })
                .ok_or(Error::NotFloat)?,
            Some(_) => return Err(Error::WrongType),
        };
        let increment = match (current_value, increment()?) {
            (LongDouble::F64(_), LongDouble::F64(increment)) => increment,
            // With an operand only a long double holds, Redis's sum is infinite when the other
            // operand is; otherwise (bar two operands near the long double limit) it is a number
            // f64 cannot hold, which Ferrite does not store (COMPATIBILITY.md).
            (LongDouble::F64(other), LongDouble::Beyond)
            | (LongDouble::Beyond, LongDouble::F64(other))
                if other.is_infinite() =>
            {
                return Err(nan_or_infinity())
            }
            _ => return Err(Error::NotFloat),
        };
        if !increment.is_finite() {
            return Err(nan_or_infinity());
        }
        let sum = parse::add_float_text(&current, increment).ok_or_else(nan_or_infinity)?;
        let stored = StrValue::from_vec(parse::format_human_float(sum).into_bytes());
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
pub fn getex(
    ctx: &Ctx,
    key: &[u8],
    expiration: Option<GetExExpiration>,
) -> Result<Option<Vec<u8>>> {
    getex_inner(ctx, key, || Ok(expiration))
}

/// `GETEX` from argv (`custom_parse`), in Redis's order: the options syntactically, then the
/// key lookup (a missing key is nil, another type WRONGTYPE), then the expiry value.
pub fn getex_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let [_, key, options @ ..] = argv else {
        return Err(wrong_arity("getex"));
    };
    let args = ExtendedArgs::scan(options, false)?;
    let expiration = || {
        if args.persist {
            return Ok(Some(GetExExpiration::Persist));
        }
        Ok(args.expiry_value()?.map(|(kind, amount)| match kind {
            ExpiryToken::Ex => GetExExpiration::Ex(amount),
            ExpiryToken::Px => GetExExpiration::Px(amount),
            ExpiryToken::Exat => GetExExpiration::Exat(amount),
            ExpiryToken::Pxat => GetExExpiration::Pxat(amount),
        }))
    };
    getex_inner(ctx, key, expiration).map(Reply::from_optional_bytes)
}

/// The body of GETEX; `expiration` is evaluated once the key is known to hold a string.
fn getex_inner(
    ctx: &Ctx,
    key: &[u8],
    expiration: impl FnOnce() -> Result<Option<GetExExpiration>>,
) -> Result<Option<Vec<u8>>> {
    ctx.write(&[key], |view| {
        let Some(value) = string_bytes(view.get(key))? else {
            return Ok(None);
        };
        let now = view.now();
        let deadline = match expiration()? {
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
        let entry = Entry {
            value: Value::Str(StrValue::from_bytes(value)),
            expires_at: Some(deadline),
        };
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
        assert_eq!(
            set(&ctx, b"k", b"v", None, false, None).unwrap(),
            Reply::ok()
        );
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        assert_eq!(
            set(&ctx, b"k", b"w", Some(SetCondition::Nx), true, None).unwrap(),
            Reply::Bulk(b"v".to_vec())
        );
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        assert_eq!(
            set(&ctx, b"m", b"w", Some(SetCondition::Xx), false, None).unwrap(),
            Reply::Nil
        );
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

    fn setup() -> (Keyspace, AtomicUsize) {
        (Keyspace::new(2), AtomicUsize::new(0))
    }

    /// Plants a value of another type (an empty list, which stays because `write_db` names no
    /// key) to exercise WRONGTYPE paths without the list commands.
    fn plant_list(ctx: &Ctx, key: &[u8]) {
        ctx.write_db(|view| {
            view.insert(key, Value::list(crate::value::ListValue::new()));
        });
    }

    fn err<T: std::fmt::Debug>(res: Result<T>) -> String {
        res.unwrap_err().to_string()
    }

    const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

    #[test]
    fn incr_family() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(incr(&ctx, b"n").unwrap(), 1);
        assert_eq!(incr_by(&ctx, b"n", 10).unwrap(), 11);
        assert_eq!(decr(&ctx, b"n").unwrap(), 10);
        assert_eq!(decr_by(&ctx, b"n", -5).unwrap(), 15);
        assert_eq!(get(&ctx, b"n").unwrap(), Some(b"15".to_vec()));
        assert_eq!(
            err(decr_by(&ctx, b"n", i64::MIN)),
            "ERR decrement would overflow"
        );
        set(&ctx, b"max", b"9223372036854775807", None, false, None).unwrap();
        assert_eq!(
            err(incr(&ctx, b"max")),
            "ERR increment or decrement would overflow"
        );
        assert_eq!(incr_by(&ctx, b"max", 0).unwrap(), i64::MAX);
        set(&ctx, b"min", b"-9223372036854775808", None, false, None).unwrap();
        assert_eq!(
            err(decr(&ctx, b"min")),
            "ERR increment or decrement would overflow"
        );
        assert_eq!(
            err(incr_by(&ctx, b"min", -1)),
            "ERR increment or decrement would overflow"
        );
        for bad in [
            &b"hello"[..],
            b"01",
            b" 1",
            b"1.5",
            b"",
            b"9223372036854775808",
        ] {
            set(&ctx, b"s", bad, None, false, None).unwrap();
            assert_eq!(
                err(incr(&ctx, b"s")),
                "ERR value is not an integer or out of range"
            );
        }
        // Raw bytes that happen to be an integer (built by APPEND) still count.
        append(&ctx, b"r", b"1").unwrap();
        append(&ctx, b"r", b"2").unwrap();
        assert_eq!(incr(&ctx, b"r").unwrap(), 13);
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(incr(&ctx, b"l")), WRONGTYPE);
        plant_list(&ctx, b"l");
        assert_eq!(err(decr_by(&ctx, b"l", 1)), WRONGTYPE);
    }

    #[test]
    fn incr_keeps_ttl() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        set(&ctx, b"n", b"1", None, false, Some(SetExpiration::Px(500))).unwrap();
        incr(&ctx, b"n").unwrap();
        incr_by_float(&ctx, b"n", 0.5).unwrap();
        append(&ctx, b"n", b"0").unwrap();
        setrange(&ctx, b"n", 0, b"3").unwrap();
        let deadline = ctx.read_keys(&[b"n"], |view| view.entry(b"n").and_then(|e| e.expires_at));
        assert_eq!(deadline, Some(1_000_500));
        assert_eq!(get(&ctx, b"n").unwrap(), Some(b"3.50".to_vec()));
    }

    #[test]
    fn incr_by_float_rules() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(incr_by_float(&ctx, b"f", 1.5).unwrap(), 1.5);
        assert_eq!(incr_by_float(&ctx, b"f", 1e3).unwrap(), 1001.5);
        assert_eq!(incr_by_float(&ctx, b"f", -1001.5).unwrap(), 0.0);
        assert_eq!(get(&ctx, b"f").unwrap(), Some(b"0".to_vec()));
        set(&ctx, b"g", b"10.50", None, false, None).unwrap();
        assert_eq!(incr_by_float(&ctx, b"g", 0.1).unwrap(), 10.6);
        assert_eq!(get(&ctx, b"g").unwrap(), Some(b"10.6".to_vec()));
        assert_eq!(
            err(incr_by_float(&ctx, b"g", f64::INFINITY)),
            "ERR increment would produce NaN or Infinity"
        );
        assert_eq!(get(&ctx, b"g").unwrap(), Some(b"10.6".to_vec()));
        set(&ctx, b"big", b"1.7e308", None, false, None).unwrap();
        assert_eq!(
            err(incr_by_float(&ctx, b"big", 1.7e308)),
            "ERR increment would produce NaN or Infinity"
        );
        for bad in [&b"hello"[..], b"", b" 1", b"1 ", b"nan", b"1e400"] {
            set(&ctx, b"s", bad, None, false, None).unwrap();
            assert_eq!(
                err(incr_by_float(&ctx, b"s", 1.0)),
                "ERR value is not a valid float"
            );
        }
        let mut long = b"1".to_vec();
        long.resize(1 + MAX_FLOAT_CHARS, b'0');
        set(&ctx, b"s", &long, None, false, None).unwrap();
        assert_eq!(
            err(incr_by_float(&ctx, b"s", 1.0)),
            "ERR value is not a valid float"
        );
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(incr_by_float(&ctx, b"l", 1.0)), WRONGTYPE);
    }

    #[test]
    fn append_and_strlen() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(append(&ctx, b"k", b"").unwrap(), 0);
        assert_eq!(get(&ctx, b"k").unwrap(), Some(Vec::new()));
        assert_eq!(append(&ctx, b"k", b"hello").unwrap(), 5);
        assert_eq!(append(&ctx, b"k", b" world").unwrap(), 11);
        assert_eq!(strlen(&ctx, b"k").unwrap(), 11);
        assert_eq!(strlen(&ctx, b"missing").unwrap(), 0);
        set(&ctx, b"n", b"-12", None, false, None).unwrap();
        assert_eq!(strlen(&ctx, b"n").unwrap(), 3);
        assert_eq!(append(&ctx, b"n", b"3").unwrap(), 4);
        assert_eq!(get(&ctx, b"n").unwrap(), Some(b"-123".to_vec()));
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(append(&ctx, b"l", b"x")), WRONGTYPE);
        plant_list(&ctx, b"l");
        assert_eq!(err(strlen(&ctx, b"l")), WRONGTYPE);
    }

    #[test]
    fn string_length_limit() {
        let too_long = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";
        assert!(check_string_length(MAX_STRING_LEN - 1, 1).is_ok());
        assert_eq!(err(check_string_length(MAX_STRING_LEN, 1)), too_long);
        assert_eq!(err(check_string_length(usize::MAX, 2)), too_long);
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(err(setrange(&ctx, b"k", 536_870_912, b"x")), too_long);
        assert_eq!(err(setrange(&ctx, b"k", 536_870_911, b"xy")), too_long);
        assert_eq!(err(setrange(&ctx, b"k", i64::MAX, b"x")), too_long);
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        set(&ctx, b"k", b"v", None, false, None).unwrap();
        assert_eq!(err(setrange(&ctx, b"k", i64::MAX, b"x")), too_long);
        // Setting nothing never checks the size.
        assert_eq!(setrange(&ctx, b"k", i64::MAX, b"").unwrap(), 1);
    }

    #[test]
    fn setrange_rules() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(
            err(setrange(&ctx, b"k", -1, b"x")),
            "ERR offset is out of range"
        );
        assert_eq!(setrange(&ctx, b"k", 5, b"").unwrap(), 0);
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        assert_eq!(setrange(&ctx, b"k", 3, b"abc").unwrap(), 6);
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"\0\0\0abc".to_vec()));
        assert_eq!(setrange(&ctx, b"k", 1, b"Z").unwrap(), 6);
        assert_eq!(get(&ctx, b"k").unwrap(), Some(b"\0Z\0abc".to_vec()));
        set(&ctx, b"n", b"123", None, false, None).unwrap();
        assert_eq!(setrange(&ctx, b"n", 1, b"9").unwrap(), 3);
        assert_eq!(incr(&ctx, b"n").unwrap(), 194);
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(setrange(&ctx, b"l", 0, b"x")), WRONGTYPE);
        plant_list(&ctx, b"l");
        assert_eq!(err(setrange(&ctx, b"l", 5, b"")), WRONGTYPE);
        // The offset is checked before the key.
        assert_eq!(
            err(setrange(&ctx, b"l", -1, b"x")),
            "ERR offset is out of range"
        );
    }

    #[test]
    fn getrange_rules() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        set(&ctx, b"k", b"hello", None, false, None).unwrap();
        assert_eq!(getrange(&ctx, b"k", 0, -1).unwrap(), b"hello");
        assert_eq!(getrange(&ctx, b"k", -100, -50).unwrap(), b"h");
        assert_eq!(getrange(&ctx, b"k", -1, -3).unwrap(), b"");
        assert_eq!(getrange(&ctx, b"missing", 0, -1).unwrap(), b"");
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(getrange(&ctx, b"l", 0, -1)), WRONGTYPE);
    }

    #[test]
    fn multi_key_commands() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        mset(&ctx, &[(b"a", b"1"), (b"b", b"2"), (b"a", b"3")]).unwrap();
        plant_list(&ctx, b"l");
        assert_eq!(
            mget(&ctx, &[b"a", b"b", b"c", b"l", b"a"]).unwrap(),
            vec![
                Some(b"3".to_vec()),
                Some(b"2".to_vec()),
                None,
                None,
                Some(b"3".to_vec())
            ]
        );
        assert!(!msetnx(&ctx, &[(b"x", b"1"), (b"a", b"1")]).unwrap());
        assert_eq!(get(&ctx, b"x").unwrap(), None);
        plant_list(&ctx, b"l");
        assert!(!msetnx(&ctx, &[(b"l", b"1")]).unwrap());
        assert!(msetnx(&ctx, &[(b"x", b"1"), (b"y", b"2"), (b"x", b"3")]).unwrap());
        assert_eq!(get(&ctx, b"x").unwrap(), Some(b"3".to_vec()));
        // MSET replaces a value of any type and drops its time to live.
        set(&ctx, b"t", b"v", None, false, Some(SetExpiration::Ex(100))).unwrap();
        plant_list(&ctx, b"l");
        mset(&ctx, &[(b"l", b"v"), (b"t", b"w")]).unwrap();
        assert_eq!(get(&ctx, b"l").unwrap(), Some(b"v".to_vec()));
        let deadline = ctx.read_keys(&[b"t"], |view| view.entry(b"t").and_then(|e| e.expires_at));
        assert_eq!(deadline, None);
        assert_eq!(
            err(mget(&ctx, &[])),
            "ERR wrong number of arguments for 'mget' command"
        );
        assert_eq!(
            err(mset(&ctx, &[])),
            "ERR wrong number of arguments for 'mset' command"
        );
        assert_eq!(
            err(msetnx(&ctx, &[])),
            "ERR wrong number of arguments for 'msetnx' command"
        );
    }

    #[test]
    fn getdel_getset_setnx() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        assert_eq!(getdel(&ctx, b"k").unwrap(), None);
        set(&ctx, b"k", b"v", None, false, None).unwrap();
        assert_eq!(getdel(&ctx, b"k").unwrap(), Some(b"v".to_vec()));
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(err(getdel(&ctx, b"l")), WRONGTYPE);
        plant_list(&ctx, b"l");
        assert_eq!(err(getset(&ctx, b"l", b"v")), WRONGTYPE);
        assert_eq!(getset(&ctx, b"k", b"1").unwrap(), None);
        assert_eq!(getset(&ctx, b"k", b"2").unwrap(), Some(b"1".to_vec()));
        assert!(!setnx(&ctx, b"k", b"3").unwrap());
        plant_list(&ctx, b"l");
        assert!(!setnx(&ctx, b"l", b"3").unwrap());
        assert!(setnx(&ctx, b"new", b"3").unwrap());
        assert_eq!(get(&ctx, b"new").unwrap(), Some(b"3".to_vec()));
    }

    #[test]
    fn setex_and_psetex() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        setex(&ctx, b"k", 10, b"v").unwrap();
        psetex(&ctx, b"p", 10, b"v").unwrap();
        let deadline =
            |key: &[u8]| ctx.read_keys(&[key], |v| v.entry(key).and_then(|e| e.expires_at));
        assert_eq!(deadline(b"k"), Some(1_010_000));
        assert_eq!(deadline(b"p"), Some(1_000_010));
        for bad in [0, -1] {
            assert_eq!(
                err(setex(&ctx, b"k", bad, b"v")),
                "ERR invalid expire time in 'setex' command"
            );
            assert_eq!(
                err(psetex(&ctx, b"k", bad, b"v")),
                "ERR invalid expire time in 'psetex' command"
            );
        }
        assert_eq!(
            err(setex(&ctx, b"k", i64::MAX / 1000, b"v")),
            "ERR invalid expire time in 'setex' command"
        );
        assert_eq!(
            err(psetex(&ctx, b"k", i64::MAX, b"v")),
            "ERR invalid expire time in 'psetex' command"
        );
        plant_list(&ctx, b"l");
        setex(&ctx, b"l", 10, b"v").unwrap();
        assert_eq!(get(&ctx, b"l").unwrap(), Some(b"v".to_vec()));
    }

    #[test]
    fn getex_options() {
        let (ks, db) = setup();
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        let deadline =
            |key: &[u8]| ctx.read_keys(&[key], |v| v.entry(key).and_then(|e| e.expires_at));
        assert_eq!(
            getex(&ctx, b"k", Some(GetExExpiration::Ex(0))).unwrap(),
            None
        );
        set(&ctx, b"k", b"v", None, false, None).unwrap();
        assert_eq!(getex(&ctx, b"k", None).unwrap(), Some(b"v".to_vec()));
        assert_eq!(deadline(b"k"), None);
        getex(&ctx, b"k", Some(GetExExpiration::Ex(10))).unwrap();
        assert_eq!(deadline(b"k"), Some(1_010_000));
        getex(&ctx, b"k", Some(GetExExpiration::Px(10))).unwrap();
        assert_eq!(deadline(b"k"), Some(1_000_010));
        getex(&ctx, b"k", Some(GetExExpiration::Exat(2_000))).unwrap();
        assert_eq!(deadline(b"k"), Some(2_000_000));
        getex(&ctx, b"k", Some(GetExExpiration::Pxat(3_000_000))).unwrap();
        assert_eq!(deadline(b"k"), Some(3_000_000));
        getex(&ctx, b"k", Some(GetExExpiration::Persist)).unwrap();
        assert_eq!(deadline(b"k"), None);
        for bad in [
            GetExExpiration::Ex(0),
            GetExExpiration::Px(-1),
            GetExExpiration::Exat(0),
            GetExExpiration::Px(i64::MAX),
        ] {
            assert_eq!(
                err(getex(&ctx, b"k", Some(bad))),
                "ERR invalid expire time in 'getex' command"
            );
        }
        // A deadline in the past deletes the key after returning its value.
        assert_eq!(
            getex(&ctx, b"k", Some(GetExExpiration::Exat(1))).unwrap(),
            Some(b"v".to_vec())
        );
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        set(&ctx, b"k", b"v", None, false, None).unwrap();
        assert_eq!(
            getex(&ctx, b"k", Some(GetExExpiration::Pxat(1_000_000))).unwrap(),
            Some(b"v".to_vec())
        );
        assert_eq!(get(&ctx, b"k").unwrap(), None);
        // WRONGTYPE comes before the expire time check.
        plant_list(&ctx, b"l");
        plant_list(&ctx, b"l");
        assert_eq!(
            err(getex(&ctx, b"l", Some(GetExExpiration::Ex(0)))),
            WRONGTYPE
        );
    }

    fn argv_err(res: Result<Reply>) -> String {
        res.unwrap_err().to_string()
    }

    const NOT_INTEGER: &str = "ERR value is not an integer or out of range";

    #[test]
    fn set_argv_scans_options_before_the_expiry_value() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        // Syntax wins over the bad value, wherever the bad token is.
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"k", b"v", b"EX", b"abc", b"FOO"])),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(set_argv(
                &ctx,
                &[b"SET", b"k", b"v", b"EX", b"abc", b"PX", b"1"]
            )),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(set_argv(
                &ctx,
                &[b"SET", b"k", b"v", b"EX", b"abc", b"NX", b"XX"]
            )),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"k", b"v", b"EX"])),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(set_argv(
                &ctx,
                &[b"SET", b"k", b"v", b"KEEPTTL", b"EX", b"1"]
            )),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"k", b"v", b"PERSIST"])),
            "ERR syntax error"
        );
        // The value after EX is taken as is, even when it looks like a token.
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"k", b"v", b"EX", b"NX"])),
            NOT_INTEGER
        );
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"k", b"v", b"EX", b"abc"])),
            NOT_INTEGER
        );
        // The expiry value is checked before GET's type check.
        crate::commands::list::lpush(&ctx, b"l", &[b"a"]).unwrap();
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"l", b"v", b"GET", b"EX", b"0"])),
            "ERR invalid expire time in 'set' command"
        );
        assert_eq!(
            argv_err(set_argv(&ctx, &[b"SET", b"l", b"v", b"GET"])),
            WRONGTYPE
        );
        // Repeating the same expiry replaces its value; tokens end at a NUL byte, as in C.
        assert_eq!(
            set_argv(&ctx, &[b"SET", b"k", b"v", b"EX", b"5", b"ex", b"10"]).unwrap(),
            Reply::ok()
        );
        assert_eq!(
            ctx.read_keys(&[b"k"], |v| v.entry(b"k").and_then(|e| e.expires_at)),
            Some(1_010_000)
        );
        assert_eq!(
            set_argv(&ctx, &[b"SET", b"k", b"w", b"NX\0junk"]).unwrap(),
            Reply::Nil
        );
        assert_eq!(
            set_argv(
                &ctx,
                &[b"SET", b"k", b"w", b"KEEPTTL", b"KEEPTTL", b"GET", b"XX", b"XX"]
            )
            .unwrap(),
            Reply::Bulk(b"v".to_vec())
        );
        assert_eq!(
            ctx.read_keys(&[b"k"], |v| v.entry(b"k").and_then(|e| e.expires_at)),
            Some(1_010_000)
        );
    }

    #[test]
    fn getex_argv_looks_the_key_up_before_the_expiry_value() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000_000));
        crate::commands::list::lpush(&ctx, b"l", &[b"a"]).unwrap();
        set(&ctx, b"k", b"v", None, false, None).unwrap();
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"EX", b"abc", b"FOO"])),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(getex_argv(
                &ctx,
                &[b"GETEX", b"missing", b"EX", b"abc", b"FOO"]
            )),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"EX"])),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"NX"])),
            "ERR syntax error"
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"PERSIST", b"EX", b"1"])),
            "ERR syntax error"
        );
        // A missing key is nil and another type WRONGTYPE before the value is parsed.
        assert_eq!(
            getex_argv(&ctx, &[b"GETEX", b"missing", b"EX", b"abc"]).unwrap(),
            Reply::Nil
        );
        assert_eq!(
            getex_argv(&ctx, &[b"GETEX", b"missing", b"EX", b"0"]).unwrap(),
            Reply::Nil
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"l", b"EX", b"abc"])),
            WRONGTYPE
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"EX", b"abc"])),
            NOT_INTEGER
        );
        assert_eq!(
            argv_err(getex_argv(&ctx, &[b"GETEX", b"k", b"PX", b"0"])),
            "ERR invalid expire time in 'getex' command"
        );
        assert_eq!(
            getex_argv(&ctx, &[b"GETEX", b"k", b"EX\0x", b"10"]).unwrap(),
            Reply::Bulk(b"v".to_vec())
        );
        assert_eq!(
            ctx.read_keys(&[b"k"], |v| v.entry(b"k").and_then(|e| e.expires_at)),
            Some(1_010_000)
        );
        assert_eq!(
            getex_argv(&ctx, &[b"GETEX", b"k", b"PERSIST", b"persist"]).unwrap(),
            Reply::Bulk(b"v".to_vec())
        );
        assert_eq!(
            ctx.read_keys(&[b"k"], |v| v.entry(b"k").and_then(|e| e.expires_at)),
            None
        );
    }

    /// Checked against redis-server 7.0.15: `SET k <text>` then `INCRBYFLOAT k inf`.
    #[test]
    fn incr_by_float_reads_long_double_only_values_as_redis() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        let nan_inf = "ERR increment would produce NaN or Infinity";
        let not_float = "ERR value is not a valid float";
        for (text, reply) in [
            ("1e400", nan_inf),
            ("-1e400", nan_inf),
            ("1e5000", not_float),
            ("1e-400", nan_inf),
            ("1e-5000", not_float),
            ("1.18e4932", nan_inf),
            ("1.19e4932", not_float),
            ("1.9e-4951", nan_inf),
            ("1.8e-4951", not_float),
            (" 1e400", not_float),
            ("0x1p2000", nan_inf),
            ("0x1p20000", not_float),
            ("1e400x", not_float),
            ("000123456e4928", not_float),
            ("0.000001189e4938", nan_inf),
            ("1e99999999999999999999999", not_float),
        ] {
            set(&ctx, b"k", text.as_bytes(), None, false, None).unwrap();
            let got = incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"k", b"inf"]);
            assert_eq!(argv_err(got), reply, "{text}");
            assert_eq!(
                err(incr_by_float(&ctx, b"k", f64::NEG_INFINITY)),
                reply,
                "{text}"
            );
            // A finite increment would give a result only a long double holds (COMPATIBILITY.md);
            // a bad one is not a float in both.
            assert_eq!(
                argv_err(incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"k", b"1"])),
                not_float
            );
            assert_eq!(
                argv_err(incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"k", b"x"])),
                not_float
            );
            assert_eq!(get(&ctx, b"k").unwrap(), Some(text.as_bytes().to_vec()));
        }
    }

    /// Checked against redis-server 7.0.15: `SET k <stored>` then `INCRBYFLOAT k <increment>`.
    #[test]
    fn incr_by_float_reads_long_double_only_increments_as_redis() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        let nan_inf = "ERR increment would produce NaN or Infinity";
        let not_float = "ERR value is not a valid float";
        for (stored, increment, reply) in [
            ("inf", "1e400", nan_inf),
            ("-inf", "1e-400", nan_inf),
            ("-inf", "-1e400", nan_inf),
            ("inf", "1e5000", not_float),
            ("5", "1e5000", not_float),
            ("inf", "0x1p20000", not_float),
            // Redis succeeds; f64 cannot hold the result (COMPATIBILITY.md).
            ("5", "1e400", not_float),
            ("1e400", "1e400", not_float),
        ] {
            set(&ctx, b"k", stored.as_bytes(), None, false, None).unwrap();
            let got = incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"k", increment.as_bytes()]);
            assert_eq!(argv_err(got), reply, "{stored} + {increment}");
        }
    }

    #[test]
    fn incr_by_float_argv_checks_the_key_before_the_increment() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        crate::commands::list::lpush(&ctx, b"l", &[b"a"]).unwrap();
        assert_eq!(
            argv_err(incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"l", b"abc"])),
            WRONGTYPE
        );
        assert_eq!(
            argv_err(incr_by_float_argv(
                &ctx,
                &[b"INCRBYFLOAT", b"missing", b"abc"]
            )),
            "ERR value is not a valid float"
        );
        assert_eq!(get(&ctx, b"missing").unwrap(), None);
        assert_eq!(
            incr_by_float_argv(&ctx, &[b"INCRBYFLOAT", b"f", b"1.5"]).unwrap(),
            Reply::from_incr_float(1.5)
        );
    }
}

#[cfg(test)]
mod incr_by_float_rounding {
    use super::*;
    use crate::Keyspace;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn sums_round_to_17_fraction_digits_like_redis() {
        // A bug story: INCRBYFLOAT added in f64 and printed the shortest round-trip text, so
        // 0.1 + 0.2 gave "0.30000000000000004" and 1e-300 a 302-character number, where Redis
        // (long double, 17 fractional digits) prints "0.3" and "0".
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        incr_by_float(&ctx, b"a", 0.1).unwrap();
        assert_eq!(incr_by_float(&ctx, b"a", 0.2).unwrap(), 0.3);
        assert_eq!(get(&ctx, b"a").unwrap(), Some(b"0.3".to_vec()));
        assert_eq!(incr_by_float(&ctx, b"b", 1e-300).unwrap(), 0.0);
        assert_eq!(get(&ctx, b"b").unwrap(), Some(b"0".to_vec()));
        set(&ctx, b"c", b"10.5", None, false, None).unwrap();
        incr_by_float(&ctx, b"c", 0.1).unwrap();
        assert_eq!(get(&ctx, b"c").unwrap(), Some(b"10.6".to_vec()));
    }
}
