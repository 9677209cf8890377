//! R5 corruption injection (RELIABILITY.md §3): damaged WAL segments and snapshots must open as
//! an exact prefix of what was written, or fail with a `CORRUPT` error naming the file and the
//! byte offset; never panic, never return a value that was never written.
//!
//! Everything runs on the simulated disk except the cases that need the real file system (a
//! directory in place of the snapshot, truncated snapshots read through `mmap`), which use a
//! scratch directory on tmpfs (`/dev/shm`) when there is one.
//!
//! T1 (every run): 4,097 WAL truncations, 33,880 WAL bit flips (every bit of a 4 KiB segment),
//! 320 WAL tails, 4,352 snapshot truncations, 2,000 snapshot bit flips, 11 foreign files, salvage
//! cases; about 40 s in a debug build. `FERRITE_SOAK=1` runs 10,000 snapshot bit flips and ten
//! times the random tails and cuts. Run with `--nocapture` to see each figure and its time.

mod common;

use common::crc::crc32;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use common::{dump, Rng, FAR};
use ferrite::embedded::sim::SimStorage;
use ferrite::embedded::{Database, EmbeddedConfig, Error, Recovery, Storage, SyncMode};

const DIR: &str = "/db";
const DBS: u8 = 2;
const WAL_HEADER: usize = 28;
const RECORD_HEADER: usize = 12;
const SNAP_HEADER: usize = 40;
const BLOCK_HEADER: usize = 8;

fn soak() -> bool {
    std::env::var_os("FERRITE_SOAK").is_some_and(|v| !v.is_empty() && v != "0")
}

fn config(storage: &SimStorage, recovery: Recovery) -> EmbeddedConfig {
    EmbeddedConfig {
        path: Some(PathBuf::from(DIR)),
        sync_mode: SyncMode::Full,
        num_databases: DBS,
        recovery,
        storage: Some(Arc::new(storage.clone())),
        ..EmbeddedConfig::default()
    }
}

fn memory() -> Database {
    Database::open_with_config(EmbeddedConfig {
        num_databases: DBS,
        ..EmbeddedConfig::default()
    })
    .expect("memory db")
}

/// Opens a fresh simulated disk holding `files` (name in `DIR`, bytes); `case` names the case in
/// a panic. Returns the disk (to inspect renames) and the result.
fn open_files(
    files: &[(&str, &[u8])],
    recovery: Recovery,
    case: &str,
) -> (SimStorage, Result<Database, Error>) {
    let disk = SimStorage::new();
    for (name, bytes) in files {
        disk.put(&Path::new(DIR).join(name), bytes.to_vec());
    }
    let result = catch_unwind(AssertUnwindSafe(|| {
        Database::open_with_config(config(&disk, recovery))
    }))
    .unwrap_or_else(|_| panic!("open panicked: {case}"));
    (disk, result)
}

fn names(disk: &SimStorage) -> Vec<String> {
    disk.list(Path::new(DIR)).expect("list")
}

