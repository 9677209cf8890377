//! The write-ahead log: segment files of length- and crc32-framed records, each record a batch
//! of logged commands (one command, or a whole transaction), and the writer that appends them
//! and makes them durable as the sync mode promises (group commit in `Full`).
//!
//! Format (ARCHITECTURE.md, "File format", is the reference):
//! - segment header, 28 bytes: magic `FERRWAL1`, version `u32 LE`, flags `u32 LE` (0),
//!   segment number `u64 LE`, crc32 of the previous 24 bytes `u32 LE`;
//! - then records: `len u32 LE` (payload bytes, >= 1), `payload_crc u32 LE`,
//!   `header_crc u32 LE` (crc32 of the 8 bytes before it), payload:
//!   `kind u8` (1 = commands), `synced_to uvarint` (how many bytes of this segment were durable
//!   when the record was appended), `count uvarint`, then `count` commands
//!   ([`crate::persist::argv`]).
//!
//! Reading stops cleanly at the end of the valid records. A bad record is a *torn tail* (dropped
//! with a warning) unless a later valid record says the bad bytes had already been made durable
//! when it was written: then it is corruption, and an error names the file and offset. A
//! zero-filled tail is the clean end of the log.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use parking_lot::{Condvar, Mutex, MutexGuard};

use super::argv::{decode_command, get_uvarint, put_uvarint, LoggedCommand};
use super::storage::{AppendFile, StorageRef};
use super::PersistError;

/// Magic bytes at the start of every segment.
pub const WAL_MAGIC: &[u8; 8] = b"FERRWAL1";
/// The segment format version this build writes and reads.
pub const WAL_VERSION: u32 = 1;
/// Bytes of the segment header.
pub const WAL_HEADER_LEN: usize = 28;
/// Bytes of a record header.
pub const RECORD_HEADER_LEN: usize = 12;
/// The largest record payload accepted (a larger length field is damage).
pub const MAX_RECORD: usize = 1 << 31;
/// Record kind: a batch of commands.
const KIND_COMMANDS: u8 = 1;

/// The file name of segment `seq`.
pub fn segment_name(seq: u64) -> String {
    format!("wal-{seq:020}.log")
}

/// The segment number in a file name made by [`segment_name`].
pub fn parse_segment_name(name: &str) -> Option<u64> {
    let digits = name.strip_prefix("wal-")?.strip_suffix(".log")?;
    if digits.len() != 20 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The 28-byte header of segment `seq`.
pub fn segment_header(seq: u64) -> Vec<u8> {
    let mut h = Vec::with_capacity(WAL_HEADER_LEN);
    h.extend_from_slice(WAL_MAGIC);
    h.extend_from_slice(&WAL_VERSION.to_le_bytes());
    h.extend_from_slice(&0u32.to_le_bytes());
    h.extend_from_slice(&seq.to_le_bytes());
    let crc = crc32fast::hash(&h);
    h.extend_from_slice(&crc.to_le_bytes());
    h
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

/// Frames one record of `count` encoded commands onto `out`.
pub fn frame_record(out: &mut Vec<u8>, synced_to: u64, count: u32, commands: &[u8]) {
    let start = out.len();
    out.extend_from_slice(&[0; RECORD_HEADER_LEN]);
    out.push(KIND_COMMANDS);
    put_uvarint(out, synced_to);
    put_uvarint(out, u64::from(count));
    out.extend_from_slice(commands);
    let len = (out.len() - start - RECORD_HEADER_LEN) as u32;
    let pcrc = crc32fast::hash(&out[start + RECORD_HEADER_LEN..]);
    out[start..start + 4].copy_from_slice(&len.to_le_bytes());
    out[start + 4..start + 8].copy_from_slice(&pcrc.to_le_bytes());
    let hcrc = crc32fast::hash(&out[start..start + 8]);
    out[start + 8..start + 12].copy_from_slice(&hcrc.to_le_bytes());
}

/// One decoded record.
#[derive(Debug)]
pub struct Record<'d> {
    /// Offset of the record in its segment.
    pub offset: usize,
    /// Bytes of this segment durable when it was appended.
    pub synced_to: u64,
    /// Its commands, in order.
    pub commands: Vec<LoggedCommand<'d>>,
}

/// How a segment's records end.
#[derive(Debug, PartialEq, Eq)]
pub enum Tail {
    /// The file ends exactly after the last record.
    Clean,
    /// Only zero bytes follow the last record (preallocated or zero-filled space).
    Zeroed {
        /// Where the zeros start.
        offset: usize,
    },
    /// A partly written last record (or a torn unsynced suffix): dropped.
    Torn {
        /// Where the valid records end.
        offset: usize,
        /// Bytes dropped.
        dropped: usize,
    },
}

/// A segment read from bytes: its number, valid records, and how it ends.
#[derive(Debug)]
pub struct Segment<'d> {
    /// Segment number from the header.
    pub seq: u64,
    /// The valid records, in order.
    pub records: Vec<Record<'d>>,
    /// How the records end.
    pub tail: Tail,
}

