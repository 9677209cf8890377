//! Pools of argument values for the command generator, biased to the boundaries where Redis's
//! parsing and arithmetic rules bite (RELIABILITY.md R8): the empty string, binary bytes, numbers
//! that only look like integers ("01", "+1", " 1", "1e3"), nan and infinities, i64 limits, and now
//! and then a long value. Most picks are small, ordinary values so that commands also succeed and
//! build up state worth reading.
//!
//! Every pool here is type-level (bytes, integer, float, ...); nothing names a command.

use crate::rng::Rng;

/// The eight key names used in every logical database. The empty key and a binary key are
/// included on purpose: both are valid Redis keys.
pub const KEYS: [&[u8]; 8] = [
    b"a",
    b"b",
    b"c",
    b"key:1",
    b"key:2",
    b"{t}x",
    b"",
    b"\x00\xff\xfebin",
];

/// Strings that probe number parsing and byte handling.
const BOUNDARY_BYTES: &[&[u8]] = &[
    b"",
    b"\x00",
    b"a\x00b",
    b"\xff\xfe\xc0",
    b"\xc3\x28",
    b"0",
    b"-1",
    b"01",
    b"+1",
    b" 1",
    b"1 ",
    b"1e3",
    b"1.5",
    b"-2.25",
    b".5",
    b"nan",
    b"inf",
    b"-inf",
    b"+inf",
    b"-0",
    b"1e308",
    b"9223372036854775807",
    b"9223372036854775806",
    b"9223372036854775808",
    b"-9223372036854775808",
    b"-9223372036854775807",
    b"-9223372036854775809",
    b"0x10",
    b"\r\n",
    b"*",
];

/// Ordinary small values; reused often so that set members and hash fields collide.
const WORDS: &[&[u8]] = &[
    b"a", b"b", b"c", b"d", b"x", b"hello", b"1", b"2", b"3", b"10", b"-5", b"m1", b"m2",
];

/// A value for a `bytes` argument.
pub fn bytes(rng: &mut Rng) -> Vec<u8> {
    match rng.below(100) {
        0..=59 => rng.pick(WORDS).to_vec(),
        60..=89 => rng.pick(BOUNDARY_BYTES).to_vec(),
        90..=97 => {
            let len = 1 + rng.below(16);
            random_bytes(rng, len)
        }
        _ => long_value(rng),
    }
}

/// 1-4 KiB of bytes, sometimes all digits (a long number), sometimes arbitrary.
pub fn long_value(rng: &mut Rng) -> Vec<u8> {
    let len = 1024 + rng.below(3 * 1024 + 1);
    if rng.chance(0.3) {
        (0..len).map(|_| b'0' + rng.below(10) as u8).collect()
    } else {
        random_bytes(rng, len)
    }
}

/// `len` random bytes (any of the 256 values).
pub fn random_bytes(rng: &mut Rng, len: usize) -> Vec<u8> {
    (0..len).map(|_| rng.next_u64() as u8).collect()
}

/// Integer boundaries. Deliberately absent: magnitudes from about 2^20 to 2^62, which are valid
/// offsets and counts that make both sides allocate or loop for a long time (SETRANGE at 2^31
/// allocates 2 GiB; `HRANDFIELD key -4294967296` makes Redis build 4 billion replies). The i64
/// limits themselves are rejected up front by Redis, so they stay.
const BOUNDARY_INTEGERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "-2",
    "9223372036854775807",
    "9223372036854775806",
    "-9223372036854775808",
    "-9223372036854775807",
];

/// Text that is not a valid integer for Redis.
const NOT_INTEGERS: &[&str] = &[
    "",
    "01",
    "+1",
    " 1",
    "1e3",
    "1.0",
    "abc",
    "9223372036854775808",
    "-0",
    "0x1",
];

/// A value for an `integer` argument: mostly small, so that ranges, counts and indexes succeed.
pub fn integer(rng: &mut Rng) -> Vec<u8> {
    match rng.below(100) {
        0..=79 => rng.range(-3, 10).to_string().into_bytes(),
        80..=93 => rng.pick(BOUNDARY_INTEGERS).as_bytes().to_vec(),
        _ => rng.pick(NOT_INTEGERS).as_bytes().to_vec(),
    }
}

/// Floats. The ordinary ones are dyadic fractions, exact in both `f64` and `long double`, so that
/// float arithmetic agrees bit for bit unless a boundary value is involved.
const ORDINARY_FLOATS: &[&str] = &[
    "0", "1", "-1", "1.5", "-2.25", "0.5", "3", "10", "0.125", "100", "-7.75",
];
const BOUNDARY_FLOATS: &[&str] = &[
    "inf",
    "-inf",
    "+inf",
    "nan",
    "-0",
    "1e3",
    "1e308",
    "-1e308",
    "1e-300",
    "0.1",
    ".5",
    "5.",
    "1e400",
    " 1",
    "",
    "abc",
    "1.5x",
    "9007199254740993",
    "(1",
    "0x10",
];