/// Op `i` of the WAL workload. Each op changes the keyspace, so each is exactly one WAL record:
/// strings (binary, with absolute TTLs), lists, hashes, counters, sorted sets, a second logical
/// database and transactions across both.
fn run_op(db: &Database, i: u64) {
    let mut r = Rng(0x5EED_C0DE ^ i.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let mut value = format!("v{i}-").into_bytes();
    let extra = 8 + r.below(180) as usize;
    value.extend((0..extra).map(|j| {
        if j % 17 == 0 {
            (r.next() & 0xff) as u8
        } else {
            b'a' + (j % 26) as u8
        }
    }));
    let res = match i % 10 {
        0..=3 => db.set(format!("s{}", r.below(40)), &value),
        4 => db
            .execute(&[
                &b"SET"[..],
                format!("t{}", r.below(10)).as_bytes(),
                &value,
                b"PXAT",
                (FAR + i as i64).to_string().as_bytes(),
            ])
            .map(|_| ()),
        5 => db.rpush(format!("l{}", i % 3), &[&value]).map(|_| ()),
        6 => db
            .hset_multiple(format!("h{}", i % 4), &[(format!("f{i}"), &value)])
            .map(|_| ()),
        7 => db.incr_by(format!("n{}", i % 5), i as i64 + 1).map(|_| ()),
        8 => db
            .zadd(format!("z{}", i % 2), &[(i as f64 / 3.0, format!("m{i}"))])
            .map(|_| ()),
        _ if i % 20 == 9 => db.transaction(|tx| {
            tx.set(format!("x{}", i % 7), &value)?;
            tx.execute(&["SELECT", "1"])?;
            tx.incr_by("acct", i as i64)?;
            tx.execute(&["SELECT", "0"])?;
            Ok(())
        }),
        _ => db
            .with_db(1)
            .and_then(|d| d.set(format!("o{}", r.below(20)), &value)),
    };
    res.unwrap_or_else(|e| panic!("op {i}: {e}"));
}

/// Record boundaries of a segment, walked from the length fields (independent of the reader):
/// `bounds[k]` is where record k starts; the last element is the end of the last record.
fn wal_bounds(bytes: &[u8]) -> Vec<usize> {
    let mut at = WAL_HEADER;
    let mut bounds = vec![at];
    while at + RECORD_HEADER <= bytes.len() {
        let len = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        at += RECORD_HEADER + len;
        assert!(at <= bytes.len(), "a well-formed segment");
        bounds.push(at);
    }
    assert_eq!(at, bytes.len());
    bounds
}

/// The WAL fixture: a segment of `RECORDS` records written in `Full` and never closed, its name,
/// its record boundaries, and the model dump after each prefix of the workload.
struct WalFixture {
    name: String,
    bytes: Vec<u8>,
    bounds: Vec<usize>,
    dumps: Vec<String>,
}

const RECORDS: u64 = 200;

fn wal_fixture() -> &'static WalFixture {
    static FIXTURE: OnceLock<WalFixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let disk = SimStorage::new();
        let db = Database::open_with_config(config(&disk, Recovery::Strict)).expect("open");
        let model = memory();
        let mut dumps = vec![dump(&model)];
        for i in 0..RECORDS {
            run_op(&db, i);
            run_op(&model, i);
            dumps.push(dump(&model));
        }
        assert_eq!(dump(&db), dumps[RECORDS as usize]);
        // A crash: the handle is leaked (no close, no final snapshot); the process's writes stay.
        let image = disk.kill();
        std::mem::forget(db);
        let listed = names(&image);
        assert_eq!(listed.len(), 1, "only the WAL segment: {listed:?}");
        let name = listed[0].clone();
        let bytes = image
            .contents(&Path::new(DIR).join(&name))
            .expect("segment");
        let bounds = wal_bounds(&bytes);
        assert_eq!(bounds.len() as u64, RECORDS + 1, "one record per op");
        assert!(
            (16 << 10..=64 << 10).contains(&bytes.len()),
            "{} bytes",
            bytes.len()
        );
        WalFixture {
            name,
            bytes,
            bounds,
            dumps,
        }
    })
}

/// Opens `bytes` as the only WAL segment and checks it holds exactly records `0..records` and
/// reports `torn` bytes dropped.
fn expect_prefix(f: &WalFixture, bytes: &[u8], records: usize, torn: u64, case: &str) {
    let (_, result) = open_files(&[(&f.name, bytes)], Recovery::Strict, case);
    let db = result
        .unwrap_or_else(|e| panic!("{case}: expected a prefix of {records} records, got {e}"));
    assert_eq!(
        dump(&db),
        f.dumps[records],
        "{case}: state is not the {records}-record prefix"
    );
    let report = db.stats().recovery;
    assert_eq!(report.records_replayed, records as u64, "{case}");
    assert_eq!(report.torn_bytes, torn, "{case}: torn bytes");
    assert!(report.salvaged.is_empty(), "{case}");
}