/// The record starting at `at`, if its header and payload checksums hold and it decodes.
fn record_at(bytes: &[u8], at: usize) -> Option<(Record<'_>, usize)> {
    let len = u32_at(bytes, at)? as usize;
    let pcrc = u32_at(bytes, at + 4)?;
    let hcrc = u32_at(bytes, at + 8)?;
    if crc32fast::hash(bytes.get(at..at + 8)?) != hcrc || len == 0 || len > MAX_RECORD {
        return None;
    }
    let start = at + RECORD_HEADER_LEN;
    let payload = bytes.get(start..start.checked_add(len)?)?;
    if crc32fast::hash(payload) != pcrc {
        return None;
    }
    let record = decode_payload(payload, at)?;
    Some((record, RECORD_HEADER_LEN + len))
}

/// Decodes a checksummed payload; `None` if it is not a well-formed batch of commands.
fn decode_payload(payload: &[u8], offset: usize) -> Option<Record<'_>> {
    if *payload.first()? != KIND_COMMANDS {
        return None;
    }
    let mut at = 1;
    let (synced_to, used) = get_uvarint(payload.get(at..)?)?;
    at += used;
    let (count, used) = get_uvarint(payload.get(at..)?)?;
    at += used;
    // Each command takes at least 13 bytes: reject an impossible count before allocating.
    if count == 0 || count > (payload.len() - at) as u64 / 13 {
        return None;
    }
    let mut commands = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let (cmd, used) = decode_command(payload.get(at..)?)?;
        commands.push(cmd);
        at += used;
    }
    if at != payload.len() {
        return None;
    }
    Some(Record {
        offset,
        synced_to,
        commands,
    })
}

/// Reads segment bytes. `file` names the segment in errors.
pub fn read_segment<'d>(file: &Path, bytes: &'d [u8]) -> Result<Segment<'d>, PersistError> {
    let bad_header = |reason: String| PersistError::BadHeader {
        file: file.to_path_buf(),
        reason,
    };
    if bytes.len() < WAL_HEADER_LEN {
        return Err(bad_header(format!(
            "{} bytes, shorter than the {WAL_HEADER_LEN}-byte segment header",
            bytes.len()
        )));
    }
    if &bytes[..8] != WAL_MAGIC {
        return Err(bad_header("not a Ferrite WAL segment (bad magic)".into()));
    }
    let stored = u32_at(bytes, 24).unwrap_or(0);
    if crc32fast::hash(&bytes[..24]) != stored {
        return Err(bad_header("header checksum mismatch".into()));
    }
    let version = u32_at(bytes, 8).unwrap_or(0);
    if version != WAL_VERSION {
        return Err(PersistError::UnsupportedVersion {
            file: file.to_path_buf(),
            found: version,
            supported: WAL_VERSION,
        });
    }
    let seq = u64_at(bytes, 16).unwrap_or(0);
    let mut records = Vec::new();
    let mut at = WAL_HEADER_LEN;
    loop {
        if at == bytes.len() {
            return Ok(Segment {
                seq,
                records,
                tail: Tail::Clean,
            });
        }
        if let Some((record, used)) = record_at(bytes, at) {
            records.push(record);
            at += used;
            continue;
        }
        if bytes[at..].iter().all(|&b| b == 0) {
            return Ok(Segment {
                seq,
                records,
                tail: Tail::Zeroed { offset: at },
            });
        }
        // A bad record. It is a torn tail unless a later valid record proves these bytes were
        // durable before it was written (then the damage is in data that had been synced).
        for later in at + 1..bytes.len().saturating_sub(RECORD_HEADER_LEN) {
            if let Some((record, _)) = record_at(bytes, later) {
                // A genuine record never claims bytes after itself were durable (a stored
                // value that happens to look like a record would be ignored here).
                if record.synced_to > at as u64 && record.synced_to <= later as u64 {
                    return Err(PersistError::Corrupt {
                        file: file.to_path_buf(),
                        offset: at as u64,
                        reason: "record checksum mismatch before the end of the log".into(),
                    });
                }
            }
        }
        return Ok(Segment {
            seq,
            records,
            tail: Tail::Torn {
                offset: at,
                dropped: bytes.len() - at,
            },
        });
    }
}

