//! Property test of the memory accounting: seeded random commands on every type (through the
//! handlers, over two databases, with deadlines, time passing, transactions committed or rolled
//! back), and after each one `Keyspace::used_memory` must equal the same figure recomputed by
//! walking every key and element (`recompute_used_memory`), which ignores every maintained
//! counter. Set `FERRITE_SEED` to replay one seed.

use std::sync::atomic::AtomicUsize;

use ferrite_core::commands::list::{InsertPosition, ListEnd};
use ferrite_core::commands::string::{GetExExpiration, SetExpiration};
use ferrite_core::commands::zset::ScoreBound;
use ferrite_core::commands::{hash, keys, list, set, string, zset};
use ferrite_core::hash::Rng;
use ferrite_core::{Ctx, Keyspace, Value};

const NOW: i64 = 1_700_000_000_000;

struct Gen {
    rng: Rng,
}

impl Gen {
    fn below(&mut self, n: usize) -> usize {
        self.rng.below(n)
    }

    /// Mostly a key of the command's own type (so aggregates grow past their compact
    /// encodings), sometimes one shared by all types (so commands meet the wrong type and
    /// overwrite each other).
    fn key(&mut self, kind: &str) -> Vec<u8> {
        match self.below(5) {
            0 => format!("k{}", self.below(4)).into_bytes(),
            _ => format!("{kind}{}", self.below(4)).into_bytes(),
        }
    }

    /// Short (inline), integer, long (allocated) and past-the-compact-limit elements.
    fn element(&mut self) -> Vec<u8> {
        match self.below(10) {
            0 => vec![b'L'; 65 + self.below(40)],
            1..=2 => format!("a-long-element-{}-with-its-own-allocation", self.below(50)).into(),
            3..=5 => self.below(600).to_string().into_bytes(),
            _ => format!("e{}", self.below(300)).into_bytes(),
        }
    }

    fn elements(&mut self) -> Vec<Vec<u8>> {
        let n = match self.below(10) {
            0 => 100 + self.below(400),
            _ => 1 + self.below(5),
        };
        (0..n).map(|_| self.element()).collect()
    }

    fn value(&mut self) -> Vec<u8> {
        match self.below(4) {
            0 => (self.rng.next_u64() as i64 >> self.below(60))
                .to_string()
                .into_bytes(),
            1 => vec![b'v'; self.below(3000)],
            _ => vec![b'v'; self.below(30)],
        }
    }

    fn index(&mut self) -> i64 {
        self.below(40) as i64 - 20
    }
}

fn refs(items: &[Vec<u8>]) -> Vec<&[u8]> {
    items.iter().map(Vec::as_slice).collect()
}

