//! Handlers for the sorted set commands, and the score and lexicographic range bounds
//! ([`ScoreBound`], [`LexBound`]) that the `score_bound` and `lex_bound` argument types parse into.
//!
//! Scores are never NaN once stored: an increment that would produce NaN fails with
//! `ERR resulting score is not a number (NaN)`. Replies format scores with
//! `parse::format_double` (through the `Reply` constructors), as Redis 7.0 does (`%.17g`).

use ferrite_macros::command;

use crate::parse;
use crate::value::ZSetValue;
use crate::{Ctx, Error, Reply, Result, Value};

/// A score range endpoint: `1.5` (inclusive), `(1.5` (exclusive), `-inf`, `+inf`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScoreBound {
    /// The endpoint belongs to the range.
    Inclusive(f64),
    /// The endpoint is excluded (`(` prefix).
    Exclusive(f64),
}

impl ScoreBound {
    /// Parses a bound as Redis's `zslParseRange` does: an optional `(` for an exclusive bound,
    /// then C `strtod` over the rest, which must be consumed entirely (a NUL byte ends the text).
    /// Like strtod it accepts leading white space, a `+` sign, `inf`, hexadecimal floats,
    /// out-of-range values (`1e400` is `inf`) and the empty string (which is 0); NaN is rejected.
    /// Error: `ERR min or max is not a float`.
    pub fn parse(bytes: &[u8]) -> Result<ScoreBound> {
        let text = match bytes.iter().position(|b| *b == 0) {
            Some(nul) => &bytes[..nul],
            None => bytes,
        };
        let (exclusive, number) = match text.first() {
            Some(b'(') => (true, &text[1..]),
            _ => (false, text),
        };
        let res = parse::strtod(number);
        if res.consumed != number.len() || res.value.is_nan() {
            return Err(Error::reply("ERR min or max is not a float"));
        }
        Ok(if exclusive {
            ScoreBound::Exclusive(res.value)
        } else {
            ScoreBound::Inclusive(res.value)
        })
    }

    /// The bound as Redis text, which [`ScoreBound::parse`] reads back to the same bound:
    /// `1.5`, `(1.5`, `-inf`, `inf` (`%.17g`, so every finite value round-trips exactly).
    pub fn to_arg(&self) -> Vec<u8> {
        match self {
            ScoreBound::Inclusive(v) => parse::format_double(*v).into_bytes(),
            ScoreBound::Exclusive(v) => format!("({}", parse::format_double(*v)).into_bytes(),
        }
    }

    /// The endpoint's value.
    pub fn value(self) -> f64 {
        match self {
            ScoreBound::Inclusive(v) | ScoreBound::Exclusive(v) => v,
        }
    }

    /// True if `score` is not below this bound taken as a minimum.
    pub fn admits_above(self, score: f64) -> bool {
        match self {
            ScoreBound::Inclusive(min) => score >= min,
            ScoreBound::Exclusive(min) => score > min,
        }
    }

    /// True if `score` is not above this bound taken as a maximum.
    pub fn admits_below(self, score: f64) -> bool {
        match self {
            ScoreBound::Inclusive(max) => score <= max,
            ScoreBound::Exclusive(max) => score < max,
        }
    }
}

impl From<f64> for ScoreBound {
    /// An inclusive bound.
    fn from(value: f64) -> ScoreBound {
        ScoreBound::Inclusive(value)
    }
}

/// A lexicographic range endpoint: `[a` (inclusive), `(a` (exclusive), `-` (below every member),
/// `+` (above every member).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexBound {
    /// `-`: smaller than any member.
    Min,
    /// `+`: greater than any member.
    Max,
    /// `[member`.
    Inclusive(Vec<u8>),
    /// `(member`.
    Exclusive(Vec<u8>),
}

impl LexBound {
    /// Parses a bound as Redis's `zslParseLexRangeItem` does.
    /// Error: `ERR min or max not valid string range item`.
    pub fn parse(bytes: &[u8]) -> Result<LexBound> {
        // `+` and `-` must stand alone (Redis looks at a C string, so a NUL byte ends it).
        let alone = bytes.len() == 1 || bytes.get(1) == Some(&0);
        match bytes.first() {
            Some(b'+') if alone => Ok(LexBound::Max),
            Some(b'-') if alone => Ok(LexBound::Min),
            Some(b'[') => Ok(LexBound::Inclusive(bytes[1..].to_vec())),
            Some(b'(') => Ok(LexBound::Exclusive(bytes[1..].to_vec())),
            _ => Err(Error::reply("ERR min or max not valid string range item")),
        }
    }

    /// The bound as Redis text, which [`LexBound::parse`] reads back to the same bound:
    /// `-`, `+`, `[member`, `(member`.
    pub fn to_arg(&self) -> Vec<u8> {
        let (prefix, member): (u8, &[u8]) = match self {
            LexBound::Min => return b"-".to_vec(),
            LexBound::Max => return b"+".to_vec(),
            LexBound::Inclusive(member) => (b'[', member),
            LexBound::Exclusive(member) => (b'(', member),
        };
        let mut out = Vec::with_capacity(member.len() + 1);
        out.push(prefix);
        out.extend_from_slice(member);
        out
    }

    /// True if `member` is not below this bound taken as a minimum.
    pub fn admits_above(&self, member: &[u8]) -> bool {
        match self {
            LexBound::Min => true,
            LexBound::Max => false,
            LexBound::Inclusive(min) => member >= &min[..],
            LexBound::Exclusive(min) => member > &min[..],
        }
    }

    /// True if `member` is not above this bound taken as a maximum.
    pub fn admits_below(&self, member: &[u8]) -> bool {
        match self {
            LexBound::Min => false,
            LexBound::Max => true,
            LexBound::Inclusive(max) => member <= &max[..],
            LexBound::Exclusive(max) => member < &max[..],
        }
    }

    /// False when no member can lie between `self` (as minimum) and `max` (Redis's first test
    /// in `zslIsInLexRange`).
    fn may_contain(&self, max: &LexBound) -> bool {
        let rank = |b: &LexBound| match b {
            LexBound::Min => 0,
            LexBound::Max => 2,
            _ => 1,
        };
        let text = |b: &LexBound| match b {
            LexBound::Inclusive(t) | LexBound::Exclusive(t) => t.clone(),
            _ => Vec::new(),
        };
        let cmp = rank(self)
            .cmp(&rank(max))
            .then_with(|| text(self).cmp(&text(max)));
        let exclusive =
            matches!(self, LexBound::Exclusive(_)) || matches!(max, LexBound::Exclusive(_));
        !(cmp.is_gt() || (cmp.is_eq() && exclusive))
    }
}

/// `BYSCORE | BYLEX` of ZRANGE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZRangeBy {
    /// `start` and `stop` are score bounds.
    Byscore,
    /// `start` and `stop` are lexicographic bounds.
    Bylex,
}

/// The sorted set under a key, or WRONGTYPE.
fn as_zset(value: Option<&Value>) -> Result<Option<&ZSetValue>> {
    match value {
        None => Ok(None),
        Some(Value::ZSet(z)) => Ok(Some(z)),
        Some(_) => Err(Error::WrongType),
    }
}

fn nan_error() -> Error {
    Error::reply("ERR resulting score is not a number (NaN)")
}

/// Argument `i` of argv (`execute` has checked the arity, so a missing one is only defensive).
fn arg<'a>(argv: &[&'a [u8]], i: usize) -> Result<&'a [u8]> {
    argv.get(i).copied().ok_or(Error::Syntax)
}

fn not_positive_error() -> Error {
    Error::reply("ERR value is out of range, must be positive")
}

fn positive_count(count: Option<i64>) -> Result<usize> {
    match count {
        None => Ok(1),
        Some(n) if n < 0 => Err(not_positive_error()),
        Some(n) => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
    }
}

