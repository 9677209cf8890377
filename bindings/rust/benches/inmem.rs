//! In-memory speed and memory of Ferrite, each beside the bare Rust structure doing the same work
//! in the same run, so the ratio can be read (PERFORMANCE.md: absolute times drift 2-5x on these
//! machines; ratios do not). No assertions: this reports, it does not judge.
//!
//! - GET and SET vs `RwLock<HashMap<Vec<u8>, Vec<u8>>>`; HSET vs a `HashMap` of `HashMap`s;
//!   LPUSH vs `VecDeque`; ZADD vs `BTreeMap` (score order) plus a `HashMap` (member -> score), as
//!   a sorted set needs both; INCR vs `HashMap<Vec<u8>, i64>`. Every bare structure sits behind a
//!   `parking_lot::RwLock`, as a shared database must.
//! - Every database holds 100k preloaded keys of 16 B with 32 B values.
//! - The bare structures are written the efficient way (no key clone on overwrite); a bare GET
//!   clones the value, as Ferrite's `get` returns an owned `Vec<u8>`.
//! - Memory: a counting global allocator measures the bytes allocated for 100k keys in Ferrite and
//!   in the bare map, printed as bytes/key before the timings. It counts requested bytes, so
//!   malloc's own per-block overhead (8-16 B a block) is not included; RSS would be higher.
//!
//! Run with `cargo bench -p ferrite --bench inmem` (a few minutes on 2 cores: 1 s warm-up and 1 s
//! measurement per function).

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use ferrite::embedded::Database;
use parking_lot::RwLock;

/// Keys preloaded in every database.
const PRELOAD: usize = 100_000;
/// Distinct hashes / lists / sorted sets the aggregate benchmarks write to.
const AGGREGATES: usize = 1_000;

/// Counts the bytes currently allocated through the global allocator.
struct CountingAllocator;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so the
// `GlobalAlloc` contract holds exactly as it does for `System`; the counter is only arithmetic.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded from our caller, who upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded from our caller, who upholds `dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded from our caller, who upholds `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// Key `i`: 16 bytes.
fn key(i: usize) -> Vec<u8> {
    format!("key:{i:012}").into_bytes()
}

/// Value `i`: 32 bytes.
fn value(i: usize) -> Vec<u8> {
    format!("value:{i:026}").into_bytes()
}

fn keys() -> Vec<Vec<u8>> {
    (0..PRELOAD).map(key).collect()
}

fn ferrite_preloaded() -> Database {
    let db = Database::open_with_config(ferrite::embedded::EmbeddedConfig {
        memory_limit: 0, // measure speed, not the 256 MiB default limit
        ..Default::default()
    })
    .expect("in-memory database");
    for i in 0..PRELOAD {
        db.set(key(i), value(i)).expect("SET");
    }
    db
}

fn bare_preloaded() -> RwLock<HashMap<Vec<u8>, Vec<u8>>> {
    RwLock::new((0..PRELOAD).map(|i| (key(i), value(i))).collect())
}

/// Bytes allocated while `build` runs and its result is alive, per preloaded key.
fn bytes_per_key<T>(build: impl FnOnce() -> T) -> f64 {
    let before = ALLOCATED.load(Ordering::Relaxed);
    let built = build();
    let after = ALLOCATED.load(Ordering::Relaxed);
    drop(built);
    (after.saturating_sub(before)) as f64 / PRELOAD as f64
}

fn report_memory() {
    let ferrite = bytes_per_key(ferrite_preloaded);
    let bare = bytes_per_key(bare_preloaded);
    println!(
        "memory, {PRELOAD} keys of 16 B + 32 B values: Ferrite {ferrite:.1} B/key, \
         RwLock<HashMap<Vec<u8>, Vec<u8>>> {bare:.1} B/key (ratio {:.2}; payload 48 B/key)",
        ferrite / bare
    );
}

/// The bare counterparts, each behind one lock as a shared database must be.
type BareHashes = RwLock<HashMap<Vec<u8>, HashMap<Vec<u8>, Vec<u8>>>>;
type BareLists = RwLock<HashMap<Vec<u8>, VecDeque<Vec<u8>>>>;

/// Cycles through `0..n` across iterations.
struct Cycle(usize, usize);

impl Cycle {
    fn next(&mut self) -> usize {
        self.0 = (self.0 + 1) % self.1;
        self.0
    }
}

fn get(c: &mut Criterion) {
    let keys = keys();
    let mut group = c.benchmark_group("get");
    let db = ferrite_preloaded();
    let mut i = Cycle(0, PRELOAD);
    group.bench_function("ferrite", |b| {
        b.iter(|| black_box(db.get(&keys[i.next()]).expect("GET")))
    });
    drop(db);
    let bare = bare_preloaded();
    group.bench_function("hashmap_rwlock", |b| {
        b.iter(|| black_box(bare.read().get(&keys[i.next()]).cloned()))
    });
    group.finish();
}

fn set(c: &mut Criterion) {
    let keys = keys();
    let val = value(7);
    let mut group = c.benchmark_group("set");
    let db = ferrite_preloaded();
    let mut i = Cycle(0, PRELOAD);
    group.bench_function("ferrite", |b| {
        b.iter(|| db.set(&keys[i.next()], &val).expect("SET"))
    });
    drop(db);
    let bare = bare_preloaded();
    group.bench_function("hashmap_rwlock", |b| {
        b.iter(|| {
            let key = &keys[i.next()];
            let mut map = bare.write();
            match map.get_mut(key) {
                Some(slot) => slot.clone_from(&val),
                None => drop(map.insert(key.clone(), val.clone())),
            }
        })
    });
    group.finish();
}