/// When writes become durable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SyncMode {
    /// Written to the OS by a background thread; fsync only at close, `sync()` and snapshots.
    None,
    /// fsync in the background within the window, and at every transaction commit and `sync()`.
    #[default]
    Normal,
    /// A write returns once durable; concurrent writers share one fsync.
    Full,
}

impl SyncMode {
    /// The mode called `name` (`none`, `normal`, `full`, any case), as configuration spells it.
    pub fn from_name(name: &str) -> Option<SyncMode> {
        match name.to_ascii_lowercase().as_str() {
            "none" => Some(SyncMode::None),
            "normal" => Some(SyncMode::Normal),
            "full" => Some(SyncMode::Full),
            _ => None,
        }
    }
}

/// Figures the writer keeps for `stats()`.
#[derive(Clone, Debug, Default)]
pub struct WalStats {
    /// Bytes in the current segment (header included).
    pub segment_bytes: u64,
    /// Bytes appended since the last snapshot.
    pub since_snapshot: u64,
    /// When the log was last made durable.
    pub last_sync: Option<SystemTime>,
    /// fsyncs performed.
    pub fsyncs: u64,
}

struct State {
    buf: Vec<u8>,
    spare: Vec<u8>,
    /// Log position (bytes since open) after the last appended record.
    appended: u64,
    /// Position handed to the OS.
    written: u64,
    /// Position known durable.
    synced: u64,
    /// A thread is writing/syncing outside the lock.
    leader: bool,
    poisoned: Option<String>,
    /// When the oldest record not yet being synced was appended (Normal's window).
    oldest_unsynced: Option<Instant>,
    /// Current segment number, and the log position where its records start.
    seg_seq: u64,
    seg_base: u64,
    since_snapshot: u64,
    last_sync: Option<SystemTime>,
    fsyncs: u64,
    /// Records appended, and records covered by the last fsync.
    records: u64,
    synced_records: u64,
    /// Records the last fsync covered, and how long it took (for group commit's delay).
    last_batch: u64,
    last_fsync: Duration,
    /// A durable flush is in flight; records appended meanwhile (and during the last one).
    syncing: bool,
    arrivals: u64,
    last_arrivals: u64,
    /// A gathering leader waits for this many unsynced records (0: nobody gathers).
    gather_target: u64,
}

/// The log writer for one open database.
pub struct Wal {
    storage: StorageRef,
    dir: PathBuf,
    mode: SyncMode,
    window: Duration,
    max_buffer: usize,
    state: Mutex<State>,
    file: Mutex<Box<dyn AppendFile>>,
    /// Wakes a gathering group-commit leader once enough records wait.
    gather: Condvar,
    /// The next segment, created ahead of a rotation.
    prepared: Mutex<Option<(u64, Box<dyn AppendFile>)>>,
    cond: Condvar,
    stop: AtomicBool,
    /// Mirrors of state fields, so the per-write checks take no lock.
    poisoned_flag: AtomicBool,
    /// When the oldest unsynced record was appended, in ns since `epoch` (0: none).
    oldest_unsynced_ns: AtomicU64,
    since_snapshot_bytes: AtomicU64,
    buffered: AtomicU64,
    epoch: Instant,
}

