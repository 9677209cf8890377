//! Writes the seed corpus of the fuzz targets (`fuzz/corpus/<target>/`): files produced by the
//! real writers (WAL segments and snapshots of a database on the simulated disk, entries and
//! commands cut from them), plus truncated, bit-flipped and foreign variants.
//!
//! `cargo run -p ferrite --example fuzz_corpus [-- <dir>]` (default: `fuzz/corpus` at the
//! repository root). The clock is pinned, so the files are the same from run to run except for
//! the order of entries inside a snapshot block. Files it does not write (regression inputs a
//! fuzzer found, `regress-*`) are left alone.

#[path = "../tests/common/crc.rs"]
mod crc;
use crc::crc32;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferrite::embedded::sim::SimStorage;
use ferrite::embedded::{Database, EmbeddedConfig, Storage, SyncMode};
use ferrite_core::persist::argv::{begin_command, put_uvarint};
use ferrite_core::persist::codec::{decode_entry, encode_entry};
use ferrite_core::value::{HashValue, ListValue, SetValue, StrValue, Value, ZSetValue};

const T0: i64 = 1_700_000_000_000;

fn main() {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus"));
    let mut w = Writer {
        root: out,
        count: 0,
    };
    wal(&mut w);
    snapshots(&mut w);
    entries(&mut w);
    numbers(&mut w);
    println!("wrote {} files under {}", w.count, w.root.display());
}

struct Writer {
    root: PathBuf,
    count: usize,
}

impl Writer {
    fn put(&mut self, target: &str, name: &str, bytes: &[u8]) {
        let dir = self.root.join(target);
        std::fs::create_dir_all(&dir).expect("create the corpus directory");
        std::fs::write(dir.join(name), bytes).expect("write a corpus file");
        self.count += 1;
    }

    /// `bytes` and variants: cut at a few offsets, bits flipped at a few places.
    fn put_variants(&mut self, target: &str, name: &str, bytes: &[u8], header: usize) {
        self.put(target, &format!("{name}.bin"), bytes);
        let len = bytes.len();
        for cut in [
            header / 2,
            header,
            header + 5,
            len / 2,
            len.saturating_sub(3),
        ] {
            if cut < len {
                self.put(target, &format!("{name}-cut{cut}.bin"), &bytes[..cut]);
            }
        }
        for at in [3, header + 2, header + 14, len / 2, len.saturating_sub(2)] {
            if at < len {
                let mut flipped = bytes.to_vec();
                flipped[at] ^= 0x04;
                self.put(target, &format!("{name}-flip{at}.bin"), &flipped);
            }
        }
    }
}

fn sim_db(disk: &SimStorage, mode: SyncMode) -> Database {
    let db = Database::open_with_config(EmbeddedConfig {
        path: Some(PathBuf::from("/db")),
        sync_mode: mode,
        num_databases: 4,
        storage: Some(Arc::new(disk.clone())),
        ..EmbeddedConfig::default()
    })
    .expect("open a simulated database");
    db.set_fixed_time(Some(T0));
    db
}

/// Every file of the simulated directory, by name.
fn files(disk: &SimStorage) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new("/db");
    let mut out = Vec::new();
    for name in disk.list(dir).expect("list") {
        if let Some(bytes) = disk.contents(&dir.join(&name)) {
            out.push((name, bytes));
        }
    }
    out
}