/// A value for a `float` argument.
pub fn float(rng: &mut Rng) -> Vec<u8> {
    if rng.chance(0.8) {
        rng.pick(ORDINARY_FLOATS).as_bytes().to_vec()
    } else {
        rng.pick(BOUNDARY_FLOATS).as_bytes().to_vec()
    }
}

/// A value for a `score_bound` argument (ZRANGEBYSCORE min/max style).
pub fn score_bound(rng: &mut Rng) -> Vec<u8> {
    const BOUNDS: &[&str] = &[
        "-inf", "+inf", "inf", "0", "1", "(1", "1.5", "(1.5", "-1", "10", "(10", "((1", "(", "nan",
        "(nan", "abc", "", "-0", "1e308",
    ];
    rng.pick(BOUNDS).as_bytes().to_vec()
}

/// A value for a `lex_bound` argument (ZRANGEBYLEX min/max style).
pub fn lex_bound(rng: &mut Rng) -> Vec<u8> {
    const BOUNDS: &[&[u8]] = &[
        b"-", b"+", b"[a", b"(a", b"[c", b"(m1", b"[", b"(", b"a", b"", b"[\xff", b"(\x00",
    ];
    rng.pick(BOUNDS).to_vec()
}

/// A bound that may be read as an index, a score or a lex bound (ZRANGE's start and stop).
pub fn range_bound(rng: &mut Rng) -> Vec<u8> {
    match rng.below(3) {
        0 => integer(rng),
        1 => score_bound(rng),
        _ => lex_bound(rng),
    }
}

/// A value for a `pattern` argument (glob-style).
pub fn pattern(rng: &mut Rng) -> Vec<u8> {
    const PATTERNS: &[&[u8]] = &[
        b"*", b"*", b"a*", b"key:*", b"?", b"[ab]", b"[^a]*", b"[a-c]", b"\\*", b"*x", b"{t}*",
        b"", b"[", b"\x00*", b"*:*", b"h*llo", b"[!a]",
    ];
    rng.pick(PATTERNS).to_vec()
}

/// A value for a `cursor` argument: usually 0 (a full scan from the start).
pub fn cursor(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0..=7 => b"0".to_vec(),
        8 => b"-1".to_vec(),
        _ => b"abc".to_vec(),
    }
}

/// A logical database index: mostly one of the three databases the test uses, sometimes the
/// edges of the valid range (Redis and Ferrite both have 16) or an invalid one.
pub fn db_index(rng: &mut Rng) -> Vec<u8> {
    match rng.below(20) {
        0..=16 => rng.range(0, 2).to_string().into_bytes(),
        17 => b"15".to_vec(),
        18 => b"16".to_vec(),
        _ => rng
            .pick(&["-1", "abc", "9223372036854775807"])
            .as_bytes()
            .to_vec(),
    }
}

/// A relative expiry (seconds or milliseconds): large enough that nothing expires while a
/// sequence runs, or a boundary whose outcome does not depend on the clock (0 and negatives
/// delete or are rejected, overflowing values are rejected).
pub fn relative_expiry(rng: &mut Rng) -> Vec<u8> {
    match rng.below(10) {
        0..=6 => rng.range(100_000, 1_000_000_000).to_string().into_bytes(),
        7 => rng
            .pick(&["0", "-1", "-9223372036854775808"])
            .as_bytes()
            .to_vec(),
        8 => rng
            .pick(&["9223372036854775807", "9223372036854775"])
            .as_bytes()
            .to_vec(),
        _ => rng.pick(NOT_INTEGERS).as_bytes().to_vec(),
    }
}

/// An absolute expiry in Unix seconds (`millis` false) or milliseconds: far in the future
/// (years 2100-2200), or in the past (the key goes at once, on both sides alike), or a boundary.
pub fn absolute_expiry(rng: &mut Rng, millis: bool) -> Vec<u8> {
    let scale = if millis { 1000 } else { 1 };
    match rng.below(10) {
        0..=6 => (rng.range(4_102_444_800, 7_258_118_400) * scale)
            .to_string()
            .into_bytes(),
        // Invalid times only. A positive time in the past ("1") leaves Redis holding an expired
        // key until its active-expiry timer reclaims it, so what Redis's DBSIZE says next depends
        // on timing; past deadlines are covered by tests with a pinned clock instead.
        7 => rng.pick(&["0", "-1"]).as_bytes().to_vec(),
        8 => rng
            .pick(&["9223372036854775807", "9223372036854775"])
            .as_bytes()
            .to_vec(),
        _ => rng.pick(NOT_INTEGERS).as_bytes().to_vec(),
    }
}

/// A token or argument that no command expects.
pub fn junk(rng: &mut Rng) -> Vec<u8> {
    rng.pick(&[&b"JUNK"[..], b"", b"\xff", b"-1", b"NX NX"])
        .to_vec()
}
