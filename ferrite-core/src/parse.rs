//! Parsing and formatting of numbers exactly as Redis does it.
//!
//! Redis is strict: `"01"`, `"+1"`, `" 1"` and `"-0"` are not integers, and a float that
//! overflows or is NaN is rejected. Every number that crosses the API as bytes goes through here,
//! so all commands agree.

use crate::error::{Error, Result};

/// Parses `bytes` as Redis's `string2ll` does: optional `-`, no `+`, no leading zeros, no spaces,
/// within `i64`. Returns `None` otherwise.
pub fn canonical_i64(bytes: &[u8]) -> Option<i64> {
    if bytes.is_empty() || bytes.len() > 20 {
        return None;
    }
    if bytes == b"0" {
        return Some(0);
    }
    let (negative, digits) = match bytes[0] {
        b'-' => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits[0] == b'0' {
        return None;
    }
    let mut value: u64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    if negative {
        if value > (i64::MAX as u64) + 1 {
            None
        } else {
            Some((value as i128).wrapping_neg() as i64)
        }
    } else {
        i64::try_from(value).ok()
    }
}

/// Parses an integer argument (`ERR value is not an integer or out of range` otherwise).
pub fn integer(bytes: &[u8]) -> Result<i64> {
    canonical_i64(bytes).ok_or(Error::NotInteger)
}

/// Parses a cursor argument as SCAN does (`ERR invalid cursor` otherwise).
pub fn cursor(bytes: &[u8]) -> Result<u64> {
    // Redis 7.0 parses the cursor with strtoull(.., 10) and rejects a leading space, trailing
    // garbage and ERANGE. So an optional sign is accepted ("-1" wraps to 2^64 - 1, "+5" is 5),
    // and the empty string is cursor 0. C stops at a NUL byte, as the argument's terminator.
    let invalid = || Error::reply("ERR invalid cursor");
    let text = bytes.split(|b| *b == 0).next().unwrap_or_default();
    let Some(&first) = text.first() else {
        return Ok(0);
    };
    if first.is_ascii_whitespace() || first == 0x0b {
        return Err(invalid());
    }
    let (negative, digits) = match first {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(invalid());
    }
    let mut value: u64 = 0;
    for &b in digits {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(b - b'0')))
            .ok_or_else(invalid)?;
    }
    Ok(if negative {
        value.wrapping_neg()
    } else {
        value
    })
}

