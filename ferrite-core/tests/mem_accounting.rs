//! `Keyspace::used_memory` against the allocator: a counting global allocator tracks the bytes
//! the process holds (requested sizes), and at several checkpoints of a workload over all five
//! types (small and large values, keys with deadlines, pushes, pops, removals, overwrites, expiry,
//! deletes, a rolled-back transaction) the keyspace's own figure must stay within 10% of the live
//! bytes added since the keyspace was created, and return to zero after FLUSHALL.
//!
//! One test only: the allocator counts every thread of this binary. Figures are printed at the
//! end (`cargo test -p ferrite-core --test mem_accounting -- --nocapture`); nothing is printed
//! before, since the capture buffer would count as live bytes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

use ferrite_core::commands::{hash, keys, list, set, string, zset};
use ferrite_core::hash::Rng;
use ferrite_core::{Ctx, Keyspace};

/// Live bytes as requested from the allocator.
static LIVE: AtomicIsize = AtomicIsize::new(0);
/// Live bytes as glibc malloc would hold them (8-byte header, 16-byte granules, 32 minimum), for
/// information: the accounting counts requested sizes.
static CHUNKS: AtomicIsize = AtomicIsize::new(0);

fn chunk(size: usize) -> isize {
    ((size + 8).div_ceil(16) * 16).max(32) as isize
}

struct Counting;

