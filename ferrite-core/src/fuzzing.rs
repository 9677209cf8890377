//! The bodies of the fuzz targets (RELIABILITY.md R6), shared by the cargo-fuzz crate in `fuzz/`
//! and the corpus replay test `tests/fuzz_corpus.rs`, so every CI run replays the committed
//! corpus through exactly what the fuzzer runs. Not part of the API.
//!
//! Each target takes arbitrary bytes. The code under test must not panic on any input; the
//! target panics (an `assert!`) when an invariant breaks: what decodes re-encodes and decodes to
//! the same thing, offsets lie within the input, errors name the file, the strict and salvage
//! readers agree, and numbers follow Redis's parsing rules.
//!
//! Checksums stop a mutating fuzzer at the framing, so the WAL and snapshot targets also read
//! the input a second time with its chunks framed under checksums that hold, which reaches the
//! record, command and entry decoders behind them.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::parse::{
    add_float_text, canonical_i64, cursor, float, format_double, format_i64, integer, strict_f64,
};
use crate::persist::argv::{begin_command, decode_command, put_uvarint, LoggedCommand};
use crate::persist::codec::{decode_entries, decode_entry, encode_entry, DecodedEntry};
use crate::persist::snapshot::{
    read_snapshot, snapshot_header, SnapshotInfo, SnapshotWriter, SNAP_HEADER_LEN, SNAP_MAGIC,
};
use crate::persist::storage::AppendFile;
use crate::persist::wal::{
    frame_record, read_segment, segment_header, Segment, Tail, RECORD_HEADER_LEN, WAL_HEADER_LEN,
    WAL_MAGIC,
};
use crate::persist::PersistError;

/// A target body: takes any bytes, panics only when an invariant breaks.
pub type Target = fn(&[u8]);

/// Every target, by the name of its binary in `fuzz/` and its corpus directory.
pub const TARGETS: &[(&str, Target)] = &[
    ("wal_decode", wal_decode),
    ("snapshot_decode", snapshot_decode),
    ("entry_decode", entry_decode),
    ("number_parse", number_parse),
];

/// The largest input the targets are meant for (`-max_len`).
pub const MAX_LEN: usize = 1 << 16;

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Splits `data` into chunks, each led by a length byte.
fn chunks(data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while let Some((&n, tail)) = rest.split_first() {
        let take = usize::from(n).min(tail.len());
        out.push(&tail[..take]);
        rest = &tail[take..];
    }
    out
}

// --- wal_decode ---------------------------------------------------------------------------------

/// F1: bytes as a WAL segment ([`read_segment`]), raw and with its chunks framed as records.
pub fn wal_decode(data: &[u8]) {
    check_segment(data);
    // Each chunk becomes the payload (after the kind byte) of a record whose checksums hold.
    let mut framed = segment_header(u64::from(data.first().copied().unwrap_or(0)));
    for chunk in chunks(data) {
        let mut payload = vec![1];
        payload.extend_from_slice(chunk);
        let start = framed.len();
        framed.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        framed.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        let hcrc = crc32fast::hash(&framed[start..start + 8]);
        framed.extend_from_slice(&hcrc.to_le_bytes());
        framed.extend_from_slice(&payload);
    }
    check_segment(&framed);
}

fn wal_path() -> PathBuf {
    PathBuf::from("fuzz/wal-00000000000000000001.log")
}