/// Clamps a Redis rank range (negative = from the end) to `start..end` over `len` entries.
fn rank_span(start: i64, stop: i64, len: usize) -> Option<(usize, usize)> {
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let mut start = if start < 0 {
        start.saturating_add(len_i)
    } else {
        start
    };
    let mut stop = if stop < 0 {
        stop.saturating_add(len_i)
    } else {
        stop
    };
    if start < 0 {
        start = 0;
    }
    if start > stop || start >= len_i {
        return None;
    }
    if stop >= len_i {
        stop = len_i - 1;
    }
    Some((start as usize, stop as usize + 1))
}

/// Redis's checks of ZADD's flags against each other and against the pair count, in its order
/// (the count of pairs is checked before this, by the caller).
fn zadd_check_flags(
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
    incr: bool,
    pairs: usize,
) -> Result<()> {
    if nx && xx {
        return Err(Error::reply(
            "ERR XX and NX options at the same time are not compatible",
        ));
    }
    if (nx && (gt || lt)) || (gt && lt) {
        return Err(Error::reply(
            "ERR GT, LT, and/or NX options at the same time are not compatible",
        ));
    }
    if incr && pairs > 1 {
        return Err(Error::reply(
            "ERR INCR option supports a single increment-element pair",
        ));
    }
    Ok(())
}

/// ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]
#[command(ZADD)]
#[allow(clippy::too_many_arguments)]
pub fn zadd(
    ctx: &Ctx,
    key: &[u8],
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
    ch: bool,
    incr: bool,
    members: &[(f64, &[u8])],
) -> Result<Reply> {
    if members.is_empty() {
        return Err(Error::Syntax);
    }
    zadd_check_flags(nx, xx, gt, lt, incr, members.len())?;
    if members.iter().any(|(score, _)| score.is_nan()) {
        return Err(Error::NotFloat);
    }
    zadd_apply(ctx, key, nx, xx, gt, lt, ch, incr, members)
}

/// ZADD from argv, in Redis's order: the flags up to the first other word, then the count of
/// arguments left (pairs, else `ERR syntax error`), then the flags' conflicts, then every score
/// (before the key is looked up), then the key.
pub fn zadd_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let key = arg(argv, 1)?;
    let (mut nx, mut xx, mut gt, mut lt, mut ch, mut incr) =
        (false, false, false, false, false, false);
    let mut idx = 2;
    while let Some(opt) = argv.get(idx) {
        let flag = match opt.to_ascii_uppercase().as_slice() {
            b"NX" => &mut nx,
            b"XX" => &mut xx,
            b"CH" => &mut ch,
            b"INCR" => &mut incr,
            b"GT" => &mut gt,
            b"LT" => &mut lt,
            _ => break,
        };
        *flag = true;
        idx += 1;
    }
    let rest = argv.get(idx..).unwrap_or_default();
    if rest.is_empty() || rest.len() % 2 != 0 {
        return Err(Error::Syntax);
    }
    zadd_check_flags(nx, xx, gt, lt, incr, rest.len() / 2)?;
    let members = rest
        .chunks_exact(2)
        .map(|pair| Ok((parse::float(pair[0])?, pair[1])))
        .collect::<Result<Vec<_>>>()?;
    zadd_apply(ctx, key, nx, xx, gt, lt, ch, incr, &members)
}

/// The effect of ZADD once its arguments are checked (scores are not NaN).
#[allow(clippy::too_many_arguments)]
fn zadd_apply(
    ctx: &Ctx,
    key: &[u8],
    nx: bool,
    xx: bool,
    gt: bool,
    lt: bool,
    ch: bool,
    incr: bool,
    members: &[(f64, &[u8])],
) -> Result<Reply> {
    ctx.write(&[key], |view| {
        let exists = as_zset(view.get(key))?.is_some();
        let nothing = || if incr { Reply::Nil } else { Reply::Integer(0) };
        if !exists && xx {
            return Ok(nothing());
        }
        let Value::ZSet(z) = view.get_or_insert_with(key, || Value::zset(ZSetValue::new())) else {
            return Err(Error::WrongType);
        };
        let (mut added, mut updated) = (0usize, 0usize);
        let mut result = None;
        for &(score, member) in members {
            match z.score(member) {
                Some(current) => {
                    if nx {
                        continue;
                    }
                    let new = if incr { current + score } else { score };
                    if new.is_nan() {
                        return Err(nan_error());
                    }
                    if (lt && new >= current) || (gt && new <= current) {
                        continue;
                    }
                    if new != current {
                        z.insert(member, new);
                        updated += 1;
                    }
                    result = Some(new);
                }
                None => {
                    if xx {
                        continue;
                    }
                    z.insert(member, score);
                    added += 1;
                    result = Some(score);
                }
            }
        }
        Ok(if incr {
            Reply::from_optional_float(result)
        } else {
            Reply::from_count(added + if ch { updated } else { 0 })
        })
    })
}

/// ZINCRBY key increment member
#[command(ZINCRBY)]
pub fn zincrby(ctx: &Ctx, key: &[u8], increment: f64, member: &[u8]) -> Result<f64> {
    if increment.is_nan() {
        return Err(Error::NotFloat);
    }
    ctx.write(&[key], |view| {
        as_zset(view.get(key))?;
        let Value::ZSet(z) = view.get_or_insert_with(key, || Value::zset(ZSetValue::new())) else {
            return Err(Error::WrongType);
        };
        let new = match z.score(member) {
            Some(current) => current + increment,
            None => increment,
        };
        if new.is_nan() {
            return Err(nan_error());
        }
        z.insert(member, new);
        Ok(new)
    })
}

/// ZREM key member [member ...]
#[command(ZREM)]
pub fn zrem(ctx: &Ctx, key: &[u8], members: &[&[u8]]) -> Result<usize> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => Ok(0),
        Some(Value::ZSet(z)) => Ok(members.iter().filter(|m| z.remove(m).is_some()).count()),
        Some(_) => Err(Error::WrongType),
    })
}

/// ZSCORE key member
#[command(ZSCORE)]
pub fn zscore(ctx: &Ctx, key: &[u8], member: &[u8]) -> Result<Option<f64>> {
    ctx.read(key, |value| {
        Ok(as_zset(value)?.and_then(|z| z.score(member)))
    })
}

/// ZMSCORE key member [member ...]
#[command(ZMSCORE)]
pub fn zmscore(ctx: &Ctx, key: &[u8], members: &[&[u8]]) -> Result<Vec<Option<f64>>> {
    ctx.read(key, |value| {
        let z = as_zset(value)?;
        Ok(members.iter().map(|m| z.and_then(|z| z.score(m))).collect())
    })
}

/// ZCARD key
#[command(ZCARD)]
pub fn zcard(ctx: &Ctx, key: &[u8]) -> Result<usize> {
    ctx.read(key, |value| Ok(as_zset(value)?.map_or(0, ZSetValue::len)))
}

/// ZRANK key member
#[command(ZRANK)]
pub fn zrank(ctx: &Ctx, key: &[u8], member: &[u8]) -> Result<Option<usize>> {
    ctx.read(
        key,
        |value| Ok(as_zset(value)?.and_then(|z| z.rank(member))),
    )
}

/// ZREVRANK key member
#[command(ZREVRANK)]
pub fn zrevrank(ctx: &Ctx, key: &[u8], member: &[u8]) -> Result<Option<usize>> {
    ctx.read(key, |value| {
        Ok(as_zset(value)?.and_then(|z| z.rank(member).map(|r| z.len() - 1 - r)))
    })
}

/// ZCOUNT key min max
#[command(ZCOUNT)]
pub fn zcount(ctx: &Ctx, key: &[u8], min: ScoreBound, max: ScoreBound) -> Result<usize> {
    ctx.read(key, |value| {
        Ok(as_zset(value)?.map_or(0, |z| {
            let (start, end) = score_span(z, min, max);
            end.saturating_sub(start)
        }))
    })
}