impl Wal {
    /// Starts segment `seq` in `dir` (header written, file and directory fsynced).
    pub fn create(
        storage: StorageRef,
        dir: &Path,
        seq: u64,
        mode: SyncMode,
        window: Duration,
    ) -> Result<Wal, PersistError> {
        let file = new_segment(&storage, dir, seq)?;
        Ok(Wal {
            storage,
            dir: dir.to_path_buf(),
            mode,
            window,
            max_buffer: 4 << 20,
            state: Mutex::new(State {
                buf: Vec::new(),
                spare: Vec::new(),
                appended: 0,
                written: 0,
                synced: 0,
                leader: false,
                poisoned: None,
                oldest_unsynced: None,
                seg_seq: seq,
                seg_base: 0,
                since_snapshot: 0,
                last_sync: Some(SystemTime::now()),
                fsyncs: 0,
                records: 0,
                synced_records: 0,
                last_batch: 0,
                last_fsync: Duration::ZERO,
                syncing: false,
                arrivals: 0,
                last_arrivals: 0,
                gather_target: 0,
            }),
            file: Mutex::new(file),
            prepared: Mutex::new(None),
            gather: Condvar::new(),
            cond: Condvar::new(),
            stop: AtomicBool::new(false),
            poisoned_flag: AtomicBool::new(false),
            oldest_unsynced_ns: AtomicU64::new(0),
            since_snapshot_bytes: AtomicU64::new(0),
            buffered: AtomicU64::new(0),
            epoch: Instant::now(),
        })
    }

    fn set_poisoned(&self, st: &mut State, reason: String) {
        if st.poisoned.is_none() {
            st.poisoned = Some(reason);
        }
        self.poisoned_flag.store(true, Ordering::Release);
    }

    fn poisoned_error(&self) -> PersistError {
        PersistError::Poisoned(
            self.state
                .lock()
                .poisoned
                .clone()
                .unwrap_or_else(|| "the write-ahead log failed".into()),
        )
    }

    /// The sync mode.
    pub fn mode(&self) -> SyncMode {
        self.mode
    }

    /// Appends a record of `count` encoded commands; returns its end position.
    pub fn append(&self, commands: &[u8], count: u32) -> u64 {
        let mut st = self.state.lock();
        if commands.len() + 32 > MAX_RECORD {
            // Cannot be framed: refuse it, and everything after it, rather than write a record
            // that recovery would read as damage.
            let reason = format!(
                "a single write of {} bytes exceeds the write-ahead log's {MAX_RECORD}-byte record limit; the database is read-only until reopened",
                commands.len()
            );
            self.set_poisoned(&mut st, reason);
            return st.appended + 1;
        }
        let synced_to = WAL_HEADER_LEN as u64 + st.synced.saturating_sub(st.seg_base);
        let before = st.buf.len();
        frame_record(&mut st.buf, synced_to, count, commands);
        let added = (st.buf.len() - before) as u64;
        st.appended += added;
        st.records += 1;
        if st.syncing {
            st.arrivals += 1;
        }
        if st.gather_target > 0 && st.records - st.synced_records >= st.gather_target {
            self.gather.notify_one();
        }
        st.since_snapshot += added;
        self.since_snapshot_bytes
            .store(st.since_snapshot, Ordering::Relaxed);
        self.buffered.store(st.buf.len() as u64, Ordering::Relaxed);
        if st.oldest_unsynced.is_none() {
            let now = Instant::now();
            st.oldest_unsynced = Some(now);
            let ns = now.duration_since(self.epoch).as_nanos() as u64;
            self.oldest_unsynced_ns.store(ns.max(1), Ordering::Relaxed);
        }
        if self.mode != SyncMode::Full && st.buf.len() >= self.max_buffer {
            self.cond.notify_all();
        }
        st.appended
    }

