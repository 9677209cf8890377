//! Property test: seeded random sorted set commands through the handlers, checked against a model
//! (a `BTreeMap` member -> score, sorted by (score, member) on demand). Sets grow past the
//! listpack threshold (128 members) and the chunk size, and shrink again.
//! Set `FERRITE_PROP_SEED` to replay one seed; a failure message names the seed and step.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::AtomicUsize;

use ferrite_core::commands::string::set as string_set;
use ferrite_core::commands::zset::*;
use ferrite_core::hash::Rng;
use ferrite_core::{Ctx, Keyspace, Reply};

type ZModel = BTreeMap<Vec<u8>, f64>;

const KEYS: [&[u8]; 4] = [b"z1", b"z2", b"lex", b"str"];
const WRONGTYPE: &str = "WRONGTYPE Operation against a key holding the wrong kind of value";

fn ordered(model: &ZModel) -> Vec<(Vec<u8>, f64)> {
    let mut v: Vec<_> = model.iter().map(|(m, s)| (m.clone(), *s)).collect();
    v.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap().then_with(|| a.0.cmp(&b.0)));
    v
}

fn score(rng: &mut Rng) -> f64 {
    match rng.below(20) {
        0 => f64::INFINITY,
        1 => f64::NEG_INFINITY,
        // -0 is left out: its listpack/skiplist difference is covered by unit tests.
        2 => 0.5,
        3 => rng.below(100) as f64 / 8.0,
        _ => rng.below(50) as f64 - 25.0,
    }
}

fn member(rng: &mut Rng, key: &[u8]) -> Vec<u8> {
    if key == b"lex" {
        let mut m = vec![b'a' + rng.below(6) as u8, b'a' + rng.below(6) as u8];
        if rng.below(4) != 0 {
            m.push(b'a' + rng.below(6) as u8);
        }
        return m;
    }
    if rng.below(40) == 0 {
        format!("{:066}", rng.below(5)).into_bytes()
    } else {
        format!("m{}", rng.below(1000)).into_bytes()
    }
}

fn score_bound(rng: &mut Rng) -> ScoreBound {
    let v = score(rng);
    if rng.below(3) == 0 {
        ScoreBound::Exclusive(v)
    } else {
        ScoreBound::Inclusive(v)
    }
}

fn lex_bound(rng: &mut Rng) -> (LexBound, Vec<u8>) {
    // One or two letters, so a bound may equal a member (which are two letters) or fall between.
    let mut text = vec![b'a' + rng.below(7) as u8];
    if rng.below(2) == 0 {
        text.push(b'a' + rng.below(6) as u8);
    }
    match rng.below(6) {
        0 => (LexBound::Min, b"-".to_vec()),
        1 => (LexBound::Max, b"+".to_vec()),
        2 | 3 => (
            LexBound::Inclusive(text.clone()),
            [b"[".as_slice(), &text].concat(),
        ),
        _ => (
            LexBound::Exclusive(text.clone()),
            [b"(".as_slice(), &text].concat(),
        ),
    }
}

fn in_min(b: ScoreBound, s: f64) -> bool {
    match b {
        ScoreBound::Inclusive(v) => s >= v,
        ScoreBound::Exclusive(v) => s > v,
    }
}

fn in_max(b: ScoreBound, s: f64) -> bool {
    match b {
        ScoreBound::Inclusive(v) => s <= v,
        ScoreBound::Exclusive(v) => s < v,
    }
}

fn lex_min(b: &LexBound, m: &[u8]) -> bool {
    match b {
        LexBound::Min => true,
        LexBound::Max => false,
        LexBound::Inclusive(v) => m >= &v[..],
        LexBound::Exclusive(v) => m > &v[..],
    }
}

fn lex_max(b: &LexBound, m: &[u8]) -> bool {
    match b {
        LexBound::Min => false,
        LexBound::Max => true,
        LexBound::Inclusive(v) => m <= &v[..],
        LexBound::Exclusive(v) => m < &v[..],
    }
}

/// Redis's rank range clamping, written independently of the handler's.
fn model_rank_range(len: usize, start: i64, stop: i64) -> std::ops::Range<usize> {
    let len = len as i64;
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    let stop = if stop < 0 {
        stop + len
    } else {
        stop.min(len - 1)
    };
    if start > stop || start >= len {
        0..0
    } else {
        start as usize..stop as usize + 1
    }
}

fn apply_limit(v: Vec<(Vec<u8>, f64)>, limit: Option<(i64, i64)>) -> Vec<(Vec<u8>, f64)> {
    match limit {
        None => v,
        Some((offset, _)) if offset < 0 => Vec::new(),
        Some((offset, count)) => {
            let it = v.into_iter().skip(offset as usize);
            if count < 0 {
                it.collect()
            } else {
                it.take(count as usize).collect()
            }
        }
    }
}