fn mixed_writes(db: &Database, n: usize) {
    for i in 0..n {
        match i % 6 {
            0 => db.set(format!("s{i}"), format!("value {i}")).unwrap(),
            1 => db
                .rpush("list", &[format!("e{i}"), String::new()])
                .map(drop)
                .unwrap(),
            2 => db
                .hset_multiple("hash", &[(format!("f{i}"), b"\x00\xff".to_vec())])
                .map(drop)
                .unwrap(),
            3 => db
                .sadd("ints", &[i.to_string(), (i * 1000).to_string()])
                .map(drop)
                .unwrap(),
            4 => db
                .zadd("z", &[(i as f64 / 3.0, format!("m{i}"))])
                .map(drop)
                .unwrap(),
            _ => db
                .execute(&[
                    "SET",
                    &format!("ttl{i}"),
                    "v",
                    "PXAT",
                    &(T0 + 3_600_000).to_string(),
                ])
                .map(drop)
                .unwrap(),
        }
    }
    db.incr_by("counter", -42).unwrap();
    db.transaction(|tx| {
        tx.set("tx-a", "1")?;
        tx.execute(&["SELECT", "2"])?;
        tx.rpush("tx-list", &["x", "y"])?;
        Ok(())
    })
    .unwrap();
    db.with_db(3)
        .unwrap()
        .zadd("other", &[(f64::INFINITY, "top"), (-0.0, "zero")])
        .unwrap();
}

