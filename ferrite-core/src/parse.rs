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
    let Some(&first) = text.first() else { return Ok(0) };
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
    Ok(if negative { value.wrapping_neg() } else { value })
}

/// Parses a float the way Redis's `getDoubleFromObject` does: `strtod` over the whole string,
/// no leading space, no NaN, no overflow to infinity or underflow to zero from a finite literal.
/// `inf`, `+inf`, `-inf` and `infinity` are accepted. Returns `None` on failure.
pub fn strict_f64(bytes: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(bytes).ok()?;
    let first = *bytes.first()?;
    if first.is_ascii_whitespace() {
        return None;
    }
    // Rust accepts "nan" and "infinity" case-insensitively like strtod; NaN is rejected below.
    let value: f64 = text.parse().ok()?;
    if value.is_nan() {
        return None;
    }
    let body = text.trim_start_matches(['+', '-']);
    let is_inf_literal =
        body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity");
    if value.is_infinite() && !is_inf_literal {
        return None; // ERANGE overflow in strtod
    }
    if value == 0.0 && body.bytes().take_while(|b| *b != b'e' && *b != b'E').any(|b| matches!(b, b'1'..=b'9')) {
        return None; // ERANGE underflow in strtod
    }
    Some(value)
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
        return if value > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if value == 0.0 {
        // Redis prints "0" for both zeros here ("-0" only with %g of a negative zero, which
        // Redis normalises away when it stores scores).
        return if value.is_sign_negative() { "-0".into() } else { "0".into() };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_follow_string2ll() {
        assert_eq!(canonical_i64(b"0"), Some(0));
        assert_eq!(canonical_i64(b"-1"), Some(-1));
        assert_eq!(canonical_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(canonical_i64(b"-9223372036854775808"), Some(i64::MIN));
        for bad in [&b"01"[..], b"+1", b" 1", b"1 ", b"-0", b"", b"-", b"9223372036854775808", b"1e3", b"0x1"] {
            assert_eq!(canonical_i64(bad), None, "{:?}", String::from_utf8_lossy(bad));
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
        for bad in [&b"18446744073709551616"[..], b" 0", b"0 ", b"+", b"-", b"0x1", b"abc", b"\x0b1"] {
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
        for bad in [&b"nan"[..], b" 1", b"1e400", b"1e-400", b"", b"abc", b"1.5x"] {
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