    /// Fails if the log can take no more writes.
    pub fn check(&self) -> Result<(), PersistError> {
        if self.poisoned_flag.load(Ordering::Acquire) {
            return Err(self.poisoned_error());
        }
        Ok(())
    }

    /// Bytes appended since the last snapshot began.
    pub fn since_snapshot(&self) -> u64 {
        self.since_snapshot_bytes.load(Ordering::Relaxed)
    }

    /// Waits until the record ending at `position` is as durable as the mode promises
    /// (`transaction`: a commit, which `Normal` also makes durable).
    pub fn wait(&self, position: u64, transaction: bool) -> Result<(), PersistError> {
        // The common cases of Normal and None take no lock.
        if self.poisoned_flag.load(Ordering::Acquire) {
            return Err(self.poisoned_error());
        }
        match self.mode {
            SyncMode::Normal if !transaction => {
                let oldest = self.oldest_unsynced_ns.load(Ordering::Relaxed);
                let now = self.epoch.elapsed().as_nanos() as u64;
                if oldest == 0 || now.saturating_sub(oldest) <= self.window.as_nanos() as u64 {
                    return Ok(());
                }
            }
            SyncMode::None
                if self.buffered.load(Ordering::Relaxed) < (self.max_buffer * 4) as u64 =>
            {
                return Ok(());
            }
            _ => {}
        }
        let mut st = self.state.lock();
        if let Some(reason) = &st.poisoned {
            return Err(PersistError::Poisoned(reason.clone()));
        }
        match self.mode {
            SyncMode::Full => self.wait_synced(&mut st, position),
            SyncMode::Normal if transaction => self.wait_synced(&mut st, position),
            SyncMode::Normal => {
                // Never let the unsynced window grow past its bound: block instead.
                if st
                    .oldest_unsynced
                    .is_some_and(|t| t.elapsed() > self.window)
                {
                    let target = st.appended;
                    return self.wait_synced(&mut st, target);
                }
                Ok(())
            }
            SyncMode::None => {
                if st.buf.len() >= self.max_buffer * 4 && !st.leader {
                    self.flush(&mut st, false);
                    // The write this call made failed: it must not report success.
                    if let Some(reason) = &st.poisoned {
                        return Err(PersistError::Poisoned(reason.clone()));
                    }
                }
                Ok(())
            }
        }
    }

    /// Makes everything appended so far durable, whatever the mode.
    pub fn sync(&self) -> Result<(), PersistError> {
        let mut st = self.state.lock();
        let target = st.appended;
        // Data already written by a None-mode flush still needs its fsync.
        if st.synced >= target && st.written <= st.synced {
            return match &st.poisoned {
                Some(r) => Err(PersistError::Poisoned(r.clone())),
                None => Ok(()),
            };
        }
        loop {
            if let Some(reason) = &st.poisoned {
                return Err(PersistError::Poisoned(reason.clone()));
            }
            if !st.leader {
                self.flush(&mut st, true);
                st.last_batch = 0;
                st.last_arrivals = 0;
                if st.synced >= target {
                    if let Some(reason) = &st.poisoned {
                        return Err(PersistError::Poisoned(reason.clone()));
                    }
                    return Ok(());
                }
            } else {
                self.cond.wait(&mut st);
            }
        }
    }

    fn wait_synced(
        &self,
        st: &mut MutexGuard<'_, State>,
        position: u64,
    ) -> Result<(), PersistError> {
        loop {
            if st.synced >= position {
                return Ok(());
            }
            if let Some(reason) = &st.poisoned {
                return Err(PersistError::Poisoned(reason.clone()));
            }
            if st.leader {
                self.cond.wait(st);
            } else {
                // Group commit. A lone writer flushes at once. With several writers, those the
                // last fsync released are about to append again: gather until as many records
                // wait as the last rounds saw (or a fraction of an fsync passes), so one fsync
                // covers them all instead of the writers splitting into alternating groups.
                let expected = st.last_batch.max(st.last_arrivals + 1);
                if expected >= 2 {
                    let limit = (st.last_fsync * 3 / 4).min(Duration::from_micros(300));
                    let deadline = Instant::now() + limit;
                    st.leader = true;
                    st.gather_target = expected;
                    while st.records - st.synced_records < expected {
                        if self.gather.wait_until(st, deadline).timed_out() {
                            break;
                        }
                    }
                    st.gather_target = 0;
                    st.leader = false;
                }
                self.flush(st, true);
            }
        }
    }