/// Ranks `start..end` of the entries between `min` and `max` (`start >= end` when none).
fn score_span(z: &ZSetValue, min: ScoreBound, max: ScoreBound) -> (usize, usize) {
    let start = z.partition_point(|_, score| !min.admits_above(score));
    let end = z.partition_point(|_, score| max.admits_below(score));
    (start, end)
}

/// What a range query selects.
enum RangeSpec {
    Rank(i64, i64),
    Score(ScoreBound, ScoreBound),
    Lex(LexBound, LexBound),
}

/// Applies `LIMIT offset count` to a walk, as Redis does: a negative offset skips everything,
/// a negative count means no limit.
fn limited<'a, I: Iterator<Item = (&'a [u8], f64)>>(
    iter: I,
    limit: Option<(i64, i64)>,
) -> impl Iterator<Item = (&'a [u8], f64)> {
    let (offset, count) = limit.unwrap_or((0, -1));
    let skip = usize::try_from(offset).unwrap_or(usize::MAX);
    let take = usize::try_from(count).unwrap_or(usize::MAX);
    iter.skip(skip).take(take)
}

/// The entries a range query selects, in reply order.
fn range_entries(
    z: &ZSetValue,
    spec: &RangeSpec,
    rev: bool,
    limit: Option<(i64, i64)>,
) -> Vec<(Vec<u8>, f64)> {
    let len = z.len();
    let own = |(m, s): (&[u8], f64)| (m.to_vec(), s);
    match spec {
        RangeSpec::Rank(start, stop) => {
            let Some((start, end)) = rank_span(*start, *stop, len) else {
                return Vec::new();
            };
            if rev {
                z.iter_rev_from(len - 1 - start)
                    .take(end - start)
                    .map(own)
                    .collect()
            } else {
                z.iter_from(start).take(end - start).map(own).collect()
            }
        }
        RangeSpec::Score(min, max) => {
            let (start, end) = score_span(z, *min, *max);
            if start >= end {
                return Vec::new();
            }
            if rev {
                limited(z.iter_rev_from(end - 1).take(end - start), limit)
                    .map(own)
                    .collect()
            } else {
                limited(z.iter_from(start).take(end - start), limit)
                    .map(own)
                    .collect()
            }
        }
        RangeSpec::Lex(min, max) => {
            // Redis walks from the first (last) member inside the bound and stops at the first
            // member outside the other one; with equal scores this is the lexicographic range.
            let in_range = min.may_contain(max)
                && z.get_by_rank(len.wrapping_sub(1))
                    .is_some_and(|(m, _)| min.admits_above(m))
                && z.get_by_rank(0).is_some_and(|(m, _)| max.admits_below(m));
            if !in_range {
                return Vec::new();
            }
            // The listpack form is scanned linearly, as Redis scans its listpack, so that sets
            // with mixed scores give Redis's answer; the large form binary-searches.
            let small = z.encoding() == "listpack";
            if rev {
                let last = if small {
                    z.iter_rev_from(len - 1)
                        .position(|(m, _)| max.admits_below(m))
                        .map(|i| len - 1 - i)
                } else {
                    z.partition_point(|m, _| max.admits_below(m)).checked_sub(1)
                };
                let Some(last) =
                    last.filter(|r| z.get_by_rank(*r).is_some_and(|(m, _)| min.admits_above(m)))
                else {
                    return Vec::new();
                };
                limited(z.iter_rev_from(last), limit)
                    .take_while(|(m, _)| min.admits_above(m))
                    .map(own)
                    .collect()
            } else {
                let first = if small {
                    z.iter().position(|(m, _)| min.admits_above(m))
                } else {
                    Some(z.partition_point(|m, _| !min.admits_above(m))).filter(|r| *r < len)
                };
                let Some(first) =
                    first.filter(|r| z.get_by_rank(*r).is_some_and(|(m, _)| max.admits_below(m)))
                else {
                    return Vec::new();
                };
                limited(z.iter_from(first), limit)
                    .take_while(|(m, _)| max.admits_below(m))
                    .map(own)
                    .collect()
            }
        }
    }
}

fn range_reply(entries: Vec<(Vec<u8>, f64)>, withscores: bool) -> Reply {
    if withscores {
        Reply::from_scored_list(entries)
    } else {
        Reply::from_list(entries.into_iter().map(|(m, _)| m).collect())
    }
}

fn read_range(
    ctx: &Ctx,
    key: &[u8],
    spec: &RangeSpec,
    rev: bool,
    limit: Option<(i64, i64)>,
    withscores: bool,
) -> Result<Reply> {
    ctx.read(key, |value| {
        let entries = as_zset(value)?
            .map(|z| range_entries(z, spec, rev, limit))
            .unwrap_or_default();
        Ok(range_reply(entries, withscores))
    })
}

/// ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]
#[command(ZRANGE)]
#[allow(clippy::too_many_arguments)]
pub fn zrange(
    ctx: &Ctx,
    key: &[u8],
    start: &[u8],
    stop: &[u8],
    by: Option<ZRangeBy>,
    rev: bool,
    limit: Option<(i64, i64)>,
    withscores: bool,
) -> Result<Reply> {
    range_command(ctx, key, start, stop, by, rev, limit, withscores)
}

/// The range commands once their options are scanned, in Redis's order (`zrangeGenericCommand`):
/// the options' conflicts, then the range (ranks, scores or lex items; with REV, BYSCORE and
/// BYLEX take it as `max min`), then the key.
#[allow(clippy::too_many_arguments)]
fn range_command(
    ctx: &Ctx,
    key: &[u8],
    start: &[u8],
    stop: &[u8],
    by: Option<ZRangeBy>,
    rev: bool,
    limit: Option<(i64, i64)>,
    withscores: bool,
) -> Result<Reply> {
    if by.is_none() && limit.is_some_and(|(_, count)| count != -1) {
        return Err(Error::reply(
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX",
        ));
    }
    if withscores && by == Some(ZRangeBy::Bylex) {
        return Err(Error::reply(
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX",
        ));
    }
    // With REV, BYSCORE and BYLEX take the range as `max min`.
    let (low, high) = if rev && by.is_some() {
        (stop, start)
    } else {
        (start, stop)
    };
    let spec = match by {
        None => RangeSpec::Rank(parse::integer(low)?, parse::integer(high)?),
        Some(ZRangeBy::Byscore) => {
            RangeSpec::Score(ScoreBound::parse(low)?, ScoreBound::parse(high)?)
        }
        Some(ZRangeBy::Bylex) => RangeSpec::Lex(LexBound::parse(low)?, LexBound::parse(high)?),
    };
    let limit = if by.is_none() { None } else { limit };
    read_range(ctx, key, &spec, rev, limit, withscores)
}

/// What a range command fixes before its options are read: ZRANGE fixes nothing; ZREVRANGE,
/// ZRANGEBYSCORE and ZREVRANGEBYSCORE fix the range type and the direction, so that BYSCORE,
/// BYLEX and REV are syntax errors there.
#[derive(Clone, Copy)]
struct RangeFixed {
    by: Option<Option<ZRangeBy>>,
    rev: Option<bool>,
}

