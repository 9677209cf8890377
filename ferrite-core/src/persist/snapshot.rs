//! Snapshot files: the whole keyspace at one WAL segment boundary.
//!
//! Layout (ARCHITECTURE.md, "File format"):
//! - header, 40 bytes: magic `FERRSNP1`, version `u32 LE`, flags `u32 LE` (0), `segment u64 LE`
//!   (the first WAL segment to replay after this snapshot), `num_dbs u32 LE`,
//!   `created_ms i64 LE`, crc32 of the previous 36 bytes `u32 LE`;
//! - blocks: `len u32 LE`, `crc32 u32 LE` of the payload, payload. Payload kind 1 (entries):
//!   `count uvarint` then `count` entries ([`crate::persist::codec`]). Payload kind 2 (end):
//!   `entries uvarint`, `blocks uvarint`; the file ends right after it.
//!
//! A snapshot is written as `snap-N.tmp`, fsynced, renamed to `snap-N.snap`, and the directory
//! fsynced; only then are older files retired.

use std::path::{Path, PathBuf};

use super::argv::{get_uvarint, put_uvarint};
use super::codec::{decode_entry, DecodedEntry};
use super::storage::AppendFile;
use super::PersistError;

/// Magic bytes at the start of every snapshot.
pub const SNAP_MAGIC: &[u8; 8] = b"FERRSNP1";
/// The snapshot format version this build writes and reads.
pub const SNAP_VERSION: u32 = 1;
/// Bytes of the snapshot header.
pub const SNAP_HEADER_LEN: usize = 40;
const BLOCK_HEADER_LEN: usize = 8;
const KIND_ENTRIES: u8 = crate::keyspace::BLOCK_ENTRIES;
const KIND_END: u8 = 2;

/// The file name of the snapshot taken at segment `seq`.
pub fn snapshot_name(seq: u64) -> String {
    format!("snap-{seq:020}.snap")
}

/// The name a snapshot is written under before its rename.
pub fn temp_name(seq: u64) -> String {
    format!("snap-{seq:020}.tmp")
}