fn wal(w: &mut Writer) {
    const T: &str = "wal_decode";
    // Full: every record's synced_to covers the records before it.
    let disk = SimStorage::new();
    let db = sim_db(&disk, SyncMode::Full);
    mixed_writes(&db, 30);
    let image = disk.kill();
    std::mem::forget(db);
    let (_, seg) = files(&image).into_iter().next().expect("a segment");
    w.put_variants(T, "full-mixed", &seg, 28);
    let mut zeros = seg.clone();
    zeros.extend_from_slice(&[0; 300]);
    w.put(T, "full-mixed-zero-tail.bin", &zeros);
    let mut garbage = seg.clone();
    garbage.extend((0..300u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    w.put(T, "full-mixed-garbage-tail.bin", &garbage);
    w.put(T, "header-only.bin", &seg[..28]);
    let mut future = seg[..28].to_vec();
    future[8] = 2;
    let crc = crc32(&future[..24]);
    future[24..28].copy_from_slice(&crc.to_le_bytes());
    w.put(T, "future-version.bin", &future);
    w.put(T, "snapshot-magic.bin", b"FERRSNP1\x01\x00\x00\x00");

    // None: records carry synced_to = 28 (nothing proven durable), so damage reads as torn.
    let disk = SimStorage::new();
    let db = sim_db(&disk, SyncMode::None);
    mixed_writes(&db, 12);
    drop(db);
    let (_, seg) = files(&disk).into_iter().next().expect("a segment");
    w.put_variants(T, "none-mixed", &seg, 28);

    // The second segment, after a snapshot.
    let disk = SimStorage::new();
    let db = sim_db(&disk, SyncMode::Full);
    db.set("before", "snapshot").unwrap();
    db.snapshot().unwrap();
    db.set("after", "snapshot").unwrap();
    db.execute(&["DEL", "before"]).unwrap();
    let image = disk.kill();
    std::mem::forget(db);
    for (name, bytes) in files(&image) {
        if name.starts_with("wal-") {
            w.put(T, "second-segment.bin", &bytes);
        }
    }

    // Chunk-framed inputs (the target's second reading): length byte, then synced_to, count
    // and commands, which the target frames under valid checksums.
    let mut framed = Vec::new();
    for (i, argv) in [
        &[&b"SET"[..], b"k", b"v"][..],
        &[b"RPUSH", b"l", b"a", b"b"],
        &[b"HSET", b"h", b"f", b"\x00"],
    ]
    .iter()
    .enumerate()
    {
        let mut chunk = Vec::new();
        put_uvarint(&mut chunk, 28 + 40 * i as u64);
        put_uvarint(&mut chunk, 1);
        let mut cmd = begin_command(&mut chunk, i, T0);
        for a in *argv {
            cmd.arg(a);
        }
        cmd.finish();
        framed.push(chunk.len() as u8);
        framed.extend_from_slice(&chunk);
    }
    w.put(T, "chunks-three-commands.bin", &framed);
    let mut two = Vec::new();
    put_uvarint(&mut two, 28);
    put_uvarint(&mut two, 2);
    for db in 0..2 {
        let mut cmd = begin_command(&mut two, db, T0 + 1);
        cmd.arg(b"INCRBY");
        cmd.arg(b"n");
        cmd.int(-7);
        cmd.finish();
    }
    let mut chunked = vec![two.len() as u8];
    chunked.extend_from_slice(&two);
    w.put(T, "chunks-transaction.bin", &chunked);
}

fn snapshots(w: &mut Writer) {
    const T: &str = "snapshot_decode";
    let snapshot_of = |fill: &dyn Fn(&Database)| -> Vec<u8> {
        let disk = SimStorage::new();
        let db = sim_db(&disk, SyncMode::Normal);
        fill(&db);
        db.close().unwrap();
        files(&disk)
            .into_iter()
            .find(|(n, _)| n.starts_with("snap-"))
            .expect("a snapshot")
            .1
    };
    let empty = snapshot_of(&|_| {});
    w.put_variants(T, "empty", &empty, 40);
    let one = snapshot_of(&|db| db.set("k", "v").unwrap());
    w.put_variants(T, "one-key", &one, 40);
    let mixed = snapshot_of(&|db| mixed_writes(db, 60));
    w.put_variants(T, "mixed", &mixed, 40);
    let big = snapshot_of(&|db| {
        let wide: Vec<(String, String)> = (0..300)
            .map(|i| (format!("f{i}"), format!("v{i}")))
            .collect();
        db.hset_multiple("wide-hash", &wide).unwrap();
        let members: Vec<String> = (0..600).map(|i| (i * 3).to_string()).collect();
        db.sadd("big-intset", &members).unwrap();
        let scores: Vec<(f64, String)> = (0..200)
            .map(|i| (i as f64 / 7.0, format!("m{i}")))
            .collect();
        db.zadd("skiplist", &scores).unwrap();
        for i in 0..200 {
            db.set(format!("key:{i}"), format!("value:{i}")).unwrap();
        }
    });
    assert!(big.len() < 64 << 10, "{} bytes", big.len());
    w.put_variants(T, "encodings", &big, 40);
    let mut trailing = one.clone();
    trailing.extend_from_slice(b"after the end");
    w.put(T, "one-key-trailing.bin", &trailing);
    let mut future = one.clone();
    future[8] = 9;
    let crc = crc32(&future[..36]);
    future[36..40].copy_from_slice(&crc.to_le_bytes());
    w.put(T, "future-version.bin", &future);
    w.put(
        T,
        "png.bin",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0",
    );
    // Chunk-framed inputs: an even first byte makes an entries block, an odd one the end block.
    let mut payload = vec![0];
    put_uvarint(&mut payload, 2);
    encode_entry(&mut payload, 0, b"a", None, &Value::Str(StrValue::Int(-5)));
    encode_entry(
        &mut payload,
        1,
        b"b",
        Some(T0),
        &Value::Str(StrValue::Raw(b"text".to_vec())),
    );
    let mut chunks = vec![payload.len() as u8];
    chunks.extend_from_slice(&payload);
    chunks.extend_from_slice(&[3, 1, 2, 1]);
    w.put(T, "chunks-block-and-end.bin", &chunks);
}

/// One value of each type and encoding.
fn sample_values() -> Vec<(&'static str, Value)> {
    let mut zset = ZSetValue::new();
    zset.insert(b"a", 1.5);
    zset.insert(b"b", f64::NEG_INFINITY);
    zset.insert(b"c", -0.0);
    let mut big_zset = ZSetValue::new();
    for i in 0..200 {
        big_zset.insert(format!("m{i}").as_bytes(), f64::from(i % 13));
    }
    let mut hash = HashValue::new();
    hash.insert(b"f", b"v");
    hash.insert(b"", b"\x00");
    let mut list = ListValue::new();
    list.push_back(b"x");
    list.push_back(b"");
    vec![
        ("raw", Value::Str(StrValue::Raw(b"hello\x00\xff".to_vec()))),
        ("int", Value::Str(StrValue::Int(i64::MIN))),
        ("list", Value::list(list)),
        ("hash", Value::hash(hash)),
        (
            "intset",
            Value::set(SetValue::from_members([&b"1"[..], b"-20", b"300"])),
        ),
        (
            "strset",
            Value::set(SetValue::from_members([&b"a"[..], b"01", b""])),
        ),
        ("zset", Value::zset(zset)),
        ("skiplist", Value::zset(big_zset)),
    ]
}

fn entries(w: &mut Writer) {
    const T: &str = "entry_decode";
    let mut all = Vec::new();
    for (i, (name, value)) in sample_values().into_iter().enumerate() {
        let mut bytes = Vec::new();
        let deadline = (i % 2 == 1).then_some(T0 + i as i64);
        encode_entry(&mut bytes, i % 3, name.as_bytes(), deadline, &value);
        all.extend_from_slice(&bytes);
        if i % 3 == 0 {
            w.put_variants(T, &format!("entry-{name}"), &bytes, 4);
        } else {
            w.put(T, &format!("entry-{name}.bin"), &bytes);
        }
    }
    w.put(T, "entries-all.bin", &all);
    // Entries as a real snapshot holds them: cut from a block of the database's snapshot.
    let disk = SimStorage::new();
    let db = sim_db(&disk, SyncMode::Normal);
    mixed_writes(&db, 24);
    db.close().unwrap();
    let snap = files(&disk)
        .into_iter()
        .find(|(n, _)| n.starts_with("snap-"))
        .expect("snapshot")
        .1;
    let mut at = 40;
    let mut cut = 0;
    while at + 8 <= snap.len() && cut < 6 {
        let len = u32::from_le_bytes(snap[at..at + 4].try_into().unwrap()) as usize;
        let payload = &snap[at + 8..at + 8 + len];
        if payload[0] == 1 {
            // Skip the kind byte and the count varint.
            let mut p = 1;
            while payload[p] & 0x80 != 0 {
                p += 1;
            }
            let entries = &payload[p + 1..];
            w.put(T, &format!("snapshot-block-{cut}.bin"), entries);
            if let Ok((_, used)) = decode_entry(entries) {
                w.put(T, &format!("snapshot-entry-{cut}.bin"), &entries[..used]);
            }
            cut += 1;
        }
        at += 8 + len;
    }
    // Commands as the log holds them.
    for (i, argv) in [
        &[&b"SET"[..], b"key", b"value", b"PXAT", b"1700000003600000"][..],
        &[b"ZADD", b"z", b"1.5", b"m"],
        &[b"DEL", b""],
    ]
    .iter()
    .enumerate()
    {
        let mut bytes = Vec::new();
        let mut cmd = begin_command(&mut bytes, i, T0 + i as i64);
        for a in *argv {
            cmd.arg(a);
        }
        cmd.finish();
        if i == 0 {
            w.put_variants(T, &format!("command-{i}"), &bytes, 13);
        } else {
            w.put(T, &format!("command-{i}.bin"), &bytes);
        }
    }
}

fn numbers(w: &mut Writer) {
    const T: &str = "number_parse";
    let texts: &[&[u8]] = &[
        b"0",
        b"-1",
        b"42",
        b"01",
        b"+1",
        b" 1",
        b"1 ",
        b"-0",
        b"",
        b"-",
        b"9223372036854775807",
        b"-9223372036854775808",
        b"9223372036854775808",
        b"18446744073709551616",
        b"1.5",
        b"-1.5e-7",
        b"1e308",
        b"1e309",
        b"1e-400",
        b"4.9406564584124654e-324",
        b"2.4e-324",
        b"0.1",
        b".5",
        b"5.",
        b"inf",
        b"-inf",
        b"+inf",
        b"infinity",
        b"nan",
        b"NaN(123)",
        b"0x1p3",
        b"0X1P-2",
        b"0x.8",
        b"1e",
        b"1.5x",
        b"1\x000",
        b"\t1",
        b"10000000000000000",
        b"1.7976931348623157e+308",
        b"123456789012345678901234567890",
        b"0.000000000000000000000000000001",
        b"\x01\x00\x00\x00\x00\x00\x00\x80",
        b"\xff\xff\xff\xff\xff\xff\xff\x7f",
    ];
    for (i, text) in texts.iter().enumerate() {
        w.put(T, &format!("n{i:02}.txt"), text);
    }
}