/// Expects a `CORRUPT` error whose message names `file` (and `offset`, when given).
fn expect_corrupt(
    result: Result<Database, Error>,
    file: &str,
    offset: Option<usize>,
    case: &str,
) -> String {
    let err = match result {
        Ok(_) => panic!("{case}: opened, expected a CORRUPT error"),
        Err(e) => e,
    };
    let msg = err.to_string();
    assert_eq!(err.code(), "CORRUPT", "{case}: {msg}");
    let path = Path::new(DIR).join(file);
    assert!(
        msg.contains(&path.display().to_string()),
        "{case}: no file name in {msg}"
    );
    if let Some(offset) = offset {
        let named = format!("{} at byte offset {offset}:", path.display());
        assert!(
            msg.contains(&named),
            "{case}: expected offset {offset} in {msg}"
        );
    }
    msg
}

#[test]
fn wal_truncated_at_every_offset_of_the_last_4k_opens_as_a_prefix() {
    let f = wal_fixture();
    let start = Instant::now();
    let len = f.bytes.len();
    let mut mid_record = 0;
    for cut in len - 4096..=len {
        let kept = f.bounds.iter().filter(|b| **b <= cut).count() - 1;
        let boundary = f.bounds[kept];
        let rest = &f.bytes[boundary..cut];
        // A cut-off piece that happens to be all zero bytes reads as a zero-filled tail: the
        // clean end of the log (LevelDB's rule), so nothing is counted as torn.
        let torn = if rest.iter().all(|b| *b == 0) {
            0
        } else {
            rest.len() as u64
        };
        mid_record += usize::from(cut != boundary);
        expect_prefix(
            f,
            &f.bytes[..cut],
            kept,
            torn,
            &format!("cut at {cut} of {len}"),
        );
    }
    eprintln!(
        "wal truncation: {} opens ({mid_record} mid-record) of a {len}-byte, {RECORDS}-record segment in {:?}",
        4097,
        start.elapsed()
    );
}

#[test]
fn every_bit_flip_in_a_4k_wal_is_a_prefix_or_an_error_naming_the_record() {
    let f = wal_fixture();
    // A 4 KiB segment: the fixture's records up to the first boundary at or past 4096 bytes (a
    // prefix of a Full segment is itself one: each record's synced_to covers the bytes before it).
    let records = f.bounds.iter().filter(|b| **b < 4096).count();
    let end = f.bounds[records];
    let wal = &f.bytes[..end];
    let last = f.bounds[records - 1];
    let start = Instant::now();
    let (mut header, mut torn, mut corrupt) = (0, 0, 0);
    for bit in 0..end * 8 {
        let (byte, mask) = (bit / 8, 1u8 << (bit % 8));
        let mut bytes = wal.to_vec();
        bytes[byte] ^= mask;
        let case = format!("bit {} of byte {byte} of {end}", bit % 8);
        if byte >= last {
            expect_prefix(f, &bytes, records - 1, (end - last) as u64, &case);
            torn += 1;
        } else {
            let (_, result) = open_files(&[(&f.name, &bytes)], Recovery::Strict, &case);
            if byte < WAL_HEADER {
                let msg = expect_corrupt(result, &f.name, None, &case);
                assert!(msg.contains("bad header"), "{case}: {msg}");
                header += 1;
            } else {
                let record = f.bounds.iter().filter(|b| **b <= byte).count() - 1;
                expect_corrupt(result, &f.name, Some(f.bounds[record]), &case);
                corrupt += 1;
            }
        }
    }
    eprintln!(
        "wal bit flips: {} opens of a {end}-byte, {records}-record segment ({header} header, {corrupt} mid-log, {torn} last record) in {:?}",
        end * 8,
        start.elapsed()
    );
    assert!(end * 8 >= 32_768);
}