/// The segment number in a snapshot file name.
pub fn parse_snapshot_name(name: &str) -> Option<u64> {
    let digits = name.strip_prefix("snap-")?.strip_suffix(".snap")?;
    if digits.len() != 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The header of a snapshot.
pub fn snapshot_header(seq: u64, num_dbs: u32, created_ms: i64) -> Vec<u8> {
    let mut h = Vec::with_capacity(SNAP_HEADER_LEN);
    h.extend_from_slice(SNAP_MAGIC);
    h.extend_from_slice(&SNAP_VERSION.to_le_bytes());
    h.extend_from_slice(&0u32.to_le_bytes());
    h.extend_from_slice(&seq.to_le_bytes());
    h.extend_from_slice(&num_dbs.to_le_bytes());
    h.extend_from_slice(&created_ms.to_le_bytes());
    let crc = crc32fast::hash(&h);
    h.extend_from_slice(&crc.to_le_bytes());
    h
}

/// Writes a snapshot's blocks.
pub struct SnapshotWriter {
    file: Box<dyn AppendFile>,
    path: PathBuf,
    entries: u64,
    blocks: u64,
    bytes: u64,
}

impl SnapshotWriter {
    /// Starts a snapshot in `file` (already created at `path`).
    pub fn new(
        mut file: Box<dyn AppendFile>,
        path: &Path,
        seq: u64,
        num_dbs: u32,
        created_ms: i64,
    ) -> Result<SnapshotWriter, PersistError> {
        let header = snapshot_header(seq, num_dbs, created_ms);
        file.append(&header).map_err(|e| io_error(path, e))?;
        Ok(SnapshotWriter {
            file,
            path: path.to_path_buf(),
            entries: 0,
            blocks: 0,
            bytes: header.len() as u64,
        })
    }

    /// Appends one block whose payload is `payload` (holding `entries` entries).
    pub fn block(&mut self, payload: &[u8], entries: u64) -> Result<(), PersistError> {
        let mut head = [0u8; BLOCK_HEADER_LEN];
        head[..4].copy_from_slice(&(payload.len() as u32).to_le_bytes());
        head[4..].copy_from_slice(&crc32fast::hash(payload).to_le_bytes());
        self.file
            .append(&head)
            .and_then(|_| self.file.append(payload))
            .map_err(|e| io_error(&self.path, e))?;
        self.entries += entries;
        self.blocks += 1;
        self.bytes += (BLOCK_HEADER_LEN + payload.len()) as u64;
        Ok(())
    }

    /// Writes the end block and fsyncs; returns the file's size.
    pub fn finish(mut self) -> Result<u64, PersistError> {
        let mut end = vec![KIND_END];
        put_uvarint(&mut end, self.entries);
        put_uvarint(&mut end, self.blocks);
        self.block(&end, 0)?;
        self.file.sync().map_err(|e| io_error(&self.path, e))?;
        Ok(self.bytes)
    }
}

fn io_error(path: &Path, e: std::io::Error) -> PersistError {
    PersistError::Io {
        file: path.to_path_buf(),
        error: e.to_string(),
    }
}

/// What a snapshot held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotInfo {
    /// The first WAL segment to replay after it.
    pub segment: u64,
    /// Logical databases it was written with.
    pub num_dbs: u32,
    /// Entries read.
    pub entries: u64,
    /// With salvage: the first damage found (the entries of every intact block were kept).
    pub damaged: Option<PersistError>,
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Reads a snapshot, handing each entry to `load`. Without `salvage`, any damage is an error
/// naming the file and offset (the entries of the blocks before it have been handed to `load`).
/// With it, the entries of every intact block are kept: a damaged block whose length field still
/// frames it is stepped over, and damage to a length (or a truncation) ends the read; the first
/// damage is reported in [`SnapshotInfo::damaged`]. A bad header is always an error.
pub fn read_snapshot(
    file: &Path,
    bytes: &[u8],
    salvage: bool,
    mut load: impl FnMut(DecodedEntry),
) -> Result<SnapshotInfo, PersistError> {
    let bad_header = |reason: &str| PersistError::BadHeader {
        file: file.to_path_buf(),
        reason: reason.to_string(),
    };
    if bytes.len() < SNAP_HEADER_LEN {
        return Err(bad_header("shorter than the 40-byte snapshot header"));
    }
    if &bytes[..8] != SNAP_MAGIC {
        return Err(bad_header("not a Ferrite snapshot (bad magic)"));
    }
    if crc32fast::hash(&bytes[..36]) != u32_at(bytes, 36).unwrap_or(0) {
        return Err(bad_header("header checksum mismatch"));
    }
    let version = u32_at(bytes, 8).unwrap_or(0);
    if version != SNAP_VERSION {
        return Err(PersistError::UnsupportedVersion {
            file: file.to_path_buf(),
            found: version,
            supported: SNAP_VERSION,
        });
    }
    let segment = bytes
        .get(16..24)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_le_bytes)
        .unwrap_or(0);
    let num_dbs = u32_at(bytes, 24).unwrap_or(0);
    let mut info = SnapshotInfo {
        segment,
        num_dbs,
        entries: 0,
        damaged: None,
    };
    let corrupt = |offset: usize, reason: String| PersistError::Corrupt {
        file: file.to_path_buf(),
        offset: offset as u64,
        reason,
    };
    let mut at = SNAP_HEADER_LEN;
    let mut blocks = 0u64;
    // The first damage found. Without salvage the read stops there; with it, a damaged block
    // whose length still frames it is stepped over, so every intact block is kept.
    let mut damage: Option<PersistError> = None;
    loop {
        let Some(len) = u32_at(bytes, at) else {
            note(
                &mut damage,
                corrupt(at, "snapshot ends before its end block (truncated)".into()),
            );
            break;
        };
        let len = len as usize;
        let start = at + BLOCK_HEADER_LEN;
        let Some(payload) = start.checked_add(len).and_then(|end| bytes.get(start..end)) else {
            note(
                &mut damage,
                corrupt(
                    at,
                    format!("block of {len} bytes runs past the end of the file (truncated)"),
                ),
            );
            break;
        };
        let next = start + len;
        if crc32fast::hash(payload) != u32_at(bytes, at + 4).unwrap_or(0) {
            note(&mut damage, corrupt(at, "block checksum mismatch".into()));
        } else {
            match payload.first() {
                Some(&KIND_ENTRIES) => {
                    // Decode the whole block before loading any of it: a block is all or nothing.
                    match decode_block(payload) {
                        Ok(entries) => {
                            for entry in entries {
                                info.entries += 1;
                                load(entry);
                            }
                            blocks += 1;
                        }
                        Err((offset, reason)) => note(&mut damage, corrupt(start + offset, reason)),
                    }
                }
                Some(&KIND_END) => {
                    let totals = get_uvarint(&payload[1..]).and_then(|(entries, used)| {
                        get_uvarint(payload.get(1 + used..)?).map(|(b, _)| (entries, b))
                    });
                    // After a skipped block the totals cannot agree; the damage is reported.
                    if damage.is_none() && totals != Some((info.entries, blocks)) {
                        note(
                            &mut damage,
                            corrupt(at, "end block totals disagree with the blocks read".into()),
                        );
                    } else if next != bytes.len() {
                        note(
                            &mut damage,
                            corrupt(next, "bytes after the end block".into()),
                        );
                    }
                    break;
                }
                _ => note(&mut damage, corrupt(at, "unknown block kind".into())),
            }
        }
        if damage.is_some() && !salvage {
            break;
        }
        at = next;
    }
    match damage {
        None => Ok(info),
        Some(e) if salvage => {
            info.damaged = Some(e);
            Ok(info)
        }
        Some(e) => Err(e),
    }
}