fn check_segment(data: &[u8]) {
    let path = wal_path();
    match read_segment(&path, data) {
        Ok(seg) => {
            let end = check_records(data, &seg);
            match seg.tail {
                Tail::Clean => assert_eq!(end, data.len(), "a clean tail ends the file"),
                Tail::Zeroed { offset } => {
                    assert_eq!(offset, end);
                    assert!(offset < data.len());
                    assert!(data[offset..].iter().all(|b| *b == 0));
                }
                Tail::Torn { offset, dropped } => {
                    assert_eq!(offset, end);
                    assert!(dropped > 0);
                    assert_eq!(offset + dropped, data.len());
                    assert!(data[offset..].iter().any(|b| *b != 0), "zeros are not torn");
                }
            }
            // The valid records alone are a clean segment holding the same records.
            let prefix = read_segment(&path, &data[..end]).expect("the valid records read alone");
            assert_eq!(prefix.tail, Tail::Clean);
            assert_eq!(prefix.records.len(), seg.records.len());
            for (a, b) in prefix.records.iter().zip(&seg.records) {
                assert_eq!((a.offset, a.synced_to), (b.offset, b.synced_to));
                assert_eq!(a.commands, b.commands);
            }
        }
        Err(PersistError::BadHeader { file, .. }) => {
            assert_eq!(file, path);
            let valid = data.len() >= WAL_HEADER_LEN
                && &data[..8] == WAL_MAGIC
                && crc32fast::hash(&data[..24]) == u32_at(data, 24).unwrap_or(0);
            assert!(!valid, "a valid header was refused");
        }
        Err(PersistError::UnsupportedVersion {
            file,
            found,
            supported,
        }) => {
            assert_eq!(file, path);
            assert_ne!(found, supported);
            assert_eq!(u32_at(data, 8), Some(found));
        }
        Err(PersistError::Corrupt { file, offset, .. }) => {
            assert_eq!(file, path);
            let offset = usize::try_from(offset).expect("offset fits");
            assert!(
                (WAL_HEADER_LEN..data.len()).contains(&offset),
                "offset {offset}"
            );
            // The damage starts where the valid records end: the bytes before it are a clean
            // segment (salvage keeps exactly those).
            let before = read_segment(&path, &data[..offset]).expect("the bytes before the damage");
            assert_eq!(before.tail, Tail::Clean);
            check_records(data, &before);
        }
        Err(other) => panic!("unexpected error from read_segment: {other}"),
    }
}

/// Checks each record's framing and that its commands re-frame and read back the same; returns
/// where the records end.
fn check_records(data: &[u8], seg: &Segment<'_>) -> usize {
    let mut end = WAL_HEADER_LEN;
    for record in &seg.records {
        assert_eq!(
            record.offset, end,
            "records follow each other from the header"
        );
        let len = u32_at(data, end).expect("a record header") as usize;
        end += RECORD_HEADER_LEN + len;
        assert!(end <= data.len(), "a record runs past the input");
        assert!(!record.commands.is_empty());
        let mut commands = Vec::new();
        for cmd in &record.commands {
            encode_command(&mut commands, cmd);
        }
        let mut framed = segment_header(seg.seq);
        frame_record(
            &mut framed,
            record.synced_to,
            record.commands.len() as u32,
            &commands,
        );
        assert!(
            framed.len() - WAL_HEADER_LEN <= end - record.offset,
            "re-encoding grew"
        );
        let again = read_segment(&wal_path(), &framed).expect("a re-framed record reads back");
        assert_eq!(again.tail, Tail::Clean);
        assert_eq!(again.records.len(), 1);
        assert_eq!(again.records[0].synced_to, record.synced_to);
        assert_eq!(again.records[0].commands, record.commands);
    }
    end
}

fn encode_command(out: &mut Vec<u8>, cmd: &LoggedCommand<'_>) {
    let mut w = begin_command(out, cmd.db, cmd.now);
    for arg in &cmd.argv {
        w.arg(arg);
    }
    w.finish();
}

// --- snapshot_decode ----------------------------------------------------------------------------

/// F2: bytes as a snapshot ([`read_snapshot`]), strict and with salvage, raw and with its chunks
/// framed as checksummed blocks after a valid header.
pub fn snapshot_decode(data: &[u8]) {
    check_snapshot(data);
    // A chunk whose first byte is even is an entries block (its count and entries follow), an
    // odd one is an end block.
    let mut framed = snapshot_header(1, 16, 0);
    for chunk in chunks(data) {
        let Some((&kind, rest)) = chunk.split_first() else {
            continue;
        };
        let mut payload = vec![if kind % 2 == 0 { 1 } else { 2 }];
        payload.extend_from_slice(rest);
        framed.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        framed.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
        framed.extend_from_slice(&payload);
    }
    check_snapshot(&framed);
}

fn snap_path() -> PathBuf {
    PathBuf::from("fuzz/snap-00000000000000000001.snap")
}