// SAFETY: every call is forwarded unchanged to the system allocator; the counters are only
// arithmetic on the layouts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Relaxed);
        CHUNKS.fetch_add(chunk(layout.size()), Relaxed);
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Relaxed);
        CHUNKS.fetch_add(chunk(layout.size()), Relaxed);
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Relaxed);
        CHUNKS.fetch_sub(chunk(layout.size()), Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Relaxed);
        CHUNKS.fetch_add(chunk(new_size) - chunk(layout.size()), Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One checkpoint's figures, kept on the stack until the end.
#[derive(Clone, Copy, Default)]
struct Figures {
    name: &'static str,
    keys: usize,
    used: usize,
    live: isize,
    chunks: isize,
}

const NOW: i64 = 1_700_000_000_000;

fn key(prefix: &str, i: usize) -> Vec<u8> {
    format!("{prefix}:{i}").into_bytes()
}

/// Sizes of aggregates: most small, some large, a few of 10,000.
fn agg_len(rng: &mut Rng) -> usize {
    match rng.below(20) {
        0 => 10_000,
        1..=3 => 500 + rng.below(3_000),
        4..=9 => 20 + rng.below(200),
        _ => 1 + rng.below(12),
    }
}

/// An element: mostly short (stored inline in lists and hashes), some long.
fn element(rng: &mut Rng, i: usize) -> Vec<u8> {
    match rng.below(4) {
        0 => format!("a-longer-element-that-needs-its-own-allocation:{i}").into_bytes(),
        _ => format!("e{i}").into_bytes(),
    }
}

const STRINGS: usize = 20_000;
const BIG_STRINGS: usize = 2_000;
const INTS: usize = 20_000;
const AGGS: usize = 60;

fn fill(ctx: &Ctx, rng: &mut Rng) {
    for i in 0..STRINGS {
        string::set(ctx, &key("s", i), b"ten-bytes!", None, false, None).unwrap();
    }
    let kib = vec![b'x'; 1024];
    for i in 0..BIG_STRINGS {
        string::set(ctx, &key("big", i), &kib, None, false, None).unwrap();
    }
    for i in 0..INTS {
        let n = (rng.next_u64() >> 20) as i64 - (1 << 40);
        string::set(
            ctx,
            &key("n", i),
            n.to_string().as_bytes(),
            None,
            false,
            None,
        )
        .unwrap();
    }
    for i in 0..AGGS {
        let k = key("list", i);
        for j in 0..agg_len(rng) {
            let e = element(rng, j);
            if j % 2 == 0 {
                list::rpush(ctx, &k, &[&e]).unwrap();
            } else {
                list::lpush(ctx, &k, &[&e]).unwrap();
            }
        }
        let k = key("hash", i);
        for j in 0..agg_len(rng) {
            let (f, v) = (element(rng, j), element(rng, j + 1));
            hash::hset(ctx, &k, &[(&f, &v)]).unwrap();
        }
        let k = key("set", i);
        let ints = i % 3 == 0;
        for j in 0..agg_len(rng) {
            let m = if ints {
                j.to_string().into_bytes()
            } else {
                element(rng, j)
            };
            set::sadd(ctx, &k, &[&m]).unwrap();
        }
        let k = key("zset", i);
        for j in 0..agg_len(rng) {
            let m = element(rng, j);
            let score = rng.below(1000) as f64;
            zset::zadd(
                ctx,
                &k,
                false,
                false,
                false,
                false,
                false,
                false,
                &[(score, &m)],
            )
            .unwrap();
        }
    }
    // A quarter of the strings and some aggregates get deadlines, with varied times.
    for i in (0..STRINGS).step_by(4) {
        let secs = 10 + rng.below(1000) as i64;
        keys::expire(ctx, &key("s", i), secs, false, false, false, false).unwrap();
    }
    for i in (0..AGGS).step_by(5) {
        for prefix in ["list", "hash", "set", "zset"] {
            keys::expire(ctx, &key(prefix, i), 3600, false, false, false, false).unwrap();
        }
    }
}

fn mutate(ctx: &Ctx, rng: &mut Rng) {
    for i in 0..AGGS {
        let k = key("list", i);
        list::lpop(ctx, &k, Some(3)).unwrap();
        list::rpop(ctx, &k, Some(2)).unwrap();
        list::lrem(ctx, &k, 0, b"e7").unwrap();
        list::ltrim(ctx, &k, 0, 2_000).unwrap();
        list::lset(ctx, &k, 0, &[b'y'; 100]).ok();
        let k = key("hash", i);
        for j in (0..50).step_by(3) {
            hash::hdel(ctx, &k, &[&element(rng, j)]).unwrap();
            hash::hset(ctx, &k, &[(&format!("e{j}").into_bytes(), &[b'v'; 60])]).unwrap();
        }
        let k = key("set", i);
        set::spop(ctx, &k, Some(5)).unwrap();
        for j in 0..40 {
            set::srem(ctx, &k, &[j.to_string().as_bytes()]).unwrap();
        }
        let k = key("zset", i);
        zset::zremrangebyrank(ctx, &k, 0, 10).unwrap();
        for j in 0..30 {
            zset::zadd(
                ctx,
                &k,
                false,
                false,
                false,
                false,
                false,
                false,
                &[(j as f64, b"e3")],
            )
            .unwrap();
            zset::zrem(ctx, &k, &[format!("e{j}").as_bytes()]).unwrap();
        }
    }
    // Overwrites with other sizes, appends, in-place edits, integer changes.
    for i in (0..STRINGS).step_by(3) {
        let v = vec![b'z'; rng.below(200)];
        string::set(ctx, &key("s", i), &v, None, false, None).unwrap();
    }
    for i in (0..BIG_STRINGS).step_by(2) {
        string::append(ctx, &key("big", i), b"more bytes").unwrap();
    }
    for i in (1..BIG_STRINGS).step_by(7) {
        string::setrange(ctx, &key("big", i), 3000, b"far").unwrap();
    }
    for i in (0..INTS).step_by(5) {
        string::incr(ctx, &key("n", i)).unwrap();
        string::append(ctx, &key("n", i + 1), b"x").unwrap();
    }
    // Deadlines set, changed and removed; deletes.
    for i in (1..STRINGS).step_by(8) {
        keys::pexpire(ctx, &key("s", i), 50_000, false, false, false, false).unwrap();
    }
    for i in (0..STRINGS).step_by(16) {
        keys::persist(ctx, &key("s", i)).unwrap();
    }
    for i in (2..STRINGS).step_by(10) {
        keys::del(ctx, &[&key("s", i)]).unwrap();
    }
    for i in (0..AGGS).step_by(7) {
        keys::del(ctx, &[&key("hash", i), &key("zset", i)]).unwrap();
    }
}

fn measure(ks: &Keyspace, ctx: &Ctx, name: &'static str, base: (isize, isize)) -> Figures {
    let keys = (0..ks.num_dbs())
        .map(|db| {
            ctx.select(db);
            keys::dbsize(ctx).unwrap()
        })
        .sum();
    ctx.select(0);
    Figures {
        name,
        keys,
        used: ks.used_memory(),
        live: LIVE.load(Relaxed) - base.0,
        chunks: CHUNKS.load(Relaxed) - base.1,
    }
}

#[test]
fn used_memory_tracks_the_allocator() {
    let ks = Keyspace::new(2);
    let db = AtomicUsize::new(0);
    let ctx = Ctx::new(&ks, &db);
    ks.set_fixed_time(Some(NOW));
    let mut rng = Rng::new(0x5eed);
    let mut figures = [Figures::default(); 8];
    let base = (LIVE.load(Relaxed), CHUNKS.load(Relaxed));

    fill(&ctx, &mut rng);
    figures[0] = measure(&ks, &ctx, "filled", base);

    mutate(&ctx, &mut rng);
    figures[1] = measure(&ks, &ctx, "mutated", base);

    // Half the deadlines pass; a pass of writes reclaims some lazily and by sweeps.
    ks.set_fixed_time(Some(NOW + 500_000));
    for i in (0..STRINGS).step_by(2) {
        string::setnx(&ctx, &key("s", i), b"back").unwrap();
    }
    figures[2] = measure(&ks, &ctx, "expired", base);

    // Keys moved and copied to database 1; a transaction's changes rolled back.
    for i in 0..AGGS {
        keys::rename(&ctx, &key("list", i), &key("moved", i)).ok();
        keys::copy(&ctx, &key("set", i), &key("set", i), Some(1), true).unwrap();
    }
    {
        let tx = ks.begin();
        let tctx = Ctx::in_tx(&ks, &db, &tx);
        for i in 0..AGGS {
            list::rpush(&tctx, &key("moved", i), &[&[b'q'; 300]]).unwrap();
            keys::del(&tctx, &[&key("big", i)]).unwrap();
        }
        keys::flushdb(&tctx, None).unwrap();
        tx.rollback();
    }
    figures[3] = measure(&ks, &ctx, "moved+rollback", base);

    // Many keys deleted one by one (the tables keep their capacity).
    for i in 0..INTS {
        keys::del(&ctx, &[&key("n", i)]).unwrap();
    }
    figures[4] = measure(&ks, &ctx, "deleted", base);

    keys::flushall(&ctx, None).unwrap();
    figures[5] = measure(&ks, &ctx, "flushall", base);

    // Where per-key overhead dominates: tiny strings and integers, half with random deadlines.
    for i in 0..100_000 {
        let k = key("t", i);
        if i % 2 == 0 {
            string::set(&ctx, &k, b"v", None, false, None).unwrap();
            let secs = 10 + rng.below(100_000) as i64;
            keys::expire(&ctx, &k, secs, false, false, false, false).unwrap();
        } else {
            string::set(&ctx, &k, b"12", None, false, None).unwrap();
        }
    }
    figures[6] = measure(&ks, &ctx, "tiny keys+ttl", base);

    keys::flushall(&ctx, None).unwrap();
    figures[7] = measure(&ks, &ctx, "flushall", base);

    println!(
        "{:<16} {:>8} {:>12} {:>12} {:>8} {:>12}",
        "checkpoint", "keys", "used_memory", "alloc live", "error", "malloc est."
    );
    for f in &figures {
        let err = if f.live > 0 {
            format!(
                "{:+.2}%",
                (f.used as f64 - f.live as f64) * 100.0 / f.live as f64
            )
        } else {
            "-".into()
        };
        println!(
            "{:<16} {:>8} {:>12} {:>12} {:>8} {:>12}",
            f.name, f.keys, f.used, f.live, err, f.chunks
        );
    }
    for f in figures[..5].iter().chain(&figures[6..7]) {
        let diff = (f.used as f64 - f.live as f64).abs();
        assert!(
            diff <= f.live as f64 * 0.10,
            "{}: used_memory {} vs allocator {}",
            f.name,
            f.used,
            f.live
        );
        assert!(f.keys > 0);
    }
    for last in [figures[5], figures[7]] {
        assert_eq!(last.used, 0, "used_memory after FLUSHALL");
        assert!(
            last.live.abs() < 4096,
            "allocator after FLUSHALL: {}",
            last.live
        );
    }
    assert_eq!(ks.used_memory(), ks.recompute_used_memory());
}