/// One random command; errors (wrong type, bad index) are part of the test.
fn step(ctx: &Ctx, g: &mut Gen) {
    let op = g.below(44);
    let kind = match op {
        0..=10 => "s",
        11..=20 => "l",
        21..=26 => "h",
        27..=33 => "S",
        _ => "z",
    };
    let key = g.key(kind);
    let k = &key[..];
    let _ = match op {
        0..=2 => string::set(ctx, k, &g.value(), None, false, None).map(drop),
        3 => {
            let ex = Some(SetExpiration::Px(1 + g.below(20_000) as i64));
            string::set(ctx, k, &g.value(), None, false, ex).map(drop)
        }
        4 => string::append(ctx, k, &g.value()).map(drop),
        5 => string::setrange(ctx, k, g.below(500) as i64, b"patch").map(drop),
        6 => string::incr_by(ctx, k, g.index()).map(drop),
        7 => string::incr_by_float(ctx, k, 0.5).map(drop),
        8 => string::getdel(ctx, k).map(drop),
        9 => {
            let (a, b) = (g.key(kind), g.value());
            string::mset(ctx, &[(k, &b), (&a, b"x")]).map(drop)
        }
        10 => string::getex(ctx, k, Some(GetExExpiration::Persist)).map(drop),
        11..=13 => {
            let e = g.elements();
            if g.below(2) == 0 {
                list::lpush(ctx, k, &refs(&e)).map(drop)
            } else {
                list::rpush(ctx, k, &refs(&e)).map(drop)
            }
        }
        14 => list::lpop(ctx, k, Some(g.below(5) as i64)).map(drop),
        15 => list::rpop(ctx, k, None).map(drop),
        16 => {
            // An element the list holds, so that something is removed.
            let e = list::lindex(ctx, k, g.index()).ok().flatten();
            let e = e.unwrap_or_else(|| g.element());
            list::lrem(ctx, k, g.index(), &e).map(drop)
        }
        17 => list::ltrim(ctx, k, g.index(), g.index()).map(drop),
        18 => list::lset(ctx, k, g.index(), &g.element()).map(drop),
        19 => {
            let pivot = list::lindex(ctx, k, g.index()).ok().flatten();
            let pivot = pivot.unwrap_or_else(|| g.element());
            list::linsert(ctx, k, InsertPosition::Before, &pivot, &g.element()).map(drop)
        }
        20 => {
            let d = g.key(kind);
            list::lmove(ctx, k, &d, ListEnd::Left, ListEnd::Right).map(drop)
        }
        21..=23 => {
            let e = g.elements();
            let pairs: Vec<(&[u8], &[u8])> = e.iter().map(|f| (&f[..], &e[0][..])).collect();
            hash::hset(ctx, k, &pairs).map(drop)
        }
        24 => hash::hdel(ctx, k, &refs(&g.elements())).map(drop),
        25 => hash::hincrby(ctx, k, &g.element(), 7).map(drop),
        26 => hash::hsetnx(ctx, k, &g.element(), &g.value()).map(drop),
        27..=29 => set::sadd(ctx, k, &refs(&g.elements())).map(drop),
        30 => set::srem(ctx, k, &refs(&g.elements())).map(drop),
        31 => set::spop(ctx, k, Some(g.below(4) as i64)).map(drop),
        32 => {
            let (a, b) = (g.key(kind), g.key(kind));
            set::sunionstore(ctx, k, &[&a, &b]).map(drop)
        }
        33 => {
            let d = g.key(kind);
            set::smove(ctx, k, &d, &g.element()).map(drop)
        }
        34..=36 => {
            let e = g.elements();
            let members: Vec<(f64, &[u8])> = e.iter().map(|m| (g.index() as f64, &m[..])).collect();
            zset::zadd(ctx, k, false, false, false, false, false, false, &members).map(drop)
        }
        37 => zset::zrem(ctx, k, &refs(&g.elements())).map(drop),
        38 => zset::zremrangebyrank(ctx, k, g.index(), g.index()).map(drop),
        39 => {
            let (a, b) = (g.index() as f64, g.index() as f64);
            zset::zremrangebyscore(ctx, k, ScoreBound::Inclusive(a), ScoreBound::Exclusive(b))
                .map(drop)
        }
        40 => zset::zincrby(ctx, k, 1.5, &g.element()).map(drop),
        41 => {
            let ms = g.below(30_000) as i64;
            keys::pexpire(ctx, k, ms, false, false, false, false).map(drop)
        }
        42 => match g.below(4) {
            0 => keys::persist(ctx, k).map(drop),
            1 => keys::del(ctx, &[k]).map(drop),
            2 => keys::rename(ctx, k, &g.key(kind)).map(drop),
            _ => keys::copy(ctx, k, &g.key(kind), Some(g.below(2) as i64), true).map(drop),
        },
        _ => zset::zpopmin(ctx, k, Some(2)).map(drop),
    };
}

fn check(ks: &Keyspace, seed: u64, step: usize, what: &str) {
    assert_eq!(
        ks.used_memory(),
        ks.recompute_used_memory(),
        "seed {seed}, step {step} ({what})"
    );
}

/// Notes the encodings present, so the test can insist that conversions happened.
fn tally(ctx: &Ctx, seen: &mut std::collections::BTreeSet<&'static str>) {
    ctx.read_db(|view| {
        view.for_each(|_, entry| {
            seen.insert(match &entry.value {
                Value::Str(_) => "string",
                Value::List(_) => "list",
                Value::Hash(h) if h.is_compact() => "hash:listpack",
                Value::Hash(_) => "hash:hashtable",
                Value::Set(s) => match s.encoding() {
                    "intset" => "set:intset",
                    "listpack" => "set:listpack",
                    _ => "set:hashtable",
                },
                Value::ZSet(z) if z.len() > 256 => "zset:many-chunks",
                Value::ZSet(z) if z.encoding() == "listpack" => "zset:listpack",
                Value::ZSet(_) => "zset:skiplist",
            });
        })
    });
}

fn run(seed: u64, steps: usize, seen: &mut std::collections::BTreeSet<&'static str>) {
    let ks = Keyspace::new(2);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    let mut g = Gen {
        rng: Rng::new(seed),
    };
    let mut now = NOW;
    ks.set_fixed_time(Some(now));
    let mut peak = 0;
    for i in 0..steps {
        match g.below(100) {
            // Time passes: deadlines fall due, reclaimed lazily or by sweeps.
            0..=2 => {
                now += g.below(10_000) as i64;
                ks.set_fixed_time(Some(now));
            }
            3 => ctx.select(g.below(2)),
            4 if g.below(10) == 0 => keys::flushdb(&ctx, None).map(drop).unwrap(),
            5..=7 => {
                let tx = ks.begin();
                let tctx = Ctx::in_tx(&ks, &db, &tx);
                for _ in 0..1 + g.below(6) {
                    step(&tctx, &mut g);
                }
                if g.below(3) == 0 {
                    keys::flushdb(&tctx, None).unwrap();
                }
                if g.below(2) == 0 {
                    tx.rollback();
                } else {
                    tx.commit();
                }
            }
            _ => step(&ctx, &mut g),
        }
        check(&ks, seed, i, "after a command");
        if i % 50 == 0 {
            tally(&ctx, seen);
        }
        peak = peak.max(ks.used_memory());
    }
    eprintln!(
        "seed {seed}: peak used_memory {peak}, final {}",
        ks.used_memory()
    );
    keys::flushall(&ctx, None).unwrap();
    assert_eq!(ks.used_memory(), 0, "seed {seed}: after FLUSHALL");
}