fn read_all(data: &[u8], salvage: bool) -> (Result<SnapshotInfo, PersistError>, Vec<DecodedEntry>) {
    let mut entries = Vec::new();
    let info = read_snapshot(&snap_path(), data, salvage, |e| entries.push(e));
    (info, entries)
}

fn check_snapshot(data: &[u8]) {
    let path = snap_path();
    let (strict, strict_entries) = read_all(data, false);
    let (salvaged, salvaged_entries) = read_all(data, true);
    match (strict, salvaged) {
        (Ok(info), Ok(sinfo)) => {
            assert_eq!(info, sinfo);
            assert_eq!(info.damaged, None);
            assert_eq!(info.entries as usize, strict_entries.len());
            assert_eq!(strict_entries, salvaged_entries);
            rewrite_and_compare(&info, &strict_entries);
        }
        (Err(e), Ok(sinfo)) => {
            let PersistError::Corrupt { file, offset, .. } = &e else {
                panic!("only damage after a valid header is salvaged, not {e}");
            };
            assert_eq!(*file, path);
            assert!(*offset as usize <= data.len() && *offset as usize >= SNAP_HEADER_LEN);
            assert_eq!(
                sinfo.damaged.as_ref(),
                Some(&e),
                "salvage reports the first damage"
            );
            assert_eq!(sinfo.entries as usize, salvaged_entries.len());
            assert!(
                salvaged_entries.starts_with(&strict_entries),
                "salvage keeps at least what a strict read loaded before the damage"
            );
        }
        (Err(e), Err(se)) => {
            assert_eq!(e, se);
            assert!(strict_entries.is_empty() && salvaged_entries.is_empty());
            match e {
                PersistError::BadHeader { file, .. } => {
                    assert_eq!(file, path);
                    let valid = data.len() >= SNAP_HEADER_LEN
                        && &data[..8] == SNAP_MAGIC
                        && crc32fast::hash(&data[..36]) == u32_at(data, 36).unwrap_or(0);
                    assert!(!valid, "a valid header was refused");
                }
                PersistError::UnsupportedVersion { file, found, .. } => {
                    assert_eq!(file, path);
                    assert_eq!(u32_at(data, 8), Some(found));
                }
                other => panic!("salvage failed on damage after the header: {other}"),
            }
        }
        (Ok(_), Err(e)) => panic!("salvage failed where a strict read succeeded: {e}"),
    }
}

/// An in-memory file for [`SnapshotWriter`].
struct MemFile(Arc<Mutex<Vec<u8>>>);