fn hset(c: &mut Criterion) {
    let keys = keys();
    let hashes: Vec<Vec<u8>> = (0..AGGREGATES)
        .map(|n| format!("hash:{n:011}").into_bytes())
        .collect();
    let val = value(7);
    let mut group = c.benchmark_group("hset");
    let db = ferrite_preloaded();
    let (mut h, mut f) = (Cycle(0, AGGREGATES), Cycle(0, PRELOAD));
    group.bench_function("ferrite", |b| {
        b.iter(|| {
            db.hset(&hashes[h.next()], &keys[f.next()], &val)
                .expect("HSET")
        })
    });
    drop(db);
    let bare: BareHashes = RwLock::new(HashMap::new());
    group.bench_function("hashmap_of_hashmaps", |b| {
        b.iter(|| {
            let (hash_key, field) = (&hashes[h.next()], &keys[f.next()]);
            let mut map = bare.write();
            if !map.contains_key(hash_key) {
                map.insert(hash_key.clone(), HashMap::new());
            }
            let hash = map.get_mut(hash_key).expect("just inserted");
            match hash.get_mut(field) {
                Some(slot) => {
                    slot.clone_from(&val);
                    black_box(false)
                }
                None => black_box(hash.insert(field.clone(), val.clone()).is_none()),
            }
        })
    });
    group.finish();
}

/// LPUSH grows without bound, so each sample pushes `iters` values and the lists are emptied
/// afterwards, outside the timed part.
fn lpush(c: &mut Criterion) {
    let lists: Vec<Vec<u8>> = (0..AGGREGATES)
        .map(|n| format!("list:{n:011}").into_bytes())
        .collect();
    let val = value(7);
    let mut group = c.benchmark_group("lpush");
    let db = ferrite_preloaded();
    group.bench_function("ferrite", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for n in 0..iters as usize {
                db.lpush(&lists[n % AGGREGATES], &[&val]).expect("LPUSH");
            }
            let elapsed = start.elapsed();
            db.del(&lists[..]).expect("DEL");
            elapsed
        })
    });
    drop(db);
    let bare: BareLists = RwLock::new(HashMap::new());
    group.bench_function("vecdeque", |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for n in 0..iters as usize {
                let mut map = bare.write();
                let list = map.entry(lists[n % AGGREGATES].clone()).or_default();
                list.push_front(val.clone());
                black_box(list.len());
            }
            let elapsed = start.elapsed();
            bare.write().clear();
            elapsed
        })
    });
    group.finish();
}

/// A bare sorted set: score order in a `BTreeMap`, member lookup in a `HashMap`.
#[derive(Default)]
struct BareZset {
    by_member: HashMap<Vec<u8>, f64>,
    by_score: BTreeMap<(u64, Vec<u8>), ()>,
}

/// Maps an f64 to a u64 with the same order (for the BTreeMap key).
fn ordered(score: f64) -> u64 {
    let bits = score.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

impl BareZset {
    fn add(&mut self, score: f64, member: &[u8]) -> bool {
        match self.by_member.insert(member.to_vec(), score) {
            Some(old) => {
                self.by_score.remove(&(ordered(old), member.to_vec()));
                self.by_score.insert((ordered(score), member.to_vec()), ());
                false
            }
            None => {
                self.by_score.insert((ordered(score), member.to_vec()), ());
                true
            }
        }
    }
}

fn zadd(c: &mut Criterion) {
    let keys = keys();
    let zsets: Vec<Vec<u8>> = (0..AGGREGATES)
        .map(|n| format!("zset:{n:011}").into_bytes())
        .collect();
    let mut group = c.benchmark_group("zadd");
    let db = ferrite_preloaded();
    let (mut z, mut m) = (Cycle(0, AGGREGATES), Cycle(0, PRELOAD));
    group.bench_function("ferrite", |b| {
        b.iter(|| {
            let n = m.next();
            db.zadd(&zsets[z.next()], &[(n as f64, &keys[n])])
                .expect("ZADD")
        })
    });
    drop(db);
    let bare: RwLock<HashMap<Vec<u8>, BareZset>> = RwLock::new(HashMap::new());
    group.bench_function("btreemap_hashmap", |b| {
        b.iter(|| {
            let n = m.next();
            let mut map = bare.write();
            black_box(
                map.entry(zsets[z.next()].clone())
                    .or_default()
                    .add(n as f64, &keys[n]),
            )
        })
    });
    group.finish();
}

fn incr(c: &mut Criterion) {
    let counters: Vec<Vec<u8>> = (0..AGGREGATES)
        .map(|n| format!("ctr:{n:012}").into_bytes())
        .collect();
    let mut group = c.benchmark_group("incr");
    let db = ferrite_preloaded();
    let mut i = Cycle(0, AGGREGATES);
    group.bench_function("ferrite", |b| {
        b.iter(|| db.incr(&counters[i.next()]).expect("INCR"))
    });
    drop(db);
    let bare: RwLock<HashMap<Vec<u8>, i64>> = RwLock::new(HashMap::new());
    group.bench_function("hashmap_i64", |b| {
        b.iter(|| {
            let key = &counters[i.next()];
            let mut map = bare.write();
            match map.get_mut(key) {
                Some(counter) => {
                    *counter += 1;
                    black_box(*counter)
                }
                None => *map.entry(key.clone()).or_insert(1),
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20);
    targets = get, set, hset, lpush, zadd, incr
}

fn main() {
    report_memory();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