#[test]
fn garbage_and_zero_filled_tails_open_with_every_record() {
    let f = wal_fixture();
    let start = Instant::now();
    let mut rng = Rng(0x7A11);
    let all = RECORDS as usize;
    let scale = if soak() { 10 } else { 1 };
    for case in 0..256 * scale {
        let len = if case < 32 {
            1 + case
        } else {
            1 + rng.below(64 << 10) as usize
        };
        let mut bytes = f.bytes.clone();
        bytes.extend((0..len).map(|_| (rng.next() & 0xff) as u8));
        let tail = &bytes[f.bytes.len()..];
        let torn = if tail.iter().all(|b| *b == 0) {
            0
        } else {
            len as u64
        };
        expect_prefix(
            f,
            &bytes,
            all,
            torn,
            &format!("garbage tail {case} of {len} bytes"),
        );
    }
    for case in 0..64 * scale {
        let len = if case < 8 {
            1 + case
        } else {
            1 + rng.below(64 << 10) as usize
        };
        let mut bytes = f.bytes.clone();
        bytes.resize(bytes.len() + len, 0);
        expect_prefix(
            f,
            &bytes,
            all,
            0,
            &format!("zero tail {case} of {len} bytes"),
        );
    }
    eprintln!(
        "wal tails: {} garbage + {} zero-filled opens in {:?}",
        256 * scale,
        64 * scale,
        start.elapsed()
    );
}

#[test]
fn salvage_keeps_the_records_before_mid_wal_damage() {
    let f = wal_fixture();
    let n = RECORDS as usize;
    let damaged_name = format!("{}.damaged", f.name);
    for record in [0, 1, n / 2, n - 2] {
        for offset_in_record in [0, 5, 13, 20] {
            let byte = f.bounds[record] + offset_in_record;
            let mut bytes = f.bytes.clone();
            bytes[byte] ^= 0x10;
            let case = format!("salvage, record {record} byte {byte}");
            // Strict: an error naming the damaged record.
            let (_, strict) = open_files(&[(&f.name, &bytes)], Recovery::Strict, &case);
            expect_corrupt(strict, &f.name, Some(f.bounds[record]), &case);
            // Salvage: exactly the records before the damage, the file kept aside.
            let (disk, salvaged) = open_files(&[(&f.name, &bytes)], Recovery::Salvage, &case);
            let db = salvaged.unwrap_or_else(|e| panic!("{case}: {e}"));
            assert_eq!(dump(&db), f.dumps[record], "{case}");
            let report = db.stats().recovery;
            assert_eq!(report.records_replayed, record as u64, "{case}");
            assert_eq!(report.salvaged.len(), 1, "{case}: {report:?}");
            assert!(
                report.salvaged[0].contains(&format!("byte offset {}", f.bounds[record])),
                "{case}: {report:?}"
            );
            drop(db);
            let kept = disk.contents(&Path::new(DIR).join(&damaged_name));
            assert_eq!(
                kept.as_deref(),
                Some(&bytes[..]),
                "{case}: the damaged file is kept aside"
            );
            // A normal open afterwards sees the same state.
            let again = Database::open_with_config(config(&disk.kill(), Recovery::Strict))
                .unwrap_or_else(|e| panic!("{case}: reopen after salvage: {e}"));
            assert_eq!(dump(&again), f.dumps[record], "{case}: reopen");
            assert!(again.stats().recovery.salvaged.is_empty());
        }
    }
    // Damage in the last record is a torn tail: no salvage needed, nothing set aside.
    let mut bytes = f.bytes.clone();
    bytes[f.bounds[n - 1] + 20] ^= 1;
    let (disk, result) = open_files(
        &[(&f.name, &bytes)],
        Recovery::Salvage,
        "salvage, last record",
    );
    let db = result.expect("a torn tail opens");
    assert_eq!(dump(&db), f.dumps[n - 1]);
    let report = db.stats().recovery;
    assert!(
        report.salvaged.is_empty() && report.torn_bytes > 0,
        "{report:?}"
    );
    assert!(!names(&disk).iter().any(|n| n.ends_with(".damaged")));
}

