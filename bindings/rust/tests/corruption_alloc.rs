//! R5/R11: a corrupt length or count field that claims gigabytes must be rejected before
//! anything of that size is allocated. A counting global allocator (per thread, so the test
//! harness's and the database's background threads do not count) measures the peak of live heap
//! bytes while `open` reads each damaged file. Its own test binary so the allocator wraps nothing
//! else.

mod common;

use common::crc::crc32;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferrite::embedded::sim::SimStorage;
use ferrite::embedded::{Database, EmbeddedConfig, Recovery, SyncMode};
use ferrite_core::persist::argv::{begin_command, put_uvarint};
use ferrite_core::persist::snapshot::{snapshot_header, snapshot_name};
use ferrite_core::persist::wal::{frame_record, segment_header, segment_name};

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = System.alloc(layout);
        if !ptr.is_null() {
            track(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        track(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = System.realloc(ptr, layout, new_size);
        if !new.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak extra heap bytes live on this thread while `f` runs.
fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let out = f();
    let peak = PEAK.with(Cell::get);
    (out, usize::try_from(peak - base).unwrap_or(0))
}

/// Far below any claimed size below, far above what the small files need.
const LIMIT: usize = 8 << 20;

/// Opens a simulated directory holding `files`; returns whether it opened, its error text, and
/// the peak allocation of the opening thread.
fn open_with(files: &[(String, Vec<u8>)], recovery: Recovery) -> (Result<(), String>, usize) {
    let disk = SimStorage::new();
    for (name, bytes) in files {
        disk.put(&Path::new("/db").join(name), bytes.clone());
    }
    let config = EmbeddedConfig {
        path: Some(PathBuf::from("/db")),
        sync_mode: SyncMode::Full,
        num_databases: 2,
        recovery,
        storage: Some(Arc::new(disk)),
        ..EmbeddedConfig::default()
    };
    let (result, peak) = peak_during(|| Database::open_with_config(config).map(drop));
    (result.map_err(|e| e.to_string()), peak)
}

/// A command record: `SET k v` in db 0.
fn set_record(out: &mut Vec<u8>, synced_to: u64) {
    let mut cmds = Vec::new();
    let mut w = begin_command(&mut cmds, 0, 1_700_000_000_000);
    w.arg(b"SET");
    w.arg(b"k");
    w.arg(b"v");
    w.finish();
    frame_record(out, synced_to, 1, &cmds);
}

/// Frames `payload` as a record whose checksums hold.
fn raw_record(out: &mut Vec<u8>, payload: &[u8]) {
    let start = out.len();
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32(payload).to_le_bytes());
    let hcrc = crc32(&out[start..start + 8]);
    out.extend_from_slice(&hcrc.to_le_bytes());
    out.extend_from_slice(payload);
}

/// A record header claiming `len` payload bytes, with a valid header checksum.
fn claimed_record(out: &mut Vec<u8>, len: u32) {
    let start = out.len();
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    let hcrc = crc32(&out[start..start + 8]);
    out.extend_from_slice(&hcrc.to_le_bytes());
    out.extend_from_slice(&[0x55; 64]);
}

#[test]
fn wal_lengths_and_counts_claiming_gigabytes_allocate_nothing() {
    let name = segment_name(1);
    let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
    for (what, len) in [
        ("len 4 GiB - 1", u32::MAX),
        ("len 2 GiB", 1 << 31),
        ("len 2 GiB - 1", (1 << 31) - 1),
    ] {
        let mut wal = segment_header(1);
        set_record(&mut wal, 28);
        claimed_record(&mut wal, len);
        cases.push((what, wal));
    }
    // Checksums that hold over a payload whose counts claim the impossible.
    let payloads: Vec<(&str, Vec<u8>)> = vec![
        ("command count 2^62", {
            let mut p = vec![1];
            put_uvarint(&mut p, 28);
            put_uvarint(&mut p, 1 << 62);
            p.extend_from_slice(&[0; 32]);
            p
        }),
        ("argc 2^32 - 1", {
            let mut p = vec![1];
            put_uvarint(&mut p, 28);
            put_uvarint(&mut p, 1);
            put_uvarint(&mut p, 0);
            p.extend_from_slice(&0i64.to_le_bytes());
            p.extend_from_slice(&u32::MAX.to_le_bytes());
            p.extend_from_slice(&[1; 32]);
            p
        }),
        ("argument length 2^62", {
            let mut p = vec![1];
            put_uvarint(&mut p, 28);
            put_uvarint(&mut p, 1);
            put_uvarint(&mut p, 0);
            p.extend_from_slice(&0i64.to_le_bytes());
            p.extend_from_slice(&1u32.to_le_bytes());
            put_uvarint(&mut p, 1 << 62);
            p.extend_from_slice(b"SET");
            p
        }),
    ];
    for (what, payload) in payloads {
        let mut wal = segment_header(1);
        set_record(&mut wal, 28);
        raw_record(&mut wal, &payload);
        cases.push((what, wal));
    }
    for (what, wal) in cases {
        // As the last record: a torn tail. Followed by a record proving it durable: corruption.
        let (result, peak) = open_with(&[(name.clone(), wal.clone())], Recovery::Strict);
        assert!(result.is_ok(), "{what}: {result:?}");
        assert!(peak < LIMIT, "{what}: {peak} bytes allocated");
        let mut wal = wal;
        let end = wal.len() as u64;
        set_record(&mut wal, end);
        let (result, peak) = open_with(&[(name.clone(), wal.clone())], Recovery::Strict);
        let err = result.expect_err(what);
        assert!(
            err.contains("corrupt database file") && err.contains(&name),
            "{what}: {err}"
        );
        assert!(peak < LIMIT, "{what}: {peak} bytes allocated");
        let (result, peak) = open_with(&[(name.clone(), wal)], Recovery::Salvage);
        assert!(result.is_ok(), "{what}: salvage: {result:?}");
        assert!(peak < LIMIT, "{what}: salvage: {peak} bytes allocated");
    }
}

#[test]
fn snapshot_lengths_and_counts_claiming_gigabytes_allocate_nothing() {
    let snap = snapshot_name(2);
    let wal = (segment_name(2), segment_header(2));
    let block = |out: &mut Vec<u8>, payload: &[u8]| {
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&crc32(payload).to_le_bytes());
        out.extend_from_slice(payload);
    };
    let mut cases: Vec<(&str, Vec<u8>)> = Vec::new();
    for (what, len) in [
        ("block len 4 GiB - 1", u32::MAX),
        ("block len 2 GiB", 1 << 31),
    ] {
        let mut s = snapshot_header(2, 2, 0);
        s.extend_from_slice(&len.to_le_bytes());
        s.extend_from_slice(&[0x11; 68]);
        cases.push((what, s));
    }
    let entry_payloads: Vec<(&str, Vec<u8>)> = vec![
        ("entry count 2^40", {
            let mut p = vec![1];
            put_uvarint(&mut p, 1 << 40);
            p.extend_from_slice(&[0; 40]);
            p
        }),
        ("key length 2^40", {
            let mut p = vec![1, 1, 0];
            put_uvarint(&mut p, 1 << 40);
            p.extend_from_slice(b"key");
            p
        }),
        ("list count 2^40", {
            let mut p = vec![1, 1, 0, 1, b'k', 0, 2];
            put_uvarint(&mut p, 1 << 40);
            p.extend_from_slice(&[1, b'x']);
            p
        }),
        ("zset count 2^40", {
            let mut p = vec![1, 1, 0, 1, b'k', 0, 6];
            put_uvarint(&mut p, 1 << 40);
            p.extend_from_slice(&[0; 9]);
            p
        }),
    ];
    for (what, payload) in entry_payloads {
        let mut s = snapshot_header(2, 2, 0);
        block(&mut s, &payload);
        let mut end = vec![2];
        put_uvarint(&mut end, 0);
        put_uvarint(&mut end, 1);
        block(&mut s, &end);
        cases.push((what, s));
    }
    for (what, bytes) in cases {
        for recovery in [Recovery::Strict, Recovery::Salvage] {
            let files = [(snap.clone(), bytes.clone()), wal.clone()];
            let (result, peak) = open_with(&files, recovery);
            if recovery == Recovery::Strict {
                let err = result.expect_err(what);
                assert!(
                    err.contains("corrupt database file") && err.contains(&snap),
                    "{what}: {err}"
                );
            }
            assert!(
                peak < LIMIT,
                "{what} ({recovery:?}): {peak} bytes allocated"
            );
        }
    }
}

#[test]
fn the_counter_sees_an_open() {
    // A sanity check of the measurement: opening a segment with a 1 MiB value allocates it.
    let mut cmds = Vec::new();
    let mut w = begin_command(&mut cmds, 0, 1_700_000_000_000);
    w.arg(b"SET");
    w.arg(b"k");
    w.arg(&vec![b'v'; 1 << 20]);
    w.finish();
    let mut wal = segment_header(1);
    frame_record(&mut wal, 28, 1, &cmds);
    let (result, peak) = open_with(&[(segment_name(1), wal)], Recovery::Strict);
    assert!(result.is_ok(), "{result:?}");
    assert!(peak >= 1 << 20, "{peak}");
}
