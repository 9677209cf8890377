//! Property test: seeded random set commands through the handlers, checked against a model of
//! `BTreeSet`s. Members are drawn so that sets cross every encoding threshold (all-integer sets
//! past 512 members, small sets past 128 members, members longer than 64 bytes).
//! Set `FERRITE_PROP_SEED` to replay one seed; a failure message names the seed and step.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::AtomicUsize;

use ferrite_core::commands::set::*;
use ferrite_core::commands::string::set as string_set;
use ferrite_core::hash::Rng;
use ferrite_core::{Ctx, Keyspace, Reply};

type Model = HashMap<Vec<u8>, BTreeSet<Vec<u8>>>;

const KEYS: [&[u8]; 4] = [b"s1", b"s2", b"s3", b"str"];

fn member(rng: &mut Rng, phase: usize, ints_only: bool) -> Vec<u8> {
    if ints_only {
        return rng
            .below(if phase == 0 { 300 } else { 700 })
            .to_string()
            .into_bytes();
    }
    match rng.below(10) {
        // Integers: intset until 512, then beyond.
        0..=5 => rng
            .below(if phase == 0 { 200 } else { 700 })
            .to_string()
            .into_bytes(),
        6..=8 => format!("m{}", rng.below(300)).into_bytes(),
        _ => format!("{:070}", rng.below(20)).into_bytes(),
    }
}

fn members(rng: &mut Rng, phase: usize, ints_only: bool) -> Vec<Vec<u8>> {
    let bound = if rng.below(8) == 0 { 60 } else { 4 };
    let n = 1 + rng.below(bound);
    (0..n).map(|_| member(rng, phase, ints_only)).collect()
}

fn sorted(mut v: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    v.sort();
    v
}

fn bulks_of(reply: Reply) -> Vec<Vec<u8>> {
    match reply {
        Reply::Array(items) => items
            .into_iter()
            .map(|r| r.as_bytes().map(<[u8]>::to_vec).unwrap_or_default())
            .collect(),
        other => panic!("expected an array, got {other}"),
    }
}