// ---------------------------------------------------------------------------------------------
// Snapshots

struct SnapFixture {
    /// The directory after `close()`: the snapshot and the (empty) segment after it.
    files: Vec<(String, Vec<u8>)>,
    snap: String,
    bytes: Vec<u8>,
    /// Block starts (the header's end first), then the file's end.
    blocks: Vec<usize>,
    /// Entries per block (0 for the end block).
    entries: Vec<u64>,
    /// The model dump, one line per key.
    lines: Vec<String>,
}

fn uvarint(bytes: &[u8]) -> u64 {
    let mut value = 0u64;
    for (i, b) in bytes.iter().enumerate().take(10) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            break;
        }
    }
    value
}

fn snap_fixture() -> &'static SnapFixture {
    static FIXTURE: OnceLock<SnapFixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let disk = SimStorage::new();
        let db = Database::open_with_config(config(&disk, Recovery::Strict)).expect("open");
        let other = db.with_db(1).unwrap();
        let mut r = Rng(0x5A4B);
        for i in 0..6000u64 {
            let value: Vec<u8> = (0..60 + r.below(160))
                .map(|_| (r.next() & 0xff) as u8)
                .collect();
            let target = if i % 3 == 0 { &other } else { &db };
            target.set(format!("key:{i}"), &value).unwrap();
        }
        for i in 0..40u64 {
            let pairs: Vec<(String, String)> = (0..50)
                .map(|j| (format!("f{j}"), format!("value {i}/{j}")))
                .collect();
            db.hset_multiple(format!("hash:{i}"), &pairs).unwrap();
            let items: Vec<String> = (0..60).map(|j| format!("item {i}/{j}")).collect();
            other.rpush(format!("list:{i}"), &items).unwrap();
            let members: Vec<String> = (0..40).map(|j| (j * 7 + i).to_string()).collect();
            db.sadd(format!("ints:{i}"), &members).unwrap();
            let scores: Vec<(f64, String)> =
                (0..50).map(|j| (j as f64 / 7.0, format!("m{j}"))).collect();
            other.zadd(format!("zset:{i}"), &scores).unwrap();
            db.execute(&[
                "PEXPIREAT",
                &format!("hash:{i}"),
                &(FAR + i as i64).to_string(),
            ])
            .unwrap();
        }
        let lines: Vec<String> = dump(&db).lines().map(str::to_string).collect();
        drop(other);
        db.close().expect("close writes the snapshot");
        let mut files = Vec::new();
        let mut snap = String::new();
        for name in names(&disk) {
            if name.starts_with("snap-") {
                snap = name.clone();
            }
            let bytes = disk.contents(&Path::new(DIR).join(&name)).unwrap();
            files.push((name, bytes));
        }
        assert_eq!(files.len(), 2, "a snapshot and an empty segment");
        let bytes = files.iter().find(|(n, _)| *n == snap).unwrap().1.clone();
        assert!(
            (900 << 10..=2 << 20).contains(&bytes.len()),
            "{} bytes",
            bytes.len()
        );
        let mut blocks = vec![SNAP_HEADER];
        let mut entries = Vec::new();
        let mut at = SNAP_HEADER;
        while at < bytes.len() {
            let len = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
            let payload = &bytes[at + BLOCK_HEADER..at + BLOCK_HEADER + len];
            entries.push(if payload[0] == 1 {
                uvarint(&payload[1..])
            } else {
                0
            });
            at += BLOCK_HEADER + len;
            blocks.push(at);
        }
        assert_eq!(at, bytes.len());
        assert_eq!(entries.iter().sum::<u64>() as usize, lines.len());
        assert!(blocks.len() > 8, "several blocks");
        SnapFixture {
            files,
            snap,
            bytes,
            blocks,
            entries,
            lines,
        }
    })
}