/// Keeps the first damage found.
fn note(damage: &mut Option<PersistError>, e: PersistError) {
    if damage.is_none() {
        *damage = Some(e);
    }
}

/// Decodes an entries block payload; on failure, the offset in the payload and the reason.
fn decode_block(payload: &[u8]) -> Result<Vec<DecodedEntry>, (usize, String)> {
    let (count, used) =
        get_uvarint(payload.get(1..).unwrap_or(&[])).ok_or((1, "bad entry count".to_string()))?;
    let mut at = 1 + used;
    // An entry takes at least 4 bytes: reject an impossible count before allocating.
    if count > (payload.len() - at) as u64 / 4 {
        return Err((1, format!("entry count {count} exceeds the block")));
    }
    let mut entries = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let (entry, used) = decode_entry(payload.get(at..).unwrap_or(&[]))
            .map_err(|e| (at + e.offset, format!("bad entry: {}", e.reason)))?;
        entries.push(entry);
        at += used;
    }
    if at != payload.len() {
        return Err((at, "bytes after the last entry of a block".into()));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persist::codec::encode_entry;
    use crate::value::{StrValue, Value};
    use std::sync::{Arc, Mutex};

    struct MemFile(Arc<Mutex<Vec<u8>>>);

    impl AppendFile for MemFile {
        fn append(&mut self, data: &[u8]) -> std::io::Result<()> {
            self.0.lock().unwrap().extend_from_slice(data);
            Ok(())
        }
        fn sync(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A snapshot of three blocks of two string entries each (keys `k0`..`k5`), and the block
    /// offsets.
    fn three_blocks() -> (Vec<u8>, Vec<usize>) {
        let out = Arc::new(Mutex::new(Vec::new()));
        let path = Path::new("snap");
        let mut w =
            SnapshotWriter::new(Box::new(MemFile(Arc::clone(&out))), path, 3, 16, 0).unwrap();
        let mut offsets = Vec::new();
        for block in 0..3 {
            offsets.push(out.lock().unwrap().len());
            let mut payload = vec![KIND_ENTRIES, 2];
            for i in 0..2 {
                let key = format!("k{}", block * 2 + i);
                let value = Value::Str(StrValue::Raw(b"value".to_vec()));
                encode_entry(&mut payload, 0, key.as_bytes(), None, &value);
            }
            w.block(&payload, 2).unwrap();
        }
        w.finish().unwrap();
        let bytes = out.lock().unwrap().clone();
        (bytes, offsets)
    }

    fn keys(bytes: &[u8], salvage: bool) -> (Result<SnapshotInfo, PersistError>, Vec<String>) {
        let mut keys = Vec::new();
        let info = read_snapshot(Path::new("snap"), bytes, salvage, |e| {
            keys.push(String::from_utf8(e.key).unwrap())
        });
        (info, keys)
    }

    #[test]
    fn salvage_steps_over_a_damaged_block_and_keeps_the_later_ones() {
        let (bytes, offsets) = three_blocks();
        let (info, all) = keys(&bytes, false);
        assert_eq!(info.unwrap().entries, 6);
        assert_eq!(all, ["k0", "k1", "k2", "k3", "k4", "k5"]);

        let mut damaged = bytes.clone();
        damaged[offsets[1] + BLOCK_HEADER_LEN + 4] ^= 0x20;
        let expected = PersistError::Corrupt {
            file: PathBuf::from("snap"),
            offset: offsets[1] as u64,
            reason: "block checksum mismatch".into(),
        };
        let (strict, _) = keys(&damaged, false);
        assert_eq!(strict.unwrap_err(), expected);
        let (salvaged, kept) = keys(&damaged, true);
        let info = salvaged.unwrap();
        assert_eq!(kept, ["k0", "k1", "k4", "k5"]);
        assert_eq!(info.entries, 4);
        assert_eq!(info.damaged, Some(expected));

        // A damaged length cannot be stepped over: the blocks before it are kept.
        let mut damaged = bytes.clone();
        damaged[offsets[1] + 2] ^= 0x01;
        let (salvaged, kept) = keys(&damaged, true);
        assert_eq!(kept, ["k0", "k1"]);
        assert!(
            matches!(salvaged.unwrap().damaged, Some(PersistError::Corrupt { offset, .. }) if offset == offsets[1] as u64)
        );
    }
}