impl AppendFile for MemFile {
    fn append(&mut self, data: &[u8]) -> std::io::Result<()> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(data);
        Ok(())
    }
    fn sync(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes `entries` with the real writer (in blocks of up to 64) and checks they read back.
fn rewrite_and_compare(info: &SnapshotInfo, entries: &[DecodedEntry]) {
    let out = Arc::new(Mutex::new(Vec::new()));
    let path = Path::new("fuzz/rewritten.snap");
    let file = Box::new(MemFile(Arc::clone(&out)));
    let mut writer = SnapshotWriter::new(file, path, info.segment, info.num_dbs, 0).expect("write");
    for block in entries.chunks(64) {
        let mut payload = vec![crate::keyspace::BLOCK_ENTRIES];
        put_uvarint(&mut payload, block.len() as u64);
        for e in block {
            encode_entry(&mut payload, e.db, &e.key, e.expires_at, &e.value);
        }
        writer.block(&payload, block.len() as u64).expect("write");
    }
    let size = writer.finish().expect("finish");
    let bytes = out.lock().expect("lock").clone();
    assert_eq!(size as usize, bytes.len());
    let (again, again_entries) = read_all(&bytes, false);
    let again = again.expect("a re-written snapshot reads back");
    assert_eq!((again.segment, again.num_dbs), (info.segment, info.num_dbs));
    assert_eq!(again_entries, entries);
}

// --- entry_decode -------------------------------------------------------------------------------

/// F3 (entries and commands): bytes through [`decode_entry`], [`decode_entries`] and
/// [`decode_command`].
pub fn entry_decode(data: &[u8]) {
    check_entry(data);
    check_entries(data);
    check_command(data);
}

fn encode(e: &DecodedEntry) -> Vec<u8> {
    let mut out = Vec::new();
    encode_entry(&mut out, e.db, &e.key, e.expires_at, &e.value);
    out
}

fn check_entry(data: &[u8]) {
    match decode_entry(data) {
        Ok((entry, used)) => {
            assert!(
                used >= 1 && used <= data.len(),
                "used {used} of {}",
                data.len()
            );
            // Reads nothing past what it used.
            assert_eq!(decode_entry(&data[..used]), Ok((entry.clone(), used)));
            // Re-encodes to bytes that decode to the same entry. Encoding again gives the same
            // bytes up to the order of a hash table's fields or members (not part of the format).
            let bytes = encode(&entry);
            let (again, again_used) = decode_entry(&bytes).expect("a re-encoded entry decodes");
            assert_eq!(again_used, bytes.len());
            assert_eq!(again, entry);
            let twice = encode(&again);
            assert_eq!(twice.len(), bytes.len(), "the encoding is stable");
            assert_eq!(decode_entry(&twice).map(|(e, _)| e), Ok(entry));
        }
        Err(err) => assert!(
            err.offset <= data.len(),
            "error offset {} past the input",
            err.offset
        ),
    }
}

fn check_entries(data: &[u8]) {
    let mut pos = 0;
    let mut failed = false;
    for item in decode_entries(data) {
        assert!(!failed, "the iterator ends after an error");
        match item {
            Ok((entry, used)) => {
                assert_eq!(decode_entry(&data[pos..]), Ok((entry, used)));
                pos += used;
            }
            Err(err) => {
                let single = decode_entry(&data[pos..]).expect_err("the same error");
                assert_eq!(err.offset, pos + single.offset);
                assert_eq!(err.reason, single.reason);
                assert!(err.offset <= data.len());
                failed = true;
            }
        }
    }
    if !failed {
        assert_eq!(pos, data.len(), "the entries fill the input");
    }
}

fn check_command(data: &[u8]) {
    let Some((cmd, used)) = decode_command(data) else {
        return;
    };
    assert!(used <= data.len());
    assert!(!cmd.argv.is_empty());
    assert_eq!(
        decode_command(&data[..used]),
        decode_command(data),
        "reads past what it used"
    );
    let mut bytes = Vec::new();
    encode_command(&mut bytes, &cmd);
    assert!(bytes.len() <= used, "re-encoding grew");
    let (again, again_used) = decode_command(&bytes).expect("a re-encoded command decodes");
    assert_eq!(again_used, bytes.len());
    assert_eq!(again, cmd);
    for cut in [0, bytes.len() / 2, bytes.len() - 1] {
        assert_eq!(
            decode_command(&bytes[..cut]),
            None,
            "a strict prefix decoded"
        );
    }
}

// --- number_parse -------------------------------------------------------------------------------

/// F6: bytes through the number parsers of [`crate::parse`], checked against Redis's rules and
/// against Rust's own parsers where the two grammars agree.
pub fn number_parse(data: &[u8]) {
    static FIXED: std::sync::Once = std::sync::Once::new();
    FIXED.call_once(redis_rules);

    // string2ll accepts exactly the canonical decimal text of an i64.
    let int = canonical_i64(data);
    if let Some(n) = int {
        let mut buf = [0u8; 20];
        assert_eq!(
            format_i64(n, &mut buf),
            data,
            "{n} is not in canonical form"
        );
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(n) = text.parse::<i64>() {
            let canonical = n.to_string() == text;
            assert_eq!(int, canonical.then_some(n), "{text:?}");
        }
    }
    assert_eq!(integer(data).ok(), int);
    // Integers made from the input, with the decorations Redis refuses.
    if let Some(bytes) = data.get(..8) {
        let n = i64::from_le_bytes(bytes.try_into().unwrap_or([0; 8]));
        check_integer_text(n);
    }

    // Floats: strtod over the whole string, no leading space, no NaN, no overflow or underflow.
    let value = strict_f64(data);
    assert_eq!(float(data).ok().map(f64::to_bits), value.map(f64::to_bits));
    if let Some(v) = value {
        assert!(!v.is_nan());
        assert!(data
            .first()
            .is_some_and(|b| !b.is_ascii_whitespace() && *b != 0x0b));
        // What Redis replies with (%.17g) parses back to the same number.
        let text = format_double(v);
        assert_eq!(
            strict_f64(text.as_bytes()).map(f64::to_bits),
            Some(v.to_bits()),
            "{v:e} printed as {text}"
        );
        // INCRBYFLOAT's sum is finite or refused.
        let delta = data
            .get(..8)
            .map_or(1.5, |b| f64::from_le_bytes(b.try_into().unwrap_or([0; 8])));
        if delta.is_finite() {
            if let Some(sum) = add_float_text(data, delta) {
                assert!(sum.is_finite());
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(nonzero) = plain_decimal(text) {
            // Rust's parser reads the same grammar, correctly rounded.
            let rust: f64 = text.parse().expect("a plain decimal");
            let expected = if rust.is_infinite() || (rust == 0.0 && nonzero) {
                None
            } else {
                Some(rust.to_bits())
            };
            assert_eq!(value.map(f64::to_bits), expected, "{text:?}");
        }
    }
    let _ = cursor(data);
}

/// Whether `text` is `[+-]?(digits[.digits*] | .digits)([eE][+-]?digits)?`, and if so whether
/// its mantissa has a non-zero digit.
fn plain_decimal(text: &str) -> Option<bool> {
    let t = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(at) => (&t[..at], Some(&t[at + 1..])),
        None => (t, None),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || int.len() + frac.len() == 0 {
        return None;
    }
    if let Some(e) = exponent {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        if e.is_empty() || !digits(e) {
            return None;
        }
    }
    Some(int.bytes().chain(frac.bytes()).any(|b| b != b'0'))
}

fn check_integer_text(n: i64) {
    let text = n.to_string();
    assert_eq!(canonical_i64(text.as_bytes()), Some(n), "{text}");
    assert_eq!(strict_f64(text.as_bytes()), Some(n as f64), "{text}");
    let mut refused = vec![
        format!(" {text}"),
        format!("{text} "),
        format!("{text}\0"),
        format!("{text}.0"),
        format!("{text}x"),
    ];
    if n >= 0 {
        refused.push(format!("+{text}"));
        refused.push(format!("0{text}"));
    } else {
        refused.push(format!("-0{}", &text[1..]));
        refused.push(format!("--{}", &text[1..]));
    }
    for bad in &refused {
        assert_eq!(
            canonical_i64(bad.as_bytes()),
            None,
            "{bad:?} is not an integer for Redis"
        );
    }
    assert_eq!(strict_f64(format!(" {text}").as_bytes()), None);
}

/// Redis 7.0's answers for the classic cases (checked against redis-server, RELIABILITY.md R8/R9).
fn redis_rules() {
    for bad in [
        "",
        "01",
        "+1",
        " 1",
        "1 ",
        "-0",
        "-",
        "+",
        "00",
        "1e3",
        "0x10",
        "1.0",
        "--1",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999",
    ] {
        assert_eq!(
            canonical_i64(bad.as_bytes()),
            None,
            "{bad:?} is not an integer"
        );
    }
    for (good, n) in [
        ("0", 0),
        ("-1", -1),
        ("9223372036854775807", i64::MAX),
        ("-9223372036854775808", i64::MIN),
    ] {
        assert_eq!(canonical_i64(good.as_bytes()), Some(n));
    }
    for bad in [
        " 1", "1 ", "", "nan", "-nan", "NaN", "1e999", "-1e999", "1e-999", "abc", "1.5x",
    ] {
        assert_eq!(
            strict_f64(bad.as_bytes()),
            None,
            "{bad:?} is not a valid float"
        );
    }
    for (good, v) in [
        ("1.5", 1.5),
        ("+1", 1.0),
        ("01", 1.0),
        ("1e3", 1000.0),
        ("inf", f64::INFINITY),
        ("-inf", f64::NEG_INFINITY),
        ("+inf", f64::INFINITY),
        ("0x10", 16.0),
        (".5", 0.5),
    ] {
        assert_eq!(strict_f64(good.as_bytes()), Some(v), "{good:?}");
    }
}