fn run(seed: u64, steps: usize) {
    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    string_set(&ctx, b"str", b"x", None, false, None).unwrap();
    let mut model: Model = HashMap::new();
    let mut rng = Rng::new(seed);
    let wrongtype = "WRONGTYPE Operation against a key holding the wrong kind of value";
    let mut max_len = 0;
    for step in 0..steps {
        max_len = max_len.max(model.get(&b"s3"[..]).map_or(0, BTreeSet::len));
        let phase = usize::from(step > steps / 3);
        let ctx_msg = format!("seed {seed} step {step}");
        let key = if step < steps / 2 && rng.below(3) == 0 {
            KEYS[2]
        } else {
            KEYS[rng.below(KEYS.len())]
        };
        let is_str = key == b"str";
        // s3 gets integers only, so it grows as an intset past 512 members.
        let refs_owned = members(&mut rng, phase, key == b"s3");
        let refs: Vec<&[u8]> = refs_owned.iter().map(Vec::as_slice).collect();
        let m = refs[0];
        let entry = model.get(key).cloned().unwrap_or_default();
        // Mostly adds in the first half, so sets grow past every encoding threshold.
        let op = if step < steps / 2 && rng.below(2) == 0 {
            0
        } else {
            rng.below(14)
        };
        // Keys for the multi-key commands: 1..=3 of them, sometimes the string key.
        let n_keys = 1 + rng.below(3);
        let multi: Vec<&[u8]> = (0..n_keys)
            .map(|_| {
                let bound = if rng.below(10) == 0 { 4 } else { 3 };
                KEYS[rng.below(bound)]
            })
            .collect();
        let multi_has_str = multi.contains(&&b"str"[..]);
        let set_of = |model: &Model, k: &[u8]| model.get(k).cloned().unwrap_or_default();
        match op {
            0 | 1 => {
                let res = sadd(&ctx, key, &refs);
                if is_str {
                    assert_eq!(res.unwrap_err().to_string(), wrongtype, "{ctx_msg}");
                } else {
                    let s = model.entry(key.to_vec()).or_default();
                    let added = refs.iter().filter(|m| s.insert(m.to_vec())).count();
                    assert_eq!(res.unwrap(), added, "{ctx_msg} SADD");
                }
            }
            2 => {
                let res = srem(&ctx, key, &refs);
                if is_str {
                    assert!(res.is_err());
                } else {
                    let s = model.entry(key.to_vec()).or_default();
                    let removed = refs.iter().filter(|m| s.remove(**m)).count();
                    assert_eq!(res.unwrap(), removed, "{ctx_msg} SREM");
                }
            }
            3 => {
                if !is_str {
                    assert_eq!(
                        sismember(&ctx, key, m).unwrap(),
                        entry.contains(m),
                        "{ctx_msg}"
                    );
                    let want: Vec<bool> = refs.iter().map(|m| entry.contains(*m)).collect();
                    assert_eq!(smismember(&ctx, key, &refs).unwrap(), want, "{ctx_msg}");
                    assert_eq!(scard(&ctx, key).unwrap(), entry.len(), "{ctx_msg}");
                } else {
                    assert!(sismember(&ctx, key, m).is_err());
                }
            }
            4 => {
                if !is_str {
                    let got = sorted(smembers(&ctx, key).unwrap());
                    assert_eq!(
                        got,
                        entry.iter().cloned().collect::<Vec<_>>(),
                        "{ctx_msg} SMEMBERS"
                    );
                }
            }
            5..=7 => {
                let sets: Vec<BTreeSet<Vec<u8>>> =
                    multi.iter().map(|k| set_of(&model, k)).collect();
                let want: BTreeSet<Vec<u8>> = match op {
                    5 => sets.iter().flatten().cloned().collect(),
                    6 => sets[0]
                        .iter()
                        .filter(|m| sets[1..].iter().all(|s| s.contains(*m)))
                        .cloned()
                        .collect(),
                    _ => sets[0]
                        .iter()
                        .filter(|m| sets[1..].iter().all(|s| !s.contains(*m)))
                        .cloned()
                        .collect(),
                };
                let store = rng.below(2) == 0;
                let dest = KEYS[rng.below(2)];
                let res =
                    match (op, store) {
                        (5, false) => sunion(&ctx, &multi).map(sorted),
                        (6, false) => sinter(&ctx, &multi).map(sorted),
                        (_, false) => sdiff(&ctx, &multi).map(sorted),
                        (5, true) => sunionstore(&ctx, dest, &multi)
                            .map(|n| vec![n.to_string().into_bytes()]),
                        (6, true) => sinterstore(&ctx, dest, &multi)
                            .map(|n| vec![n.to_string().into_bytes()]),
                        (_, true) => {
                            sdiffstore(&ctx, dest, &multi).map(|n| vec![n.to_string().into_bytes()])
                        }
                    };
                if multi_has_str {
                    assert_eq!(res.unwrap_err().to_string(), wrongtype, "{ctx_msg}");
                } else if store {
                    assert_eq!(
                        res.unwrap(),
                        vec![want.len().to_string().into_bytes()],
                        "{ctx_msg} STORE"
                    );
                    model.insert(dest.to_vec(), want);
                } else {
                    assert_eq!(
                        res.unwrap(),
                        want.into_iter().collect::<Vec<_>>(),
                        "{ctx_msg} op {op}"
                    );
                }
            }
            8 | 9 => {
                let count = match rng.below(4) {
                    0 => None,
                    1 => Some(-(rng.below(5) as i64)),
                    _ => {
                        let bound = if step > steps * 3 / 4 && rng.below(20) == 0 {
                            800
                        } else {
                            5
                        };
                        Some(rng.below(bound) as i64)
                    }
                };
                let pop = op == 8;
                let res = if pop {
                    spop(&ctx, key, count)
                } else {
                    srandmember(&ctx, key, count)
                };
                if pop && count.is_some_and(|n| n < 0) {
                    assert_eq!(
                        res.unwrap_err().to_string(),
                        "ERR value is out of range, must be positive"
                    );
                    continue;
                }
                if is_str {
                    assert_eq!(res.unwrap_err().to_string(), wrongtype, "{ctx_msg}");
                    continue;
                }
                let res = res.unwrap();
                let got: Vec<Vec<u8>> = match (count, res) {
                    (None, Reply::Nil) => {
                        assert!(entry.is_empty(), "{ctx_msg}");
                        vec![]
                    }
                    (None, Reply::Bulk(b)) => vec![b],
                    (Some(_), reply) => bulks_of(reply),
                    (None, other) => panic!("{ctx_msg}: {other}"),
                };
                for g in &got {
                    assert!(entry.contains(g), "{ctx_msg}: returned a non-member");
                }
                let distinct: BTreeSet<_> = got.iter().cloned().collect();
                match count {
                    None => assert_eq!(got.len(), usize::from(!entry.is_empty()), "{ctx_msg}"),
                    Some(n) if n >= 0 => {
                        assert_eq!(got.len(), (n as usize).min(entry.len()), "{ctx_msg}");
                        assert_eq!(distinct.len(), got.len(), "{ctx_msg}: repeats");
                    }
                    Some(n) => {
                        let want = if entry.is_empty() {
                            0
                        } else {
                            n.unsigned_abs() as usize
                        };
                        assert_eq!(got.len(), want, "{ctx_msg}");
                    }
                }
                if pop {
                    let s = model.entry(key.to_vec()).or_default();
                    for g in &got {
                        s.remove(g);
                    }
                }
            }
            10 => {
                let dest = KEYS[rng.below(4)];
                let res = smove(&ctx, key, dest, m);
                let src_missing = !is_str && entry.is_empty();
                if src_missing {
                    assert!(!res.unwrap(), "{ctx_msg}");
                } else if is_str || dest == b"str" {
                    assert_eq!(res.unwrap_err().to_string(), wrongtype, "{ctx_msg}");
                } else {
                    let moved = entry.contains(m);
                    assert_eq!(res.unwrap(), moved, "{ctx_msg} SMOVE");
                    if moved && key != dest {
                        model.entry(key.to_vec()).or_default().remove(m);
                        model.entry(dest.to_vec()).or_default().insert(m.to_vec());
                    }
                }
            }
            _ => {
                if !is_str {
                    assert_eq!(scard(&ctx, key).unwrap(), entry.len(), "{ctx_msg}");
                }
            }
        }
        // Emptied sets must be gone from the keyspace.
        for k in &KEYS[..3] {
            let empty = model.get(*k).is_none_or(|s| s.is_empty());
            assert_eq!(
                ctx.read(k, |v| v.is_none()),
                empty,
                "{ctx_msg}: key {:?}",
                String::from_utf8_lossy(k)
            );
        }
    }
    assert!(
        max_len > 512,
        "seed {seed}: sets never left the small encodings ({max_len})"
    );
    // Final full comparison.
    for k in &KEYS[..3] {
        let got = sorted(smembers(&ctx, k).unwrap());
        let want: Vec<Vec<u8>> = model
            .get(*k)
            .map(|s| s.iter().cloned().collect())
            .unwrap_or_default();
        assert_eq!(
            got,
            want,
            "seed {seed}: final {:?}",
            String::from_utf8_lossy(k)
        );
    }
}

#[test]
fn random_set_commands_match_the_model() {
    if let Some(seed) = std::env::var("FERRITE_PROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        run(seed, 6000);
        return;
    }
    for seed in [1, 2, 3, 0xDEAD_BEEF] {
        run(seed, 4000);
    }
}