    /// Writes the buffer (and fsyncs if `durable`) as the leader, outside the state lock.
    fn flush(&self, st: &mut MutexGuard<'_, State>, durable: bool) {
        st.leader = true;
        let spare = std::mem::take(&mut st.spare);
        let data = std::mem::replace(&mut st.buf, spare);
        let end = st.appended;
        let batch = st.records - st.synced_records;
        let records_end = st.records;
        let started = Instant::now();
        self.buffered.store(0, Ordering::Relaxed);
        st.syncing = durable;
        st.arrivals = 0;
        if durable {
            st.oldest_unsynced = None;
            self.oldest_unsynced_ns.store(0, Ordering::Relaxed);
        }
        let result = MutexGuard::unlocked(st, || {
            let mut file = self.file.lock();
            if !data.is_empty() {
                file.append(&data)?;
            }
            if durable {
                file.sync()?;
            }
            Ok::<(), std::io::Error>(())
        });
        st.leader = false;
        st.syncing = false;
        match result {
            Ok(()) => {
                st.written = end;
                if durable {
                    st.synced = end;
                    st.synced_records = records_end;
                    st.last_batch = batch;
                    st.last_arrivals = st.arrivals;
                    st.last_fsync = started.elapsed();
                    st.last_sync = Some(SystemTime::now());
                    st.fsyncs += 1;
                }
            }
            Err(e) => {
                let what = if durable { "write or fsync" } else { "write" };
                let reason = format!(
                    "{what} of the write-ahead log in {} failed: {e}; the database is read-only until reopened",
                    self.dir.display()
                );
                crate::flog!(log::Level::Error, "{reason}");
                self.set_poisoned(st, reason);
            }
        }
        let mut data = data;
        data.clear();
        if data.capacity() <= self.max_buffer * 2 {
            st.spare = data;
        }
        self.cond.notify_all();
    }

    /// One pass of the background flusher; returns false once stopped.
    pub fn background_tick(&self) -> bool {
        let mut st = self.state.lock();
        if self.stop.load(Ordering::Acquire) {
            return false;
        }
        let period = match self.mode {
            SyncMode::Normal => self.window / 2,
            _ => self.window,
        };
        self.cond.wait_for(&mut st, period);
        if self.stop.load(Ordering::Acquire) {
            return false;
        }
        if st.leader || st.poisoned.is_some() {
            return true;
        }
        match self.mode {
            SyncMode::Normal if st.appended > st.synced || st.written > st.synced => {
                self.flush(&mut st, true);
                // Not a measure of concurrent committers: keep group commit from gathering.
                st.last_batch = 0;
                st.last_arrivals = 0;
            }
            SyncMode::None if st.appended > st.written => self.flush(&mut st, false),
            _ => {}
        }
        true
    }