/// A range command from argv, as Redis's `zrangeGenericCommand` reads it: `key start stop`, then
/// the options scanned left to right (WITHSCORES may repeat; LIMIT's two numbers are parsed as
/// soon as it is met, and it may repeat; REV, BYSCORE, BYLEX are accepted once and only where the
/// command leaves them open; anything else, or a LIMIT without two words after it, is
/// `ERR syntax error`), then [`range_command`].
fn range_argv(ctx: &Ctx, argv: &[&[u8]], fixed: RangeFixed) -> Result<Reply> {
    let key = arg(argv, 1)?;
    let start = arg(argv, 2)?;
    let stop = arg(argv, 3)?;
    let (mut by, mut rev) = (fixed.by, fixed.rev);
    let mut limit = None;
    let mut withscores = false;
    let mut j = 4;
    while let Some(opt) = argv.get(j) {
        let left = argv.len() - j - 1;
        if opt.eq_ignore_ascii_case(b"WITHSCORES") {
            withscores = true;
        } else if opt.eq_ignore_ascii_case(b"LIMIT") && left >= 2 {
            let offset = parse::integer(arg(argv, j + 1)?)?;
            let count = parse::integer(arg(argv, j + 2)?)?;
            limit = Some((offset, count));
            j += 2;
        } else if rev.is_none() && opt.eq_ignore_ascii_case(b"REV") {
            rev = Some(true);
        } else if by.is_none() && opt.eq_ignore_ascii_case(b"BYLEX") {
            by = Some(Some(ZRangeBy::Bylex));
        } else if by.is_none() && opt.eq_ignore_ascii_case(b"BYSCORE") {
            by = Some(Some(ZRangeBy::Byscore));
        } else {
            return Err(Error::Syntax);
        }
        j += 1;
    }
    range_command(
        ctx,
        key,
        start,
        stop,
        by.flatten(),
        rev.unwrap_or(false),
        limit,
        withscores,
    )
}

/// ZRANGE from argv (see [`range_argv`]).
pub fn zrange_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    range_argv(
        ctx,
        argv,
        RangeFixed {
            by: None,
            rev: None,
        },
    )
}

/// ZREVRANGE from argv (see [`range_argv`]): a rank range, reversed; Redis accepts
/// `LIMIT offset -1` here, and rejects any other LIMIT with ZRANGE's text.
pub fn zrevrange_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let fixed = RangeFixed {
        by: Some(None),
        rev: Some(true),
    };
    range_argv(ctx, argv, fixed)
}

/// ZRANGEBYSCORE from argv (see [`range_argv`]).
pub fn zrangebyscore_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let fixed = RangeFixed {
        by: Some(Some(ZRangeBy::Byscore)),
        rev: Some(false),
    };
    range_argv(ctx, argv, fixed)
}

/// ZREVRANGEBYSCORE from argv (see [`range_argv`]): the range is given as `max min`.
pub fn zrevrangebyscore_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    let fixed = RangeFixed {
        by: Some(Some(ZRangeBy::Byscore)),
        rev: Some(true),
    };
    range_argv(ctx, argv, fixed)
}

/// ZREVRANGE key start stop [WITHSCORES]
#[command(ZREVRANGE)]
pub fn zrevrange(ctx: &Ctx, key: &[u8], start: i64, stop: i64, withscores: bool) -> Result<Reply> {
    read_range(
        ctx,
        key,
        &RangeSpec::Rank(start, stop),
        true,
        None,
        withscores,
    )
}

/// ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]
#[command(ZRANGEBYSCORE)]
pub fn zrangebyscore(
    ctx: &Ctx,
    key: &[u8],
    min: ScoreBound,
    max: ScoreBound,
    withscores: bool,
    limit: Option<(i64, i64)>,
) -> Result<Reply> {
    read_range(
        ctx,
        key,
        &RangeSpec::Score(min, max),
        false,
        limit,
        withscores,
    )
}

/// ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]
#[command(ZREVRANGEBYSCORE)]
pub fn zrevrangebyscore(
    ctx: &Ctx,
    key: &[u8],
    max: ScoreBound,
    min: ScoreBound,
    withscores: bool,
    limit: Option<(i64, i64)>,
) -> Result<Reply> {
    read_range(
        ctx,
        key,
        &RangeSpec::Score(min, max),
        true,
        limit,
        withscores,
    )
}

fn pop(ctx: &Ctx, key: &[u8], count: Option<i64>, max: bool) -> Result<Vec<(Vec<u8>, f64)>> {
    let n = positive_count(count)?;
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => Ok(Vec::new()),
        Some(Value::ZSet(z)) => {
            let len = z.len();
            let n = n.min(len);
            Ok(if max {
                let mut popped = z.remove_range(len - n, len);
                popped.reverse();
                popped
            } else {
                z.remove_range(0, n)
            })
        }
        Some(_) => Err(Error::WrongType),
    })
}

/// ZPOPMIN / ZPOPMAX from argv, as Redis's `zpopMinMaxCommand`: more than one argument after the
/// key is `ERR syntax error` before the count is read; a count that is not an integer, or is
/// negative, is `ERR value is out of range, must be positive`.
fn pop_argv(ctx: &Ctx, argv: &[&[u8]], max: bool) -> Result<Reply> {
    if argv.len() > 3 {
        return Err(Error::Syntax);
    }
    let key = arg(argv, 1)?;
    let count = match argv.get(2) {
        None => None,
        Some(raw) => Some(parse::integer(raw).map_err(|_| not_positive_error())?),
    };
    pop(ctx, key, count, max).map(Reply::from_scored_list)
}

/// ZPOPMIN from argv (see [`pop_argv`]).
pub fn zpopmin_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    pop_argv(ctx, argv, false)
}

/// ZPOPMAX from argv (see [`pop_argv`]).
pub fn zpopmax_argv(ctx: &Ctx, argv: &[&[u8]]) -> Result<Reply> {
    pop_argv(ctx, argv, true)
}

/// ZPOPMIN key [count]
#[command(ZPOPMIN)]
pub fn zpopmin(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Vec<(Vec<u8>, f64)>> {
    pop(ctx, key, count, false)
}

/// ZPOPMAX key [count]
#[command(ZPOPMAX)]
pub fn zpopmax(ctx: &Ctx, key: &[u8], count: Option<i64>) -> Result<Vec<(Vec<u8>, f64)>> {
    pop(ctx, key, count, true)
}

/// ZREMRANGEBYRANK key start stop
#[command(ZREMRANGEBYRANK)]
pub fn zremrangebyrank(ctx: &Ctx, key: &[u8], start: i64, stop: i64) -> Result<usize> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => Ok(0),
        Some(Value::ZSet(z)) => Ok(match rank_span(start, stop, z.len()) {
            Some((start, end)) => z.remove_range(start, end).len(),
            None => 0,
        }),
        Some(_) => Err(Error::WrongType),
    })
}