impl SnapFixture {
    /// The directory with the snapshot replaced by `bytes`.
    fn with_snapshot<'a>(&'a self, bytes: &'a [u8]) -> Vec<(&'a str, &'a [u8])> {
        self.files
            .iter()
            .map(|(n, b)| {
                if *n == self.snap {
                    (n.as_str(), bytes)
                } else {
                    (n.as_str(), &b[..])
                }
            })
            .collect()
    }

    /// The start of the block holding byte `at` (`at` past the header).
    fn block_of(&self, at: usize) -> usize {
        let i = self.blocks.iter().filter(|b| **b <= at).count() - 1;
        self.blocks[i]
    }

    fn check_error(&self, result: Result<Database, Error>, damaged_at: usize, case: &str) {
        if damaged_at < SNAP_HEADER {
            let msg = expect_corrupt(result, &self.snap, None, case);
            assert!(msg.contains("bad header"), "{case}: {msg}");
        } else {
            expect_corrupt(result, &self.snap, Some(self.block_of(damaged_at)), case);
        }
    }
}

#[test]
fn the_snapshot_fixture_opens_intact() {
    let f = snap_fixture();
    let (_, result) = open_files(&f.with_snapshot(&f.bytes), Recovery::Strict, "intact");
    let db = result.expect("intact snapshot opens");
    let got: Vec<String> = dump(&db).lines().map(str::to_string).collect();
    assert_eq!(got, f.lines);
    assert_eq!(db.stats().recovery.snapshot_entries as usize, f.lines.len());
}

