//! Write throughput per sync mode, single-threaded and with 8 writer threads, beside the floors
//! that bound it, all in the same run (PERFORMANCE.md: compare ratios, not absolute times).
//!
//! - `set/memory`: SET on an in-memory database (no log): the floor for `None`.
//! - `set/none`, `set/normal`, `set/full`: SET of a 16 B key and 32 B value on an on-disk
//!   database in that sync mode (WAL on, snapshot threshold left at its default).
//! - `floor/append+fdatasync`: append 64 bytes to a plain file and `sync_data` — what one durable
//!   write costs the file system; `floor/overwrite+fdatasync`: the same into a preallocated file
//!   (no size change to flush), the lower floor.
//! - `set8/<mode>`: 8 threads each doing SETs; reported per SET, so group commit shows as `Full`
//!   with 8 writers costing far less per write than with one.
//!
//! The directory is under `target/` (a real disk; `/dev/shm` would make fsync free). Set
//! `FERRITE_BENCH_DIR` to measure elsewhere. Run with `cargo bench -p ferrite --bench durable`.

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use ferrite::embedded::{Database, EmbeddedConfig, SyncMode};

fn bench_dir(name: &str) -> PathBuf {
    let base = std::env::var_os("FERRITE_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-db"));
    let dir = base.join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn open(mode: Option<SyncMode>, name: &str) -> (Database, Option<PathBuf>) {
    match mode {
        None => (
            Database::open_with_config(ferrite::embedded::EmbeddedConfig {
                memory_limit: 0, // measure speed, not the 256 MiB default limit
                ..Default::default()
            })
            .expect("in-memory database"),
            None,
        ),
        Some(mode) => {
            let dir = bench_dir(name);
            let db = Database::open_with_config(EmbeddedConfig {
                path: Some(dir.clone()),
                sync_mode: mode,
                memory_limit: 0,
                ..EmbeddedConfig::default()
            })
            .expect("open");
            (db, Some(dir))
        }
    }
}

const MODES: [(&str, Option<SyncMode>); 4] = [
    ("memory", None),
    ("none", Some(SyncMode::None)),
    ("normal", Some(SyncMode::Normal)),
    ("full", Some(SyncMode::Full)),
];

fn single_writer(c: &mut Criterion) {
    let mut group = c.benchmark_group("set");
    let value = [b'v'; 32];
    for (name, mode) in MODES {
        if mode == Some(SyncMode::Full) {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(3));
        }
        let (db, dir) = open(mode, name);
        let mut i = 0u64;
        group.bench_function(name, |b| {
            b.iter(|| {
                i += 1;
                let key = format!("key:{:012}", i % 100_000);
                db.set(black_box(key.as_bytes()), black_box(&value[..]))
                    .expect("set");
            })
        });
        drop(db);
        if let Some(dir) = dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    // The floor a durable write cannot beat on this file system.
    let dir = bench_dir("floor");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut file = std::fs::File::create(dir.join("floor.log")).expect("file");
    group.bench_function("floor/append+fdatasync", |b| {
        b.iter(|| {
            file.write_all(&[7u8; 64]).expect("write");
            file.sync_data().expect("fdatasync");
        })
    });
    // The same, overwriting a preallocated file (no size change, so no metadata to flush).
    let pre = dir.join("prealloc.log");
    std::fs::write(&pre, vec![0u8; 64 << 20]).expect("preallocate");
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&pre)
        .expect("open");
    file.sync_all().expect("sync");
    let mut at = 0u64;
    group.bench_function("floor/overwrite+fdatasync", |b| {
        b.iter(|| {
            std::os::unix::fs::FileExt::write_at(&file, &[7u8; 64], at).expect("write");
            at = (at + 64) % (64 << 20);
            file.sync_data().expect("fdatasync");
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(dir);
}

fn eight_writers(c: &mut Criterion) {
    let mut group = c.benchmark_group("set8");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for (name, mode) in MODES {
        let (db, dir) = open(mode, &format!("{name}-8"));
        let counter = AtomicU64::new(0);
        group.bench_function(name, |b| {
            // Time `iters` SETs spread over 8 threads; criterion divides by `iters`.
            b.iter_custom(|iters| {
                let per = iters.div_ceil(8);
                let started = Instant::now();
                std::thread::scope(|s| {
                    for t in 0..8u64 {
                        let db = &db;
                        let counter = &counter;
                        s.spawn(move || {
                            for _ in 0..per {
                                let i = counter.fetch_add(1, Ordering::Relaxed);
                                let key = format!("t{t}:{:010}", i % 100_000);
                                db.set(key.as_bytes(), [b'v'; 32]).expect("set");
                            }
                        });
                    }
                });
                started.elapsed()
            })
        });
        drop(db);
        if let Some(dir) = dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    group.finish();
}

criterion_group!(benches, single_writer, eight_writers);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