/// What C's `strtod` makes of the start of a byte string (glibc, C locale).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strtod {
    /// The value converted (0 when nothing was converted; NaN for a `nan` literal).
    pub value: f64,
    /// Bytes consumed, leading white space included (`eptr - nptr`); 0 when nothing converted.
    pub consumed: usize,
    /// True when strtod would set `ERANGE` with an infinite result (overflow) or a zero result
    /// from a literal with a non-zero digit (underflow to zero). Subnormal results are not flagged.
    pub range_error: bool,
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Scans the longest prefix of `bytes` that C's `strtod` converts: leading white space, a sign,
/// then `inf`/`infinity`, `nan[(chars)]`, a hexadecimal float (`0x1.8p3`) or a decimal float.
/// Stops at the first byte that cannot continue the number (a NUL byte included).
pub fn strtod(bytes: &[u8]) -> Strtod {
    let none = Strtod {
        value: 0.0,
        consumed: 0,
        range_error: false,
    };
    let mut i = 0;
    while i < bytes.len() && is_c_space(bytes[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
        negative = bytes[i] == b'-';
        i += 1;
    }
    let rest = &bytes[i..];
    let sign = if negative { -1.0 } else { 1.0 };
    if starts_with_ignore_case(rest, b"inf") {
        let len = if starts_with_ignore_case(rest, b"infinity") {
            8
        } else {
            3
        };
        return Strtod {
            value: sign * f64::INFINITY,
            consumed: i + len,
            range_error: false,
        };
    }
    if starts_with_ignore_case(rest, b"nan") {
        let mut len = 3;
        if rest.get(3) == Some(&b'(') {
            let inner = rest[4..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                .count();
            if rest.get(4 + inner) == Some(&b')') {
                len = 5 + inner;
            }
        }
        return Strtod {
            value: f64::NAN,
            consumed: i + len,
            range_error: false,
        };
    }
    if starts_with_ignore_case(rest, b"0x") {
        if let Some((magnitude, len, nonzero)) = scan_hex(&rest[2..]) {
            let value = sign * magnitude;
            let range_error = value.is_infinite() || (value == 0.0 && nonzero);
            return Strtod {
                value,
                consumed: i + 2 + len,
                range_error,
            };
        }
        // "0x" without hex digits: strtod converts the "0" alone.
    }
    let Some((len, nonzero)) = scan_decimal(rest) else {
        return none;
    };
    // The scanned text is a valid Rust float literal (digits, '.', exponent), so this parses.
    let text = std::str::from_utf8(&rest[..len]).unwrap_or("0");
    let magnitude: f64 = text.parse().unwrap_or(0.0);
    let value = sign * magnitude;
    let range_error = value.is_infinite() || (value == 0.0 && nonzero);
    Strtod {
        value,
        consumed: i + len,
        range_error,
    }
}

/// Scans `digits [. digits] [e [sign] digits]` (at least one digit in the mantissa); returns its
/// length and whether the mantissa has a non-zero digit.
fn scan_decimal(bytes: &[u8]) -> Option<(usize, bool)> {
    let mut i = 0;
    let mut digits = 0;
    let mut nonzero = false;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        nonzero |= bytes[i] != b'0';
        i += 1;
        digits += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            nonzero |= bytes[i] != b'0';
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    Some((i + scan_exponent(&bytes[i..], b'e'), nonzero))
}

/// Length of an exponent `e[sign]digits` (`letter` is `e` or `p`) at the start of `bytes`, or 0.
fn scan_exponent(bytes: &[u8], letter: u8) -> usize {
    if bytes.first().map(u8::to_ascii_lowercase) != Some(letter) {
        return 0;
    }
    let mut j = 1;
    if matches!(bytes.get(1), Some(b'+' | b'-')) {
        j = 2;
    }
    let n = bytes[j.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if n == 0 {
        0
    } else {
        j + n
    }
}

/// Scans the part of a hexadecimal float after `0x`; returns (magnitude, length, non-zero digit).
fn scan_hex(bytes: &[u8]) -> Option<(f64, usize, bool)> {
    let mut i = 0;
    let mut mantissa: u64 = 0;
    let mut kept = 0;
    let mut sticky = false;
    let mut exp2: i64 = 0;
    let mut digits = 0;
    let mut after_point = false;
    while let Some(&b) = bytes.get(i) {
        if b == b'.' && !after_point {
            after_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (b as char).to_digit(16) else {
            break;
        };
        digits += 1;
        i += 1;
        if mantissa == 0 && d == 0 {
            if after_point {
                exp2 -= 4;
            }
        } else if kept < 16 {
            mantissa = mantissa * 16 + u64::from(d);
            kept += 1;
            if after_point {
                exp2 -= 4;
            }
        } else {
            sticky |= d != 0;
            if !after_point {
                exp2 += 4;
            }
        }
    }
    if digits == 0 {
        return None;
    }
    let exp_len = scan_exponent(&bytes[i..], b'p');
    if exp_len > 0 {
        let text = &bytes[i + 1..i + exp_len];
        let (neg, num) = match text[0] {
            b'-' => (true, &text[1..]),
            b'+' => (false, &text[1..]),
            _ => (false, text),
        };
        let mut e: i64 = 0;
        for d in num {
            e = (e * 10 + i64::from(d - b'0')).min(100_000);
        }
        exp2 += if neg { -e } else { e };
        i += exp_len;
    }
    let nonzero = mantissa != 0;
    let mut value = (mantissa | u64::from(sticky)) as f64;
    let mut e = exp2.clamp(-5000, 5000);
    while e > 0 {
        let step = e.min(1000);
        value *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        value *= 2f64.powi(-(step as i32));
        e += step;
    }
    Some((value, i, nonzero))
}

/// Parses a float the way Redis's `getDoubleFromObject` does: `strtod` over the whole string,
/// no leading space, no NaN, no overflow to infinity or underflow to zero from a finite literal.
/// `inf`, `+inf`, `-inf`, `infinity` and hexadecimal floats (`0x10`, `0x1p-2`) are accepted, as
/// strtod accepts them. Returns `None` on failure.
pub fn strict_f64(bytes: &[u8]) -> Option<f64> {
    let first = *bytes.first()?;
    if is_c_space(first) {
        return None;
    }
    let res = strtod(bytes);
    if res.consumed != bytes.len() || res.value.is_nan() || res.range_error {
        return None;
    }
    Some(res.value)
}

/// Parses a float argument (`ERR value is not a valid float` otherwise).
pub fn float(bytes: &[u8]) -> Result<f64> {
    strict_f64(bytes).ok_or(Error::NotFloat)
}

/// Writes the decimal form of `n` into `buf` and returns it.
pub fn format_i64(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut pos = buf.len();
    let negative = n < 0;
    let mut value = n.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    if negative {
        pos -= 1;
        buf[pos] = b'-';
    }
    &buf[pos..]
}

/// Formats a double as Redis 7.0 replies with it (`printf("%.17g")`, `inf`/`-inf`), as used by
/// ZSCORE, ZINCRBY, WITHSCORES.
pub fn format_double(value: f64) -> String {
    if value.is_infinite() {
        return if value > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    if value == 0.0 {
        // %.17g prints "-0" for a negative zero (a skiplist-encoded sorted set keeps -0 scores;
        // a listpack-encoded one stores them as 0).
        return if value.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    format_g(value, 17)
}

/// `printf("%.{precision}g", value)` for finite non-zero values.
fn format_g(value: f64, precision: usize) -> String {
    let sci = format!("{:.*e}", precision - 1, value);
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if exponent < -4 || exponent >= precision as i32 {
        let mantissa = trim_fraction(mantissa);
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exponent.unsigned_abs())
    } else {
        let decimals = (precision as i32 - 1 - exponent).max(0) as usize;
        trim_fraction(&format!("{value:.decimals$}")).to_string()
    }
}

fn trim_fraction(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// Formats the result of INCRBYFLOAT / HINCRBYFLOAT. Redis computes in `long double` and prints
/// with `%.17Lf` trimmed of trailing zeros; Ferrite computes in `f64` and prints the shortest
/// decimal that round-trips, without exponent. The two agree for values a person types (see
/// COMPATIBILITY.md for the cases where the last digits differ).
pub fn format_human_float(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let text = format!("{value}");
    trim_fraction(&text).to_string()
}

/// `current + delta` as (H)INCRBYFLOAT computes it, or `None` when the sum is not finite.
///
/// Redis adds in `long double` and prints the sum with 17 fractional digits, trimmed. Ferrite
/// adds the two numbers' decimal forms (the stored text and the shortest text of `delta`)
/// exactly, rounds to 17 fractional digits the same way, and returns the nearest `f64`. So
/// `0.1 + 0.2` is `0.3` and `1e-18` is `0`, as in Redis; only sums whose long-double error
/// reaches the 17th fractional digit (magnitudes of about 1000 and more with a fraction) differ.
pub fn add_float_text(current: &[u8], delta: f64) -> Option<f64> {
    let exact = (|| {
        let a = Decimal::parse(current)?;
        let b = Decimal::parse(format!("{delta:e}").as_bytes())?;
        let sum = a.add(&b).round_fraction(17);
        strict_f64(sum.to_fixed().as_bytes())
    })();
    let result = match exact {
        Some(value) => value,
        // Texts that are floats but not plain decimals (`inf`, long exponents): plain f64.
        None => strict_f64(current)? + delta,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_follow_string2ll() {
        assert_eq!(canonical_i64(b"0"), Some(0));
        assert_eq!(canonical_i64(b"-1"), Some(-1));
        assert_eq!(canonical_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(canonical_i64(b"-9223372036854775808"), Some(i64::MIN));
        for bad in [
            &b"01"[..],
            b"+1",
            b" 1",
            b"1 ",
            b"-0",
            b"",
            b"-",
            b"9223372036854775808",
            b"1e3",
            b"0x1",
        ] {
            assert_eq!(
                canonical_i64(bad),
                None,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn cursors_follow_strtoull() {
        assert_eq!(cursor(b"0").unwrap(), 0);
        assert_eq!(cursor(b"00").unwrap(), 0);
        assert_eq!(cursor(b"+7").unwrap(), 7);
        assert_eq!(cursor(b"").unwrap(), 0);
        assert_eq!(cursor(b"-1").unwrap(), u64::MAX);
        assert_eq!(cursor(b"-18446744073709551615").unwrap(), 1);
        assert_eq!(cursor(b"18446744073709551615").unwrap(), u64::MAX);
        for bad in [
            &b"18446744073709551616"[..],
            b" 0",
            b"0 ",
            b"+",
            b"-",
            b"0x1",
            b"abc",
            b"\x0b1",
        ] {
            assert_eq!(cursor(bad).unwrap_err().to_string(), "ERR invalid cursor");
        }
    }

    #[test]
    fn floats_follow_strtod_rules() {
        assert_eq!(strict_f64(b"1.5"), Some(1.5));
        assert_eq!(strict_f64(b"1e3"), Some(1000.0));
        assert_eq!(strict_f64(b"-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(strict_f64(b"+inf"), Some(f64::INFINITY));
        assert_eq!(strict_f64(b".5"), Some(0.5));
        assert_eq!(strict_f64(b"0x10"), Some(16.0));
        assert_eq!(strict_f64(b"0x1p3"), Some(8.0));
        assert_eq!(strict_f64(b"0X1P-2"), Some(0.25));
        assert_eq!(strict_f64(b"0x.8"), Some(0.5));
        assert_eq!(strict_f64(b"5."), Some(5.0));
        assert_eq!(strict_f64(b"+5"), Some(5.0));
        assert_eq!(strict_f64(b"INFINITY"), Some(f64::INFINITY));
        assert_eq!(strict_f64(b"1e-310"), Some(1e-310));
        assert_eq!(strict_f64(b"0e5"), Some(0.0));
        assert_eq!(strict_f64(b"-0"), Some(-0.0));
        for bad in [
            &b"nan"[..],
            b" 1",
            b"1e400",
            b"1e-400",
            b"",
            b"abc",
            b"1.5x",
            b"1e",
            b"0x",
            b"1 ",
            b".",
            b"-",
            b"infin",
            b"0x1p99999",
            b"1\x000",
            b"nan(1)",
            b"e5",
        ] {
            assert_eq!(strict_f64(bad), None, "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn doubles_format_like_redis() {
        assert_eq!(format_double(1.1), "1.1000000000000001");
        assert_eq!(format_double(1e20), "1e+20");
        assert_eq!(format_double(0.00001), "1.0000000000000001e-05");
        assert_eq!(format_double(3.0), "3");
        assert_eq!(format_double(f64::NEG_INFINITY), "-inf");
        assert_eq!(format_double(1.2000000000000002), "1.2000000000000002");
        // Checked against redis-server 7.0.15 (ZADD then ZSCORE).
        assert_eq!(format_double(-0.0), "-0");
        assert_eq!(format_double(1e-310), "9.9999999999999694e-311");
        assert_eq!(format_double(5e-324), "4.9406564584124654e-324");
        assert_eq!(
            format_double(123456789012345678.0),
            "1.2345678901234568e+17"
        );
        assert_eq!(format_double(1e16), "10000000000000000");
        assert_eq!(format_double(1e17), "1e+17");
        assert_eq!(format_double(0.1), "0.10000000000000001");
        assert_eq!(format_double(-1.5e-7), "-1.4999999999999999e-07");
        assert_eq!(format_double(f64::MAX), "1.7976931348623157e+308");
    }

    #[test]
    fn strtod_prefixes() {
        assert_eq!(strtod(b"").consumed, 0);
        assert_eq!(strtod(b"  ").consumed, 0);
        assert_eq!(
            strtod(b" 1.5x"),
            Strtod {
                value: 1.5,
                consumed: 4,
                range_error: false
            }
        );
        assert_eq!(strtod(b"0x").consumed, 1);
        assert_eq!(strtod(b"1e").consumed, 1);
        assert_eq!(strtod(b"1e+").consumed, 1);
        assert_eq!(strtod(b"infinit").consumed, 3);
        assert_eq!(strtod(b"nan(abc)").consumed, 8);
        assert!(strtod(b"1e400").range_error);
        assert!(strtod(b"1e-400").range_error);
        assert!(!strtod(b"0.0e-400").range_error);
        assert_eq!(strtod(b"-1e400").value, f64::NEG_INFINITY);
        assert_eq!(strtod(b"0x1.8p1").value, 3.0);
        assert_eq!(
            strtod(b"0x123456789abcdef01").value,
            0x123456789abcdef01u128 as f64
        );
    }

    #[test]
    fn human_floats() {
        assert_eq!(format_human_float(10.6), "10.6");
        assert_eq!(format_human_float(3.0), "3");
        assert_eq!(format_human_float(1.1), "1.1");
    }

    #[test]
    fn format_i64_extremes() {
        let mut buf = [0u8; 20];
        assert_eq!(format_i64(i64::MIN, &mut buf), b"-9223372036854775808");
        assert_eq!(format_i64(0, &mut buf), b"0");
    }
}