    /// Stops the background flusher (it exits at its next wake-up).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        let _guard = self.state.lock();
        self.cond.notify_all();
    }

    /// Ends the current segment (everything in it written and fsynced: the barrier before a
    /// snapshot, in every mode) and starts the next; returns the new segment's number. Called
    /// with every shard lock held, so no record is appended meanwhile.
    pub fn rotate(&self) -> Result<u64, PersistError> {
        let mut st = self.state.lock();
        let prepared = self.prepared.lock().take();
        while st.leader {
            self.cond.wait(&mut st);
        }
        if let Some(reason) = &st.poisoned {
            return Err(PersistError::Poisoned(reason.clone()));
        }
        self.flush(&mut st, true);
        if let Some(reason) = &st.poisoned {
            return Err(PersistError::Poisoned(reason.clone()));
        }
        let next = st.seg_seq + 1;
        let file = match prepared {
            Some((seq, file)) if seq == next => Ok(file),
            _ => new_segment(&self.storage, &self.dir, next),
        };
        match file {
            Ok(file) => {
                *self.file.lock() = file;
                st.seg_seq = next;
                st.seg_base = st.appended;
                st.since_snapshot = 0;
                self.since_snapshot_bytes.store(0, Ordering::Relaxed);
                Ok(next)
            }
            Err(e) => {
                self.set_poisoned(&mut st, e.to_string());
                Err(e)
            }
        }
    }

    /// Prepares a rotation without any shard lock held, so the pause inside [`Wal::rotate`] is
    /// short: makes the log durable so far (the flush and fsync inside `rotate` then cover only
    /// what arrives meanwhile) and creates the next segment ahead of time (an empty segment is a
    /// valid one if a crash comes first).
    pub fn prepare_rotation(&self) -> Result<(), PersistError> {
        self.sync()?;
        let next = self.state.lock().seg_seq + 1;
        if self
            .prepared
            .lock()
            .as_ref()
            .is_some_and(|(seq, _)| *seq == next)
        {
            return Ok(());
        }
        match new_segment(&self.storage, &self.dir, next) {
            Ok(file) => {
                *self.prepared.lock() = Some((next, file));
                Ok(())
            }
            Err(e) => {
                // A failed write of the log's files poisons it, as everywhere else.
                self.set_poisoned(&mut self.state.lock(), e.to_string());
                Err(e)
            }
        }
    }

    /// The current segment number.
    pub fn segment(&self) -> u64 {
        self.state.lock().seg_seq
    }

    /// Figures for `stats()`.
    pub fn stats(&self) -> WalStats {
        let st = self.state.lock();
        WalStats {
            segment_bytes: WAL_HEADER_LEN as u64 + (st.appended - st.seg_base),
            since_snapshot: st.since_snapshot,
            last_sync: st.last_sync,
            fsyncs: st.fsyncs,
        }
    }

    /// Marks the log failed (used when a snapshot step fails in a way that leaves the
    /// directory uncertain).
    pub fn poison(&self, reason: String) {
        let mut st = self.state.lock();
        self.set_poisoned(&mut st, reason);
        self.cond.notify_all();
    }
}