/// A scratch directory on tmpfs if there is one (so `mmap` is exercised without disk I/O).
fn scratch(name: &str) -> PathBuf {
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("ferrite-corrupt-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Truncations read through the real file system's `mmap`: every offset of the first 4 KiB and
/// 256 random ones (2,560 with `FERRITE_SOAK=1`). Each is an error naming the file and the block
/// the cut falls in.
#[test]
fn truncated_snapshots_are_errors_naming_the_block() {
    let f = snap_fixture();
    let dir = scratch("trunc");
    for (name, bytes) in &f.files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let snap_path = dir.join(&f.snap);
    let open = || {
        Database::open_with_config(EmbeddedConfig {
            path: Some(dir.clone()),
            sync_mode: SyncMode::Full,
            num_databases: DBS,
            ..EmbeddedConfig::default()
        })
    };
    let mut rng = Rng(0x7C07);
    let mut cuts: Vec<usize> = (0..4096).collect();
    let random = if soak() { 2560 } else { 256 };
    cuts.extend((0..random).map(|_| 4096 + rng.below((f.bytes.len() - 4096) as u64) as usize));
    let start = Instant::now();
    for &cut in &cuts {
        std::fs::write(&snap_path, &f.bytes[..cut]).unwrap();
        let case = format!("snapshot cut at {cut} of {}", f.bytes.len());
        let result =
            catch_unwind(AssertUnwindSafe(open)).unwrap_or_else(|_| panic!("{case}: panicked"));
        let err = match result {
            Ok(_) => panic!("{case}: opened"),
            Err(e) => e,
        };
        let msg = err.to_string();
        assert_eq!(err.code(), "CORRUPT", "{case}: {msg}");
        assert!(
            msg.contains(&snap_path.display().to_string()),
            "{case}: {msg}"
        );
        if cut < SNAP_HEADER {
            assert!(msg.contains("bad header"), "{case}: {msg}");
        } else {
            let named = format!(
                "{} at byte offset {}:",
                snap_path.display(),
                f.block_of(cut)
            );
            assert!(msg.contains(&named), "{case}: {msg}");
        }
    }
    eprintln!(
        "snapshot truncation: {} opens (real files, mmap) in {:?}",
        cuts.len(),
        start.elapsed()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bit_flips_in_a_snapshot_are_errors_naming_the_block() {
    let f = snap_fixture();
    let flips = if soak() { 10_000 } else { 2_000 };
    let mut rng = Rng(0xF11B);
    let start = Instant::now();
    let mut header = 0;
    for i in 0..flips {
        // One flip in 16 lands in the header or the first block's framing.
        let byte = if i % 16 == 0 {
            rng.below(SNAP_HEADER as u64 + 16) as usize
        } else {
            rng.below(f.bytes.len() as u64) as usize
        };
        let bit = rng.below(8);
        let mut bytes = f.bytes.clone();
        bytes[byte] ^= 1 << bit;
        let case = format!("snapshot flip {i}: bit {bit} of byte {byte}");
        let (_, result) = open_files(&f.with_snapshot(&bytes), Recovery::Strict, &case);
        header += usize::from(byte < SNAP_HEADER);
        f.check_error(result, byte, &case);
    }
    eprintln!(
        "snapshot bit flips: {flips} opens ({header} in the header) of a {}-byte, {}-block snapshot in {:?}",
        f.bytes.len(),
        f.blocks.len() - 1,
        start.elapsed()
    );
}

#[test]
fn foreign_files_in_place_of_the_snapshot_are_errors_naming_the_file() {
    let f = snap_fixture();
    let mut rng = Rng(0xF0E1);
    let mut future = f.bytes.clone();
    future[8..12].copy_from_slice(&2u32.to_le_bytes());
    let crc = crc32(&future[..36]);
    future[36..40].copy_from_slice(&crc.to_le_bytes());
    let mut cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "CORRUPT"),
        (
            "random bytes",
            (0..4096).map(|_| (rng.next() & 0xff) as u8).collect(),
            "CORRUPT",
        ),
        (
            "one random MiB",
            (0..1 << 20).map(|_| (rng.next() & 0xff) as u8).collect(),
            "CORRUPT",
        ),
        (
            "a PNG",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
                .to_vec(),
            "CORRUPT",
        ),
        ("a WAL segment", wal_fixture().bytes.clone(), "CORRUPT"),
        (
            "a future version with a valid header crc",
            future,
            "VERSION",
        ),
        (
            "the header alone",
            f.bytes[..SNAP_HEADER].to_vec(),
            "CORRUPT",
        ),
        ("zeros", vec![0; 8192], "CORRUPT"),
    ];
    // A snapshot with the end block dropped but otherwise intact.
    let last_block = f.blocks[f.blocks.len() - 2];
    cases.push(("no end block", f.bytes[..last_block].to_vec(), "CORRUPT"));
    // Bytes after the end block.
    let mut trailing = f.bytes.clone();
    trailing.extend_from_slice(b"trailing");
    cases.push(("bytes after the end block", trailing, "CORRUPT"));
    for (what, bytes, code) in &cases {
        let (_, result) = open_files(&f.with_snapshot(bytes), Recovery::Strict, what);
        let err = match result {
            Ok(_) => panic!("{what}: opened"),
            Err(e) => e,
        };
        let msg = err.to_string();
        assert_eq!(err.code(), *code, "{what}: {msg}");
        assert!(msg.contains(&f.snap), "{what}: {msg}");
        if *what == "bytes after the end block" {
            assert!(
                msg.contains(&format!("byte offset {}", f.bytes.len())),
                "{what}: {msg}"
            );
        }
        if *what == "no end block" {
            assert!(
                msg.contains(&format!("byte offset {last_block}")),
                "{what}: {msg}"
            );
        }
    }
    // A directory where the snapshot should be (the real file system).
    let dir = scratch("foreign");
    for (name, bytes) in &f.files {
        if *name == f.snap {
            std::fs::create_dir(dir.join(name)).unwrap();
        } else {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    let result = Database::open_with_config(EmbeddedConfig {
        path: Some(dir.clone()),
        num_databases: DBS,
        ..EmbeddedConfig::default()
    });
    let err = match result {
        Ok(_) => panic!("a directory as the snapshot opened"),
        Err(e) => e,
    };
    assert!(
        err.to_string()
            .contains(&dir.join(&f.snap).display().to_string()),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("foreign snapshot files: {} cases", cases.len() + 1);
}

/// Salvage of a damaged snapshot keeps every intact block's entries (each key is in exactly one
/// block, so the kept keys are the model's minus the damaged block's), sets the file aside, and
/// writes a fresh snapshot that a normal open reads.
#[test]
fn salvage_keeps_every_intact_block_of_a_damaged_snapshot() {
    let f = snap_fixture();
    let total = f.lines.len();
    let model: std::collections::HashSet<&str> = f.lines.iter().map(String::as_str).collect();
    let last_entries = f.blocks.len() - 3; // the last entries block (before the end block)
    for block in [0, 1, f.blocks.len() / 2, last_entries] {
        // Damage inside the payload: the length still frames the block, so salvage steps over it.
        let byte = f.blocks[block] + BLOCK_HEADER + 3;
        let mut bytes = f.bytes.clone();
        bytes[byte] ^= 0x40;
        let case = format!("salvage, block {block} (offset {})", f.blocks[block]);
        let (disk, result) = open_files(&f.with_snapshot(&bytes), Recovery::Salvage, &case);
        let db = result.unwrap_or_else(|e| panic!("{case}: {e}"));
        let lines: Vec<String> = dump(&db).lines().map(str::to_string).collect();
        assert_eq!(
            lines.len() as u64,
            total as u64 - f.entries[block],
            "{case}: every other block is kept"
        );
        for line in &lines {
            assert!(
                model.contains(line.as_str()),
                "{case}: a value never written: {line}"
            );
        }
        let report = db.stats().recovery;
        assert_eq!(report.salvaged.len(), 1, "{case}: {report:?}");
        assert!(
            report.salvaged[0].contains(&format!("byte offset {}", f.blocks[block])),
            "{case}: {report:?}"
        );
        drop(db);
        let aside = disk.contents(&Path::new(DIR).join(format!("{}.damaged", f.snap)));
        assert_eq!(aside.as_deref(), Some(&bytes[..]), "{case}: kept aside");
        let again = Database::open_with_config(config(&disk.kill(), Recovery::Strict))
            .unwrap_or_else(|e| panic!("{case}: reopen after salvage: {e}"));
        let reopened: Vec<String> = dump(&again).lines().map(str::to_string).collect();
        assert_eq!(reopened, lines, "{case}: reopen");
    }
    // Damage to a block's length: salvage cannot find the next block from it, so it keeps at
    // least the blocks before the damage and never more than the intact ones.
    let block = f.blocks.len() / 2;
    let mut bytes = f.bytes.clone();
    bytes[f.blocks[block] + 2] ^= 0x01;
    let (_, result) = open_files(
        &f.with_snapshot(&bytes),
        Recovery::Salvage,
        "salvage, damaged length",
    );
    let db = result.expect("salvage opens");
    let kept = dump(&db).lines().filter(|l| model.contains(l)).count();
    let before: u64 = f.entries[..block].iter().sum();
    assert!(
        kept as u64 >= before && kept as u64 <= total as u64 - f.entries[block],
        "{kept}"
    );
    assert_eq!(dump(&db).lines().count(), kept, "no value never written");
    // A damaged header cannot be salvaged: there is nothing to trust.
    let mut bytes = f.bytes.clone();
    bytes[3] ^= 1;
    let (_, result) = open_files(
        &f.with_snapshot(&bytes),
        Recovery::Salvage,
        "salvage, header",
    );
    expect_corrupt(result, &f.snap, None, "salvage, header");
}

/// The whole battery is meant for every CI run: keep an eye on its time.
#[test]
fn a_damaged_open_is_quick() {
    let f = wal_fixture();
    let mut bytes = f.bytes.clone();
    bytes[f.bounds[1] + 14] ^= 4;
    let start = Instant::now();
    let (_, result) = open_files(&[(&f.name, &bytes)], Recovery::Strict, "quick");
    expect_corrupt(result, &f.name, Some(f.bounds[1]), "quick");
    assert!(start.elapsed() < Duration::from_secs(1));
}