/// ZREMRANGEBYSCORE key min max
#[command(ZREMRANGEBYSCORE)]
pub fn zremrangebyscore(ctx: &Ctx, key: &[u8], min: ScoreBound, max: ScoreBound) -> Result<usize> {
    ctx.write(&[key], |view| match view.get_mut(key) {
        None => Ok(0),
        Some(Value::ZSet(z)) => {
            let (start, end) = score_span(z, min, max);
            Ok(if start < end {
                z.remove_range(start, end).len()
            } else {
                0
            })
        }
        Some(_) => Err(Error::WrongType),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::string::set;
    use crate::Keyspace;
    use std::sync::atomic::AtomicUsize;

    fn bulks(items: &[&str]) -> Reply {
        Reply::Array(
            items
                .iter()
                .map(|s| Reply::Bulk(s.as_bytes().to_vec()))
                .collect(),
        )
    }

    fn err_text<T: std::fmt::Debug>(res: Result<T>) -> String {
        res.unwrap_err().to_string()
    }

    const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

    fn setup(ks: &Keyspace) -> (AtomicUsize, &Keyspace) {
        (AtomicUsize::new(0), ks)
    }

    #[test]
    fn score_bounds_follow_zsl_parse_range() {
        use ScoreBound::*;
        // Each case checked with ZCOUNT against redis-server 7.0.15.
        assert_eq!(ScoreBound::parse(b"1.5").unwrap(), Inclusive(1.5));
        assert_eq!(ScoreBound::parse(b"(1.5").unwrap(), Exclusive(1.5));
        assert_eq!(ScoreBound::parse(b"").unwrap(), Inclusive(0.0));
        assert_eq!(ScoreBound::parse(b"(").unwrap(), Exclusive(0.0));
        assert_eq!(ScoreBound::parse(b" 1").unwrap(), Inclusive(1.0));
        assert_eq!(ScoreBound::parse(b"\t2").unwrap(), Inclusive(2.0));
        assert_eq!(ScoreBound::parse(b"( 2").unwrap(), Exclusive(2.0));
        assert_eq!(ScoreBound::parse(b"+2").unwrap(), Inclusive(2.0));
        assert_eq!(ScoreBound::parse(b"0x10").unwrap(), Inclusive(16.0));
        assert_eq!(
            ScoreBound::parse(b"1e400").unwrap(),
            Inclusive(f64::INFINITY)
        );
        assert_eq!(
            ScoreBound::parse(b"-1e400").unwrap(),
            Inclusive(f64::NEG_INFINITY)
        );
        assert_eq!(ScoreBound::parse(b"1e-400").unwrap(), Inclusive(0.0));
        assert_eq!(
            ScoreBound::parse(b"(-inf").unwrap(),
            Exclusive(f64::NEG_INFINITY)
        );
        assert_eq!(
            ScoreBound::parse(b"+inf").unwrap(),
            Inclusive(f64::INFINITY)
        );
        assert_eq!(ScoreBound::parse(b"3\0junk").unwrap(), Inclusive(3.0));
        for bad in [
            &b" "[..],
            b"nan",
            b"(nan",
            b"1 ",
            b"((1",
            b"[1",
            b"a",
            b"-",
            b"+",
            b"1e",
            b"(x",
        ] {
            assert_eq!(
                err_text(ScoreBound::parse(bad)),
                "ERR min or max is not a float",
                "{bad:?}"
            );
        }
        assert_eq!(ScoreBound::from(2.5), Inclusive(2.5));
    }

    #[test]
    fn lex_bounds() {
        assert_eq!(LexBound::parse(b"-").unwrap(), LexBound::Min);
        assert_eq!(LexBound::parse(b"+").unwrap(), LexBound::Max);
        assert_eq!(
            LexBound::parse(b"[a").unwrap(),
            LexBound::Inclusive(b"a".to_vec())
        );
        assert_eq!(
            LexBound::parse(b"(").unwrap(),
            LexBound::Exclusive(Vec::new())
        );
        for bad in [&b""[..], b"a", b"-a", b"+a", b"]a"] {
            assert_eq!(
                err_text(LexBound::parse(bad)),
                "ERR min or max not valid string range item"
            );
        }
    }

    #[test]
    fn bounds_round_trip_through_their_text() {
        let values = [
            0.0,
            -0.0,
            1.5,
            -2.25,
            0.1,
            1.0 / 3.0,
            1e300,
            -1e-300,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for v in values {
            for bound in [ScoreBound::Inclusive(v), ScoreBound::Exclusive(v)] {
                let back = ScoreBound::parse(&bound.to_arg()).unwrap();
                assert_eq!(back, bound);
                assert_eq!(back.value().to_bits(), v.to_bits(), "{v:e}");
                assert_eq!(
                    matches!(back, ScoreBound::Exclusive(_)),
                    matches!(bound, ScoreBound::Exclusive(_))
                );
            }
        }
        assert_eq!(ScoreBound::Exclusive(1.5).to_arg(), b"(1.5");
        assert_eq!(ScoreBound::Inclusive(f64::NEG_INFINITY).to_arg(), b"-inf");
        for bound in [
            LexBound::Min,
            LexBound::Max,
            LexBound::Inclusive(Vec::new()),
            LexBound::Exclusive(b"a".to_vec()),
            LexBound::Inclusive(b"-".to_vec()),
            LexBound::Exclusive(b"+".to_vec()),
            LexBound::Inclusive(b"\0x\xff".to_vec()),
        ] {
            assert_eq!(LexBound::parse(&bound.to_arg()).unwrap(), bound);
        }
        assert_eq!(LexBound::Inclusive(b"a".to_vec()).to_arg(), b"[a");
        assert_eq!(LexBound::Min.to_arg(), b"-");
    }

    #[test]
    fn zadd_options_and_errors() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        let add = |nx, xx, gt, lt, ch, incr, members: &[(f64, &[u8])]| {
            zadd(&ctx, b"z", nx, xx, gt, lt, ch, incr, members)
        };
        assert_eq!(
            add(
                false,
                false,
                false,
                false,
                false,
                false,
                &[(1.0, b"a"), (2.0, b"b"), (3.0, b"c")]
            )
            .unwrap(),
            Reply::Integer(3)
        );
        assert_eq!(
            add(
                false,
                false,
                true,
                false,
                true,
                false,
                &[(1.0, b"a"), (5.0, b"b"), (2.0, b"c")]
            )
            .unwrap(),
            Reply::Integer(1)
        );
        assert_eq!(zscore(&ctx, b"z", b"b").unwrap(), Some(5.0));
        assert_eq!(
            add(false, false, false, true, false, true, &[(1.0, b"a")]).unwrap(),
            Reply::Nil
        );
        assert_eq!(
            add(false, false, true, false, false, true, &[(1.0, b"a")]).unwrap(),
            Reply::Bulk(b"2".to_vec())
        );
        assert_eq!(
            add(false, true, false, false, false, false, &[(10.0, b"new")]).unwrap(),
            Reply::Integer(0)
        );
        assert_eq!(
            add(true, false, false, false, false, true, &[(5.0, b"a")]).unwrap(),
            Reply::Nil
        );
        assert_eq!(
            add(
                false,
                false,
                false,
                false,
                true,
                false,
                &[(2.0, b"a"), (9.0, b"c")]
            )
            .unwrap(),
            Reply::Integer(1)
        );
        assert_eq!(
            zadd(
                &ctx,
                b"none",
                false,
                true,
                false,
                false,
                false,
                true,
                &[(1.0, b"a")]
            )
            .unwrap(),
            Reply::Nil
        );
        assert_eq!(
            zadd(
                &ctx,
                b"none",
                false,
                true,
                false,
                false,
                false,
                false,
                &[(1.0, b"a")]
            )
            .unwrap(),
            Reply::Integer(0)
        );
        assert!(ctx.read(b"none", |v| v.is_none()));
        assert_eq!(
            err_text(add(true, true, false, false, false, false, &[(1.0, b"a")])),
            "ERR XX and NX options at the same time are not compatible"
        );
        for (nx, gt, lt) in [
            (true, true, false),
            (true, false, true),
            (false, true, true),
        ] {
            assert_eq!(
                err_text(add(nx, false, gt, lt, false, false, &[(1.0, b"a")])),
                "ERR GT, LT, and/or NX options at the same time are not compatible"
            );
        }
        assert_eq!(
            err_text(add(
                false,
                false,
                false,
                false,
                false,
                true,
                &[(1.0, b"a"), (1.0, b"b")]
            )),
            "ERR INCR option supports a single increment-element pair"
        );
        assert_eq!(
            err_text(add(false, false, false, false, false, false, &[])),
            "ERR syntax error"
        );
        assert_eq!(
            err_text(add(
                false,
                false,
                false,
                false,
                false,
                false,
                &[(f64::NAN, b"a")]
            )),
            "ERR value is not a valid float"
        );
        add(
            false,
            false,
            false,
            false,
            false,
            false,
            &[(f64::INFINITY, b"i")],
        )
        .unwrap();
        assert_eq!(
            err_text(add(
                false,
                false,
                false,
                false,
                false,
                true,
                &[(f64::NEG_INFINITY, b"i")]
            )),
            "ERR resulting score is not a number (NaN)"
        );
        assert_eq!(zscore(&ctx, b"z", b"i").unwrap(), Some(f64::INFINITY));
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(
            err_text(zadd(
                &ctx,
                b"str",
                false,
                false,
                false,
                false,
                false,
                false,
                &[(1.0, b"a")]
            )),
            WRONGTYPE
        );
        assert_eq!(
            err_text(zadd(
                &ctx,
                b"str",
                true,
                true,
                false,
                false,
                false,
                false,
                &[(1.0, b"a")]
            )),
            "ERR XX and NX options at the same time are not compatible"
        );
    }

    #[test]
    fn zincrby_and_negative_zero() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        assert_eq!(zincrby(&ctx, b"z", 1.5, b"a").unwrap(), 1.5);
        assert_eq!(zincrby(&ctx, b"z", -1.5, b"a").unwrap(), 0.0);
        assert_eq!(
            zincrby(&ctx, b"z", f64::INFINITY, b"a").unwrap(),
            f64::INFINITY
        );
        assert_eq!(
            err_text(zincrby(&ctx, b"z", f64::NEG_INFINITY, b"a")),
            "ERR resulting score is not a number (NaN)"
        );
        // Redis replies -0 for a new member incremented by -0 but stores 0 in a listpack.
        let reply = zadd(
            &ctx,
            b"z",
            false,
            false,
            false,
            false,
            false,
            true,
            &[(-0.0, b"n")],
        )
        .unwrap();
        assert_eq!(reply, Reply::Bulk(b"-0".to_vec()));
        assert_eq!(
            Reply::from_optional_float(zscore(&ctx, b"z", b"n").unwrap()),
            Reply::Bulk(b"0".to_vec())
        );
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(err_text(zincrby(&ctx, b"str", 1.0, b"a")), WRONGTYPE);
    }

    fn fill(ctx: &Ctx) {
        let members: [(f64, &[u8]); 5] = [
            (0.0, b"a"),
            (1.0, b"b"),
            (2.0, b"c"),
            (3.0, b"d"),
            (16.0, b"e"),
        ];
        zadd(
            ctx, b"z", false, false, false, false, false, false, &members,
        )
        .unwrap();
    }

    #[test]
    fn reads_and_ranks() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        fill(&ctx);
        assert_eq!(zcard(&ctx, b"z").unwrap(), 5);
        assert_eq!(zcard(&ctx, b"none").unwrap(), 0);
        assert_eq!(zrank(&ctx, b"z", b"c").unwrap(), Some(2));
        assert_eq!(zrevrank(&ctx, b"z", b"c").unwrap(), Some(2));
        assert_eq!(zrevrank(&ctx, b"z", b"e").unwrap(), Some(0));
        assert_eq!(zrank(&ctx, b"z", b"zz").unwrap(), None);
        assert_eq!(zrank(&ctx, b"none", b"zz").unwrap(), None);
        assert_eq!(
            zmscore(&ctx, b"z", &[b"a", b"zz", b"e"]).unwrap(),
            vec![Some(0.0), None, Some(16.0)]
        );
        assert_eq!(zmscore(&ctx, b"none", &[b"a"]).unwrap(), vec![None]);
        let inc = ScoreBound::Inclusive;
        let exc = ScoreBound::Exclusive;
        assert_eq!(zcount(&ctx, b"z", inc(1.0), inc(3.0)).unwrap(), 3);
        assert_eq!(zcount(&ctx, b"z", exc(1.0), exc(3.0)).unwrap(), 1);
        assert_eq!(zcount(&ctx, b"z", inc(3.0), inc(1.0)).unwrap(), 0);
        assert_eq!(zcount(&ctx, b"z", exc(2.0), exc(2.0)).unwrap(), 0);
        assert_eq!(
            zcount(&ctx, b"z", inc(f64::INFINITY), inc(f64::INFINITY)).unwrap(),
            0
        );
        assert_eq!(zcount(&ctx, b"none", inc(0.0), inc(1.0)).unwrap(), 0);
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(err_text(zcard(&ctx, b"str")), WRONGTYPE);
        assert_eq!(err_text(zrank(&ctx, b"str", b"a")), WRONGTYPE);
        assert_eq!(err_text(zrevrank(&ctx, b"str", b"a")), WRONGTYPE);
        assert_eq!(err_text(zscore(&ctx, b"str", b"a")), WRONGTYPE);
        assert_eq!(err_text(zmscore(&ctx, b"str", &[b"a"])), WRONGTYPE);
        assert_eq!(
            err_text(zcount(&ctx, b"str", inc(0.0), inc(1.0))),
            WRONGTYPE
        );
        assert_eq!(err_text(zrem(&ctx, b"str", &[b"a"])), WRONGTYPE);
        assert_eq!(err_text(zpopmin(&ctx, b"str", Some(0))), WRONGTYPE);
        assert_eq!(err_text(zremrangebyrank(&ctx, b"str", 0, 1)), WRONGTYPE);
        assert_eq!(
            err_text(zremrangebyscore(&ctx, b"str", inc(0.0), inc(1.0))),
            WRONGTYPE
        );
        assert_eq!(
            err_text(zrange(&ctx, b"str", b"0", b"-1", None, false, None, false)),
            WRONGTYPE
        );
        assert_eq!(err_text(zrevrange(&ctx, b"str", 0, -1, false)), WRONGTYPE);
        assert_eq!(
            err_text(zrangebyscore(&ctx, b"str", inc(0.0), inc(1.0), false, None)),
            WRONGTYPE
        );
    }

    #[test]
    fn zrange_variants() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        fill(&ctx);
        let zr = |start: &str, stop: &str, by, rev, limit, ws| {
            zrange(
                &ctx,
                b"z",
                start.as_bytes(),
                stop.as_bytes(),
                by,
                rev,
                limit,
                ws,
            )
        };
        use ZRangeBy::*;
        assert_eq!(
            zr("0", "-1", None, false, None, false).unwrap(),
            bulks(&["a", "b", "c", "d", "e"])
        );
        assert_eq!(
            zr("-2", "100", None, false, None, false).unwrap(),
            bulks(&["d", "e"])
        );
        assert_eq!(
            zr("0", "1", None, true, None, false).unwrap(),
            bulks(&["e", "d"])
        );
        assert_eq!(zr("3", "1", None, false, None, false).unwrap(), bulks(&[]));
        assert_eq!(zr("5", "10", None, false, None, false).unwrap(), bulks(&[]));
        assert_eq!(
            zr("0", "-1", None, false, Some((5, -1)), false).unwrap(),
            bulks(&["a", "b", "c", "d", "e"])
        );
        assert_eq!(
            zr("0", "0", None, false, None, true).unwrap(),
            Reply::Array(vec![Reply::Bulk(b"a".to_vec()), Reply::Bulk(b"0".to_vec())])
        );
        assert_eq!(
            zr("(1", "3", Some(Byscore), false, None, false).unwrap(),
            bulks(&["c", "d"])
        );
        assert_eq!(
            zr("3", "(1", Some(Byscore), true, None, false).unwrap(),
            bulks(&["d", "c"])
        );
        assert_eq!(
            zr("-inf", "+inf", Some(Byscore), false, Some((1, 2)), false).unwrap(),
            bulks(&["b", "c"])
        );
        assert_eq!(
            zr("+inf", "-inf", Some(Byscore), true, Some((1, 2)), false).unwrap(),
            bulks(&["d", "c"])
        );
        assert_eq!(
            zr("0", "100", Some(Byscore), false, Some((-1, 5)), false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            zr("0", "100", Some(Byscore), false, Some((0, 0)), false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            zr("0", "100", Some(Byscore), false, Some((1, -5)), false).unwrap(),
            bulks(&["b", "c", "d", "e"])
        );
        assert_eq!(
            zr("0", "100", Some(Byscore), false, Some((10, 1)), false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            zr("-", "+", Some(Bylex), false, None, false).unwrap(),
            bulks(&["a", "b", "c", "d", "e"])
        );
        assert_eq!(
            zr("[b", "(d", Some(Bylex), false, None, false).unwrap(),
            bulks(&["b", "c"])
        );
        assert_eq!(
            zr("+", "-", Some(Bylex), true, None, false).unwrap(),
            bulks(&["e", "d", "c", "b", "a"])
        );
        assert_eq!(
            zr("[d", "[b", Some(Bylex), true, Some((1, 1)), false).unwrap(),
            bulks(&["c"])
        );
        assert_eq!(
            zr("[d", "[b", Some(Bylex), false, None, false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            zr("(b", "[b", Some(Bylex), false, None, false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            err_text(zr("0", "-1", None, false, Some((0, 1)), false)),
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX"
        );
        assert_eq!(
            err_text(zr("-", "+", Some(Bylex), false, None, true)),
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX"
        );
        assert_eq!(
            err_text(zr("-", "+", Some(Byscore), false, None, false)),
            "ERR min or max is not a float"
        );
        assert_eq!(
            err_text(zr("b", "d", Some(Bylex), false, None, false)),
            "ERR min or max not valid string range item"
        );
        assert_eq!(
            err_text(zr("0", "x", None, false, None, false)),
            "ERR value is not an integer or out of range"
        );
        assert_eq!(
            err_text(zrange(
                &ctx,
                b"none",
                b"a",
                b"b",
                Some(Byscore),
                false,
                None,
                false
            )),
            "ERR min or max is not a float"
        );
        assert_eq!(
            zrange(&ctx, b"none", b"0", b"-1", None, false, None, false).unwrap(),
            bulks(&[])
        );
        assert_eq!(
            zrevrange(&ctx, b"z", 0, 1, false).unwrap(),
            bulks(&["e", "d"])
        );
        assert_eq!(
            zrevrange(&ctx, b"z", -1, -1, true).unwrap(),
            Reply::Array(vec![Reply::Bulk(b"a".to_vec()), Reply::Bulk(b"0".to_vec())])
        );
        let inc = ScoreBound::Inclusive;
        assert_eq!(
            zrangebyscore(&ctx, b"z", inc(1.0), inc(3.0), false, Some((1, 1))).unwrap(),
            bulks(&["c"])
        );
        assert_eq!(
            zrevrangebyscore(&ctx, b"z", inc(3.0), inc(1.0), false, None).unwrap(),
            bulks(&["d", "c", "b"])
        );
        assert_eq!(
            zrangebyscore(&ctx, b"none", inc(1.0), inc(3.0), true, None).unwrap(),
            bulks(&[])
        );
    }

    #[test]
    fn lex_range_on_mixed_scores_walks_like_a_listpack() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        // Order by (score, member): b(1) c(2) a(3).
        zadd(
            &ctx,
            b"m",
            false,
            false,
            false,
            false,
            false,
            false,
            &[(3.0, b"a"), (1.0, b"b"), (2.0, b"c")],
        )
        .unwrap();
        let zr = |start: &str, stop: &str, rev| {
            zrange(
                &ctx,
                b"m",
                start.as_bytes(),
                stop.as_bytes(),
                Some(ZRangeBy::Bylex),
                rev,
                None,
                false,
            )
        };
        // Checked against redis-server 7.0.15.
        assert_eq!(zr("[b", "+", false).unwrap(), bulks(&[]));
        assert_eq!(zr("-", "[b", false).unwrap(), bulks(&["b"]));
        assert_eq!(zr("[b", "-", true).unwrap(), bulks(&["a", "c", "b"]));
        assert_eq!(zr("[c", "-", true).unwrap(), bulks(&["a", "c", "b"]));
        assert_eq!(zr("[a", "[c", false).unwrap(), bulks(&["b", "c", "a"]));
        assert_eq!(zr("+", "[b", true).unwrap(), bulks(&[]));
    }

    #[test]
    fn pops_and_removals() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        fill(&ctx);
        assert_eq!(
            zpopmin(&ctx, b"z", None).unwrap(),
            vec![(b"a".to_vec(), 0.0)]
        );
        assert_eq!(
            zpopmax(&ctx, b"z", Some(2)).unwrap(),
            vec![(b"e".to_vec(), 16.0), (b"d".to_vec(), 3.0)]
        );
        assert_eq!(zpopmax(&ctx, b"z", Some(0)).unwrap(), vec![]);
        assert_eq!(
            err_text(zpopmin(&ctx, b"z", Some(-1))),
            "ERR value is out of range, must be positive"
        );
        assert_eq!(zpopmin(&ctx, b"none", None).unwrap(), vec![]);
        assert_eq!(
            zpopmin(&ctx, b"z", Some(10)).unwrap(),
            vec![(b"b".to_vec(), 1.0), (b"c".to_vec(), 2.0)]
        );
        assert!(ctx.read(b"z", |v| v.is_none()));
        fill(&ctx);
        assert_eq!(zrem(&ctx, b"z", &[b"a", b"zz", b"a"]).unwrap(), 1);
        assert_eq!(zrem(&ctx, b"none", &[b"a"]).unwrap(), 0);
        assert_eq!(zremrangebyrank(&ctx, b"z", -1, -1).unwrap(), 1);
        assert_eq!(zremrangebyrank(&ctx, b"z", 5, 10).unwrap(), 0);
        assert_eq!(zremrangebyrank(&ctx, b"none", 0, -1).unwrap(), 0);
        assert_eq!(
            zremrangebyscore(
                &ctx,
                b"z",
                ScoreBound::Exclusive(1.0),
                ScoreBound::Inclusive(2.0)
            )
            .unwrap(),
            1
        );
        assert_eq!(
            zremrangebyscore(&ctx, b"none", 0.0.into(), 1.0.into()).unwrap(),
            0
        );
        assert_eq!(zremrangebyrank(&ctx, b"z", 0, -1).unwrap(), 2);
        assert!(ctx.read(b"z", |v| v.is_none()));
    }

    /// Runs an argv-path function over space-separated words.
    fn run(f: fn(&Ctx, &[&[u8]]) -> Result<Reply>, ctx: &Ctx, line: &str) -> Result<Reply> {
        let words: Vec<&[u8]> = line.split(' ').map(str::as_bytes).collect();
        f(ctx, &words)
    }

    #[test]
    fn zadd_argv_checks_in_redis_order() {
        // Each case checked against redis-server 7.0.15.
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        let zadd = |line: &str| err_text(run(zadd_argv, &ctx, line));
        // Flag conflicts come before the scores are parsed...
        assert_eq!(
            zadd("ZADD z NX XX x a"),
            "ERR XX and NX options at the same time are not compatible"
        );
        assert_eq!(
            zadd("ZADD z gt lt x a"),
            "ERR GT, LT, and/or NX options at the same time are not compatible"
        );
        assert_eq!(
            zadd("ZADD z NX GT x a"),
            "ERR GT, LT, and/or NX options at the same time are not compatible"
        );
        assert_eq!(
            zadd("ZADD z INCR x a y b"),
            "ERR INCR option supports a single increment-element pair"
        );
        // ...and the pair count before the conflicts.
        assert_eq!(zadd("ZADD z NX XX 1 a 2"), "ERR syntax error");
        assert_eq!(zadd("ZADD z INCR x a 2"), "ERR syntax error");
        assert_eq!(zadd("ZADD z NX XX"), "ERR syntax error");
        // Scores before the key's type.
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(zadd("ZADD str 1 a x b"), "ERR value is not a valid float");
        assert_eq!(zadd("ZADD str 1 a"), WRONGTYPE);
        // A flag word after the first score is a member.
        assert_eq!(
            run(zadd_argv, &ctx, "ZADD z CH 1 nx 2 xx").unwrap(),
            Reply::Integer(2)
        );
        assert_eq!(
            run(zadd_argv, &ctx, "ZADD z xx incr 1 nx").unwrap(),
            Reply::Bulk(b"2".to_vec())
        );
    }

    #[test]
    fn range_argv_scans_options_first() {
        // Each case checked against redis-server 7.0.15.
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        fill(&ctx);
        let limit_err =
            "ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX";
        let not_int = "ERR value is not an integer or out of range";
        let e = |f, line: &str| err_text(run(f, &ctx, line));
        assert_eq!(e(zrange_argv, "ZRANGE z 0 x REV REV"), "ERR syntax error");
        assert_eq!(
            e(zrange_argv, "ZRANGE z a b BYLEX BYLEX"),
            "ERR syntax error"
        );
        assert_eq!(
            e(zrange_argv, "ZRANGE z a b BYLEX BYSCORE"),
            "ERR syntax error"
        );
        assert_eq!(e(zrange_argv, "ZRANGE z x 1 FOO"), "ERR syntax error");
        assert_eq!(e(zrange_argv, "ZRANGE z x 1 LIMIT 0"), "ERR syntax error");
        assert_eq!(e(zrange_argv, "ZRANGE z a b BYSCORE LIMIT 0 x"), not_int);
        assert_eq!(
            e(zrange_argv, "ZRANGE z a b BYSCORE LIMIT x 0 FOO"),
            not_int
        );
        assert_eq!(e(zrange_argv, "ZRANGE z x 1 LIMIT 0 1"), limit_err);
        assert_eq!(
            e(zrange_argv, "ZRANGE z a b BYLEX WITHSCORES"),
            "ERR syntax error, WITHSCORES not supported in combination with BYLEX"
        );
        assert_eq!(
            run(zrange_argv, &ctx, "ZRANGE z 0 1 withscores WITHSCORES").unwrap(),
            Reply::Array(
                ["a", "0", "b", "1"]
                    .iter()
                    .map(|s| Reply::Bulk(s.as_bytes().to_vec()))
                    .collect()
            )
        );
        assert_eq!(
            run(zrange_argv, &ctx, "ZRANGE z 0 -1 LIMIT 0 1 LIMIT 3 -1").unwrap(),
            bulks(&["a", "b", "c", "d", "e"])
        );
        assert_eq!(
            run(zrange_argv, &ctx, "ZRANGE z (3 -inf byscore rev limit 0 2").unwrap(),
            bulks(&["c", "b"])
        );
        // ZREVRANGE: a rank range; LIMIT parses, and only a count of -1 passes.
        assert_eq!(
            run(zrevrange_argv, &ctx, "ZREVRANGE z 0 1 LIMIT 7 -1").unwrap(),
            bulks(&["e", "d"])
        );
        assert_eq!(e(zrevrange_argv, "ZREVRANGE z 0 1 LIMIT 0 1"), limit_err);
        assert_eq!(e(zrevrange_argv, "ZREVRANGE z x 1 LIMIT 0 y"), not_int);
        assert_eq!(e(zrevrange_argv, "ZREVRANGE z x 1 REV"), "ERR syntax error");
        assert_eq!(
            e(zrevrange_argv, "ZREVRANGE z x 1 BYSCORE"),
            "ERR syntax error"
        );
        // The BYSCORE commands.
        assert_eq!(
            e(
                zrevrangebyscore_argv,
                "ZREVRANGEBYSCORE k ((1 1e308 LIMIT 1 0x1"
            ),
            not_int
        );
        assert_eq!(
            e(zrangebyscore_argv, "ZRANGEBYSCORE k a b LIMIT 0 x"),
            not_int
        );
        assert_eq!(
            e(zrangebyscore_argv, "ZRANGEBYSCORE k a b REV"),
            "ERR syntax error"
        );
        assert_eq!(
            e(zrevrangebyscore_argv, "ZREVRANGEBYSCORE k a b BYSCORE"),
            "ERR syntax error"
        );
        assert_eq!(
            e(zrangebyscore_argv, "ZRANGEBYSCORE k a b"),
            "ERR min or max is not a float"
        );
        assert_eq!(
            run(
                zrevrangebyscore_argv,
                &ctx,
                "ZREVRANGEBYSCORE z +inf -inf WITHSCORES LIMIT 0 1 LIMIT 1 1"
            )
            .unwrap(),
            Reply::Array(vec![Reply::Bulk(b"d".to_vec()), Reply::Bulk(b"3".to_vec())])
        );
        assert_eq!(
            run(zrangebyscore_argv, &ctx, "ZRANGEBYSCORE z (0 2").unwrap(),
            bulks(&["b", "c"])
        );
        // The range is parsed before the key's type is checked.
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(e(zrange_argv, "ZRANGE str x 1"), not_int);
        assert_eq!(e(zrange_argv, "ZRANGE str 0 1"), WRONGTYPE);
        assert_eq!(
            e(zrangebyscore_argv, "ZRANGEBYSCORE str a 1"),
            "ERR min or max is not a float"
        );
    }

    #[test]
    fn pop_argv_checks_in_redis_order() {
        // Each case checked against redis-server 7.0.15.
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        fill(&ctx);
        let positive = "ERR value is out of range, must be positive";
        let e = |f, line: &str| err_text(run(f, &ctx, line));
        assert_eq!(e(zpopmin_argv, "ZPOPMIN z x"), positive);
        assert_eq!(e(zpopmax_argv, "ZPOPMAX z 1.5"), positive);
        assert_eq!(e(zpopmax_argv, "ZPOPMAX z -1"), positive);
        assert_eq!(e(zpopmin_argv, "ZPOPMIN z x y"), "ERR syntax error");
        assert_eq!(
            run(zpopmax_argv, &ctx, "ZPOPMAX z").unwrap(),
            Reply::Array(vec![
                Reply::Bulk(b"e".to_vec()),
                Reply::Bulk(b"16".to_vec())
            ])
        );
        assert_eq!(
            run(zpopmin_argv, &ctx, "ZPOPMIN z 1").unwrap(),
            Reply::Array(vec![Reply::Bulk(b"a".to_vec()), Reply::Bulk(b"0".to_vec())])
        );
        set(&ctx, b"str", b"x", None, false, None).unwrap();
        assert_eq!(e(zpopmin_argv, "ZPOPMIN str x"), positive);
        assert_eq!(e(zpopmin_argv, "ZPOPMIN str"), WRONGTYPE);
    }

    #[test]
    fn large_sets_use_the_index() {
        let ks = Keyspace::new(1);
        let (db, ks) = setup(&ks);
        let ctx = Ctx::new(ks, &db);
        let members: Vec<Vec<u8>> = (0..1000).map(|i| format!("m{i:04}").into_bytes()).collect();
        let pairs: Vec<(f64, &[u8])> = members
            .iter()
            .enumerate()
            .map(|(i, m)| (i as f64, m.as_slice()))
            .collect();
        assert_eq!(
            zadd(&ctx, b"z", false, false, false, false, false, false, &pairs).unwrap(),
            Reply::Integer(1000)
        );
        assert_eq!(zrank(&ctx, b"z", b"m0500").unwrap(), Some(500));
        assert_eq!(
            zrange(
                &ctx,
                b"z",
                b"[m0998",
                b"+",
                Some(ZRangeBy::Bylex),
                false,
                None,
                false
            )
            .unwrap(),
            bulks(&["m0998", "m0999"])
        );
        assert_eq!(
            zrange(
                &ctx,
                b"z",
                b"(m0002",
                b"-",
                Some(ZRangeBy::Bylex),
                true,
                None,
                false
            )
            .unwrap(),
            bulks(&["m0001", "m0000"])
        );
        assert_eq!(
            zcount(&ctx, b"z", 100.0.into(), ScoreBound::Exclusive(200.0)).unwrap(),
            100
        );
        // -0 survives in the large encoding.
        zadd(
            &ctx,
            b"z",
            false,
            false,
            false,
            false,
            false,
            false,
            &[(-0.0, b"neg")],
        )
        .unwrap();
        assert_eq!(
            Reply::from_optional_float(zscore(&ctx, b"z", b"neg").unwrap()),
            Reply::Bulk(b"-0".to_vec())
        );
    }
}