/// Creates segment `seq` with its header, fsyncs it and the directory.
fn new_segment(
    storage: &StorageRef,
    dir: &Path,
    seq: u64,
) -> Result<Box<dyn AppendFile>, PersistError> {
    let path = dir.join(segment_name(seq));
    let io = |e: std::io::Error| PersistError::Io {
        file: path.clone(),
        error: e.to_string(),
    };
    let mut file = storage.create(&path).map_err(io)?;
    file.append(&segment_header(seq)).map_err(io)?;
    file.sync().map_err(io)?;
    storage.sync_dir(dir).map_err(io)?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persist::argv::begin_command;

    fn segment_with(records: &[(&[&[u8]], u64)]) -> Vec<u8> {
        let mut bytes = segment_header(7);
        for (argv, synced_to) in records {
            let mut cmds = Vec::new();
            let mut w = begin_command(&mut cmds, 0, 1);
            for a in *argv {
                w.arg(a);
            }
            w.finish();
            frame_record(&mut bytes, *synced_to, 1, &cmds);
        }
        bytes
    }

    #[test]
    fn names_round_trip() {
        assert_eq!(parse_segment_name(&segment_name(42)), Some(42));
        assert_eq!(parse_segment_name("wal-42.log"), None);
        assert_eq!(parse_segment_name("snap-00000000000000000042.snap"), None);
    }

    #[test]
    fn records_read_back_and_tails_are_classified() {
        let p = Path::new("wal");
        let bytes = segment_with(&[(&[b"SET", b"a", b"1"], 28), (&[b"DEL", b"a"], 28)]);
        let first_len = segment_with(&[(&[b"SET", b"a", b"1"], 28)]).len();
        let seg = read_segment(p, &bytes).expect("reads");
        assert_eq!(seg.seq, 7);
        assert_eq!(seg.records.len(), 2);
        assert_eq!(seg.tail, Tail::Clean);
        assert_eq!(seg.records[1].commands[0].argv, vec![&b"DEL"[..], b"a"]);

        let mut zeroed = bytes.clone();
        zeroed.extend_from_slice(&[0; 100]);
        let seg = read_segment(p, &zeroed).expect("reads");
        assert_eq!(seg.records.len(), 2);
        assert_eq!(
            seg.tail,
            Tail::Zeroed {
                offset: bytes.len()
            }
        );

        for cut in WAL_HEADER_LEN + 1..bytes.len() {
            let seg = read_segment(p, &bytes[..cut]).expect("a torn tail opens");
            assert!(seg.records.len() < 2, "cut {cut}");
            let boundary = seg.records.len() == 1 && cut == first_len;
            if boundary {
                assert_eq!(seg.tail, Tail::Clean);
            } else {
                assert!(matches!(seg.tail, Tail::Torn { .. }), "cut {cut}");
            }
        }
    }

    #[test]
    fn damage_before_synced_data_is_an_error_naming_the_offset() {
        let p = Path::new("wal");
        let first_end = segment_with(&[(&[b"SET", b"a", b"1"], 28)]).len() as u64;
        let bytes = segment_with(&[
            (&[b"SET", b"a", b"1"], 28),
            (&[b"SET", b"b", b"2"], first_end),
        ]);
        let mut flipped = bytes.clone();
        flipped[WAL_HEADER_LEN + 14] ^= 1;
        match read_segment(p, &flipped) {
            Err(PersistError::Corrupt { offset, .. }) => assert_eq!(offset, WAL_HEADER_LEN as u64),
            other => panic!("expected corruption, got {other:?}"),
        }
        // The same damage when the later record was written before the first was synced: torn.
        let unsynced = segment_with(&[(&[b"SET", b"a", b"1"], 28), (&[b"SET", b"b", b"2"], 28)]);
        let mut flipped = unsynced.clone();
        flipped[WAL_HEADER_LEN + 14] ^= 1;
        let seg = read_segment(p, &flipped).expect("torn");
        assert!(seg.records.is_empty());
        assert!(matches!(seg.tail, Tail::Torn { offset: 28, .. }));
    }

    /// Under `None` a writer flushes the buffer itself past 16 MiB (when the background writer
    /// lags); if that write fails, the writer's own call must fail too, not return Ok.
    #[test]
    fn a_writer_whose_own_flush_fails_gets_the_error() {
        use crate::persist::sim::{FailOp, FailPlan, FailStorage, SimStorage};
        use std::sync::Arc;
        let storage: StorageRef = Arc::new(FailStorage::new(
            Arc::new(SimStorage::new()),
            Some(FailPlan {
                op: FailOp::Append,
                nth: 1, // #0 is the segment header
                persistent: false,
                error: std::io::ErrorKind::StorageFull,
            }),
        ));
        // No background writer runs here: only the writer's own flush can write.
        let wal = Wal::create(
            storage,
            Path::new("/db"),
            1,
            SyncMode::None,
            Duration::from_secs(3600),
        )
        .expect("create");
        let record = vec![0u8; 1 << 20];
        let mut position = 0;
        while wal.state.lock().buf.len() < wal.max_buffer * 4 {
            position = wal.append(&record, 1);
        }
        let err = wal
            .wait(position, false)
            .expect_err("the failed flush is reported");
        assert!(matches!(err, PersistError::Poisoned(_)), "{err:?}");
        assert!(wal.check().is_err(), "the log is poisoned");
    }

    #[test]
    fn headers_are_checked() {
        let p = Path::new("wal");
        assert!(matches!(
            read_segment(p, b"short"),
            Err(PersistError::BadHeader { .. })
        ));
        let mut h = segment_header(1);
        h[0] = b'X';
        assert!(matches!(
            read_segment(p, &h),
            Err(PersistError::BadHeader { .. })
        ));
        let mut future = segment_header(1);
        future[8] = 9;
        let crc = crc32fast::hash(&future[..24]);
        future[24..28].copy_from_slice(&crc.to_le_bytes());
        assert!(matches!(
            read_segment(p, &future),
            Err(PersistError::UnsupportedVersion { found: 9, .. })
        ));
    }
}