#[test]
fn used_memory_equals_a_fresh_walk_after_random_commands() {
    if let Some(seed) = std::env::var("FERRITE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        run(seed, 3_000, &mut Default::default());
        return;
    }
    let mut seen = Default::default();
    for seed in 1..=6 {
        run(seed, 1_500, &mut seen);
    }
    assert_eq!(seen.len(), 10, "encodings reached: {seen:?}");
}

#[test]
fn used_memory_is_exact_after_concurrent_writers() {
    let ks = Keyspace::new(2);
    ks.set_fixed_time(Some(NOW));
    std::thread::scope(|scope| {
        for t in 0..4u64 {
            let ks = &ks;
            scope.spawn(move || {
                let db = AtomicUsize::new(0);
                let ctx = Ctx::new(ks, &db);
                let mut g = Gen {
                    rng: Rng::new(100 + t),
                };
                for _ in 0..1_500 {
                    if g.below(20) == 0 {
                        ctx.select(g.below(2));
                    }
                    step(&ctx, &mut g);
                }
            });
        }
    });
    assert!(ks.used_memory() > 0);
    assert_eq!(ks.used_memory(), ks.recompute_used_memory());
}

/// Sequences of view calls inside one write that no single command makes today but a handler
/// may: a value mutated and then replaced, removed, re-deadlined, or followed by mutable access
/// to another key of the same shard, and whole-database clears after mutation.
#[test]
fn view_call_sequences_inside_one_write_are_counted() {
    use ferrite_core::keyspace::{Entry, SHARD_BITS};
    use ferrite_core::value::{ListValue, StrValue};

    let ks = Keyspace::new(1);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    let shard = |k: &[u8]| ks.hash(k) >> (64 - SHARD_BITS);
    // Two keys of one shard, and one of another.
    let a = b"a".to_vec();
    let b = (0..)
        .map(|i| format!("b{i}").into_bytes())
        .find(|k| shard(k) == shard(&a))
        .unwrap();
    let c = (0..)
        .map(|i| format!("c{i}").into_bytes())
        .find(|k| shard(k) != shard(&a))
        .unwrap();
    let (a, b, c) = (&a[..], &b[..], &c[..]);
    let list = |n: usize| {
        let items: Vec<Vec<u8>> = (0..n).map(|i| vec![b'x'; 30 + i]).collect();
        Value::list(items.iter().map(Vec::as_slice).collect::<ListValue>())
    };
    let grow = |v: Option<&mut Value>| {
        if let Some(Value::List(l)) = v {
            for _ in 0..50 {
                l.push_back(&[b'y'; 100]);
            }
        }
    };
    let check = |what: &str| assert_eq!(ks.used_memory(), ks.recompute_used_memory(), "{what}");
    let reset = || {
        ctx.write(&[a, b, c], |view| {
            view.insert(a, list(3));
            view.insert(b, list(5));
            view.insert(c, list(7));
        })
    };

    reset();
    check("setup");
    ctx.write(&[a], |view| {
        grow(view.get_mut(a));
        view.insert(a, list(1));
    });
    check("get_mut then insert, same key");
    reset();
    ctx.write(&[a, b], |view| {
        grow(view.get_mut(a));
        view.insert(b, list(40));
    });
    check("get_mut then insert, same shard");
    reset();
    ctx.write(&[a, b], |view| {
        grow(view.get_mut(a));
        grow(view.get_mut(b));
        grow(view.get_mut(a));
    });
    check("get_mut, get_mut, same shard");
    reset();
    ctx.write(&[a, b], |view| {
        grow(view.get_mut(a));
        view.remove(b);
        grow(view.get_mut(a));
        view.remove(a);
    });
    check("get_mut then removes");
    reset();
    ctx.write(&[a, b, c, b"new"], |view| {
        grow(view.get_mut(a));
        let _ = view.get_or_insert_with(b"new", || Value::Str(StrValue::from_bytes(b"v")));
        grow(Some(view.get_or_insert_with(b, || list(1))));
        grow(view.get_mut(c));
        view.set_expires_at(a, Some(NOW + 10));
        grow(view.get_mut(a));
        view.insert_entry(
            b,
            Entry {
                value: list(2),
                expires_at: Some(NOW + 20),
            },
        );
    });
    check("get_or_insert_with, deadlines, entries");
    ctx.write_db(|view| {
        grow(view.get_mut(a));
        view.clear();
        view.insert(a, list(9));
    });
    check("get_mut, clear, insert");
    reset();
    let before = ks.used_memory();
    {
        let tx = ks.begin();
        let tctx = Ctx::in_tx(&ks, &db, &tx);
        tctx.write(&[a, b], |view| {
            grow(view.get_mut(a));
            view.insert(b, list(60));
            grow(view.get_mut(b));
        });
        // (No walk here: the transaction holds every lock.)
        assert!(ks.used_memory() > before + 60 * 30);
        tx.rollback();
    }
    check("after rollback");
    assert_eq!(ks.used_memory(), before);
}