fn reply_of(v: Vec<(Vec<u8>, f64)>, withscores: bool) -> Reply {
    if withscores {
        Reply::from_scored_list(v)
    } else {
        Reply::from_list(v.into_iter().map(|(m, _)| m).collect())
    }
}

fn run(seed: u64, steps: usize) {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    string_set(&ctx, b"str", b"x", None, false, None).unwrap();
    let mut models: HashMap<Vec<u8>, ZModel> = HashMap::new();
    let mut rng = Rng::new(seed);
    let mut max_len = 0;
    let mut max_lex = 0;
    for step in 0..steps {
        let msg = format!("seed {seed} step {step}");
        let key = KEYS[rng.below(KEYS.len())];
        let is_str = key == b"str";
        let model = models.entry(key.to_vec()).or_default();
        max_len = max_len.max(model.len());
        if key == b"lex" {
            max_lex = max_lex.max(model.len());
        }
        let sorted = ordered(model);
        let len = sorted.len();
        let growing = step < steps / 2;
        let op = if growing && rng.below(2) == 0 {
            0
        } else {
            rng.below(16)
        };
        let m = member(&mut rng, key);
        match op {
            0 | 1 => {
                // ZADD with random valid flags (errors are covered by unit tests).
                let batch = if rng.below(6) == 0 { 40 } else { 3 };
                let n = 1 + rng.below(batch);
                let mut pairs: Vec<(f64, Vec<u8>)> = (0..n)
                    .map(|_| {
                        let s = if key == b"lex" { 0.0 } else { score(&mut rng) };
                        (s, member(&mut rng, key))
                    })
                    .collect();
                let incr = rng.below(6) == 0;
                if incr {
                    pairs.truncate(1);
                }
                let (nx, xx) = match rng.below(6) {
                    0 => (true, false),
                    1 => (false, true),
                    _ => (false, false),
                };
                let (gt, lt) = match (nx, rng.below(6)) {
                    (false, 0) => (true, false),
                    (false, 1) => (false, true),
                    _ => (false, false),
                };
                let ch = rng.below(2) == 0;
                let refs: Vec<(f64, &[u8])> =
                    pairs.iter().map(|(s, m)| (*s, m.as_slice())).collect();
                let res = zadd(&ctx, key, nx, xx, gt, lt, ch, incr, &refs);
                if is_str {
                    assert_eq!(res.unwrap_err().to_string(), WRONGTYPE, "{msg}");
                    continue;
                }
                // Model.
                let key_missing = model.is_empty();
                let (mut added, mut changed) = (0, 0);
                let mut result: Option<f64> = None;
                let mut nan = false;
                if !(key_missing && xx) {
                    for (s, mem) in &pairs {
                        match model.get(mem).copied() {
                            Some(cur) => {
                                if nx {
                                    continue;
                                }
                                let new = if incr { cur + s } else { *s };
                                if new.is_nan() {
                                    nan = true;
                                    break;
                                }
                                if (lt && new >= cur) || (gt && new <= cur) {
                                    continue;
                                }
                                if new != cur {
                                    model.insert(mem.clone(), new);
                                    changed += 1;
                                }
                                result = Some(new);
                            }
                            None => {
                                if xx {
                                    continue;
                                }
                                model.insert(mem.clone(), *s);
                                added += 1;
                                result = Some(*s);
                            }
                        }
                    }
                }
                if nan {
                    assert_eq!(
                        res.unwrap_err().to_string(),
                        "ERR resulting score is not a number (NaN)",
                        "{msg}"
                    );
                } else if incr {
                    assert_eq!(
                        res.unwrap(),
                        Reply::from_optional_float(result),
                        "{msg} ZADD INCR"
                    );
                } else {
                    assert_eq!(
                        res.unwrap(),
                        Reply::from_count(added + if ch { changed } else { 0 }),
                        "{msg} ZADD"
                    );
                }
            }
            2 => {
                let inc = if key == b"lex" { 0.0 } else { score(&mut rng) };
                let res = zincrby(&ctx, key, inc, &m);
                if is_str {
                    assert_eq!(res.unwrap_err().to_string(), WRONGTYPE);
                    continue;
                }
                let new = model.get(&m).map_or(inc, |cur| cur + inc);
                if new.is_nan() {
                    assert_eq!(
                        res.unwrap_err().to_string(),
                        "ERR resulting score is not a number (NaN)",
                        "{msg}"
                    );
                } else {
                    assert_eq!(res.unwrap(), new, "{msg} ZINCRBY");
                    if model.get(&m).copied() != Some(new) {
                        model.insert(m.clone(), new);
                    }
                }
            }
            3 => {
                let others = [member(&mut rng, key), member(&mut rng, key)];
                let refs: Vec<&[u8]> =
                    vec![m.as_slice(), others[0].as_slice(), others[1].as_slice()];
                let res = zrem(&ctx, key, &refs);
                if is_str {
                    assert!(res.is_err());
                    continue;
                }
                let removed = refs.iter().filter(|r| model.remove(**r).is_some()).count();
                assert_eq!(res.unwrap(), removed, "{msg} ZREM");
            }
            4 => {
                if is_str {
                    assert!(zscore(&ctx, key, &m).is_err());
                    continue;
                }
                assert_eq!(
                    zscore(&ctx, key, &m).unwrap(),
                    model.get(&m).copied(),
                    "{msg} ZSCORE"
                );
                assert_eq!(
                    zmscore(&ctx, key, &[&m, b"nope"]).unwrap(),
                    vec![model.get(&m).copied(), None]
                );
                let rank = sorted.iter().position(|(x, _)| *x == m);
                assert_eq!(zrank(&ctx, key, &m).unwrap(), rank, "{msg} ZRANK");
                assert_eq!(
                    zrevrank(&ctx, key, &m).unwrap(),
                    rank.map(|r| len - 1 - r),
                    "{msg} ZREVRANK"
                );
                assert_eq!(zcard(&ctx, key).unwrap(), len);
            }
            5 | 6 => {
                let (min, max) = (score_bound(&mut rng), score_bound(&mut rng));
                let res = zcount(&ctx, key, min, max);
                if is_str {
                    assert!(res.is_err());
                    continue;
                }
                let want = sorted
                    .iter()
                    .filter(|(_, s)| in_min(min, *s) && in_max(max, *s))
                    .count();
                assert_eq!(res.unwrap(), want, "{msg} ZCOUNT {min:?} {max:?}");
                let withscores = rng.below(2) == 0;
                let limit = match rng.below(3) {
                    0 => None,
                    _ => Some((rng.below(6) as i64 - 1, rng.below(8) as i64 - 2)),
                };
                let inrange: Vec<_> = sorted
                    .iter()
                    .filter(|(_, s)| in_min(min, *s) && in_max(max, *s))
                    .cloned()
                    .collect();
                let fwd = apply_limit(inrange.clone(), limit);
                let rev = apply_limit(inrange.into_iter().rev().collect(), limit);
                assert_eq!(
                    zrangebyscore(&ctx, key, min, max, withscores, limit).unwrap(),
                    reply_of(fwd.clone(), withscores),
                    "{msg}"
                );
                assert_eq!(
                    zrevrangebyscore(&ctx, key, max, min, withscores, limit).unwrap(),
                    reply_of(rev.clone(), withscores),
                    "{msg}"
                );
                // ZRANGE ... BYSCORE with text bounds.
                let text = |b: ScoreBound| match b {
                    ScoreBound::Inclusive(v) => format!("{v}"),
                    ScoreBound::Exclusive(v) => format!("({v}"),
                };
                let (lo, hi) = (text(min), text(max));
                let by = Some(ZRangeBy::Byscore);
                let got = zrange(
                    &ctx,
                    key,
                    lo.as_bytes(),
                    hi.as_bytes(),
                    by,
                    false,
                    limit,
                    withscores,
                )
                .unwrap();
                assert_eq!(got, reply_of(fwd, withscores), "{msg} ZRANGE BYSCORE");
                let got = zrange(
                    &ctx,
                    key,
                    hi.as_bytes(),
                    lo.as_bytes(),
                    by,
                    true,
                    limit,
                    withscores,
                )
                .unwrap();
                assert_eq!(got, reply_of(rev, withscores), "{msg} ZRANGE BYSCORE REV");
            }
            7 | 8 => {
                let bound = len as i64 + 3;
                let start = rng.below(2 * bound as usize) as i64 - bound;
                let stop = rng.below(2 * bound as usize) as i64 - bound;
                let withscores = rng.below(2) == 0;
                let res = zrange(
                    &ctx,
                    key,
                    start.to_string().as_bytes(),
                    stop.to_string().as_bytes(),
                    None,
                    false,
                    None,
                    withscores,
                );
                if is_str {
                    assert_eq!(res.unwrap_err().to_string(), WRONGTYPE);
                    continue;
                }
                let range = model_rank_range(len, start, stop);
                assert_eq!(
                    res.unwrap(),
                    reply_of(sorted[range.clone()].to_vec(), withscores),
                    "{msg} ZRANGE {start} {stop}"
                );
                let reversed: Vec<_> = sorted.iter().rev().cloned().collect();
                let want = reply_of(reversed[range].to_vec(), withscores);
                assert_eq!(
                    zrevrange(&ctx, key, start, stop, withscores).unwrap(),
                    want,
                    "{msg} ZREVRANGE"
                );
            }
            9 => {
                if key != b"lex" {
                    continue;
                }
                let ((min, min_text), (max, max_text)) = (lex_bound(&mut rng), lex_bound(&mut rng));
                let limit = match rng.below(3) {
                    0 => None,
                    _ => Some((rng.below(5) as i64 - 1, rng.below(6) as i64 - 2)),
                };
                let inrange: Vec<_> = sorted
                    .iter()
                    .filter(|(m, _)| lex_min(&min, m) && lex_max(&max, m))
                    .cloned()
                    .collect();
                let fwd = apply_limit(inrange.clone(), limit);
                let rev = apply_limit(inrange.into_iter().rev().collect(), limit);
                let by = Some(ZRangeBy::Bylex);
                let got = zrange(&ctx, key, &min_text, &max_text, by, false, limit, false).unwrap();
                assert_eq!(
                    got,
                    reply_of(fwd, false),
                    "{msg} ZRANGE BYLEX {min:?} {max:?} {limit:?}"
                );
                let got = zrange(&ctx, key, &max_text, &min_text, by, true, limit, false).unwrap();
                assert_eq!(got, reply_of(rev, false), "{msg} ZRANGE BYLEX REV");
            }
            10 | 11 => {
                let most = if growing { 3 } else { 30 };
                let count = if rng.below(3) == 0 {
                    None
                } else {
                    Some(rng.below(most) as i64)
                };
                let max = op == 11;
                let res = if max {
                    zpopmax(&ctx, key, count)
                } else {
                    zpopmin(&ctx, key, count)
                };
                if is_str {
                    assert!(res.is_err());
                    continue;
                }
                let n = (count.unwrap_or(1) as usize).min(len);
                let want: Vec<_> = if max {
                    sorted.iter().rev().take(n).cloned().collect()
                } else {
                    sorted[..n].to_vec()
                };
                for (mem, _) in &want {
                    model.remove(mem);
                }
                assert_eq!(res.unwrap(), want, "{msg} ZPOP");
            }
            12 => {
                let bound = len as i64 + 2;
                let start = rng.below(2 * bound as usize) as i64 - bound;
                let most = if growing { 3 } else { 20 };
                let stop = start + rng.below(most) as i64;
                let res = zremrangebyrank(&ctx, key, start, stop);
                if is_str {
                    assert!(res.is_err());
                    continue;
                }
                let range = model_rank_range(len, start, stop);
                for (mem, _) in &sorted[range.clone()] {
                    model.remove(mem);
                }
                assert_eq!(res.unwrap(), range.len(), "{msg} ZREMRANGEBYRANK");
            }
            13 => {
                let min = score_bound(&mut rng);
                let max = match min {
                    ScoreBound::Inclusive(v) | ScoreBound::Exclusive(v) if v.is_finite() => {
                        ScoreBound::Inclusive(v + rng.below(3) as f64)
                    }
                    _ => score_bound(&mut rng),
                };
                let res = zremrangebyscore(&ctx, key, min, max);
                if is_str {
                    assert!(res.is_err());
                    continue;
                }
                let doomed: Vec<_> = sorted
                    .iter()
                    .filter(|(_, s)| in_min(min, *s) && in_max(max, *s))
                    .collect();
                for (mem, _) in &doomed {
                    model.remove(mem);
                }
                assert_eq!(res.unwrap(), doomed.len(), "{msg} ZREMRANGEBYSCORE");
            }
            _ => {
                if !is_str {
                    let all = zrange(&ctx, key, b"0", b"-1", None, false, None, true).unwrap();
                    assert_eq!(all, reply_of(sorted, true), "{msg} full");
                }
            }
        }
        for k in &KEYS[..3] {
            let empty = models.get(*k).is_none_or(|z| z.is_empty());
            assert_eq!(
                ctx.read(k, |v| v.is_none()),
                empty,
                "{msg}: key {:?}",
                String::from_utf8_lossy(k)
            );
        }
    }
    assert!(
        max_lex > 128,
        "seed {seed}: the lex set stayed small ({max_lex})"
    );
    assert!(
        max_len > 400,
        "seed {seed}: sorted sets stayed small ({max_len})"
    );
    for k in &KEYS[..3] {
        let all = zrange(&ctx, k, b"0", b"-1", None, false, None, true).unwrap();
        assert_eq!(
            all,
            reply_of(ordered(&models[*k]), true),
            "seed {seed} final"
        );
    }
}

#[test]
fn random_zset_commands_match_the_model() {
    if let Some(seed) = std::env::var("FERRITE_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        run(seed, 8000);
        return;
    }
    for seed in [11, 12, 13, 0xC0FFEE] {
        run(seed, 5000);
    }
}
