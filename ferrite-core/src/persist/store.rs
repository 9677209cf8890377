//! A database directory: the lock, recovery at open (newest snapshot, then the WAL segments
//! after it), the background flusher and snapshot threads, and retirement of old files.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use parking_lot::{Condvar, Mutex};

use super::argv::LoggedCommand;
use super::snapshot::{
    parse_snapshot_name, read_snapshot, snapshot_name, temp_name, SnapshotWriter,
};
use super::storage::{StorageRef, LOCK_FILE};
use super::wal::{
    parse_segment_name, read_segment, segment_header, segment_name, SyncMode, Tail, Wal,
    WAL_HEADER_LEN,
};
use super::PersistError;
use crate::keyspace::{Entry, Keyspace, LogSink};
use crate::Error;

/// How to open a directory.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    /// Where files go.
    pub storage: StorageRef,
    /// The database directory.
    pub dir: PathBuf,
    /// When writes become durable.
    pub sync_mode: SyncMode,
    /// Normal's bound on unsynced time (and None's background write period).
    pub sync_window: Duration,
    /// A snapshot starts once this many WAL bytes follow the last one.
    pub snapshot_threshold: u64,
    /// Keep everything before damage instead of failing (the damaged files are kept aside).
    pub salvage: bool,
    /// Log every write (false: the directory holds only snapshots, taken at `sync()` and close).
    pub log_writes: bool,
}

/// What recovery found and did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecoveryReport {
    /// Entries loaded from the snapshot.
    pub snapshot_entries: u64,
    /// Log records replayed.
    pub records_replayed: u64,
    /// Bytes of torn tail dropped.
    pub torn_bytes: u64,
    /// Expired keys purged after replay.
    pub expired_purged: u64,
    /// With salvage: the damage found (files renamed with a `.damaged` suffix).
    pub salvaged: Vec<String>,
}

#[derive(Default)]
struct SnapState {
    requested: bool,
    running: bool,
    stop: bool,
    /// Snapshots completed successfully.
    finished: u64,
    last_error: Option<String>,
    last_size: u64,
    last_time: Option<SystemTime>,
}

struct Snapshots {
    state: Mutex<SnapState>,
    cond: Condvar,
}

/// The sink installed in the keyspace: appends to the WAL, waits per the sync mode, and asks
/// for a snapshot when the WAL has grown past the threshold.
struct Sink {
    wal: Arc<Wal>,
    snaps: Arc<Snapshots>,
    threshold: u64,
    closed: std::sync::atomic::AtomicBool,
}

impl LogSink for Sink {
    fn append(&self, commands: &[u8], count: u32) -> u64 {
        self.wal.append(commands, count)
    }

    fn wait(&self, position: u64, transaction: bool) -> crate::Result<()> {
        if self.closed.load(Ordering::Acquire) {
            // Appended after close began: not covered by the final flush.
            return Err(Error::Closed);
        }
        self.wal.wait(position, transaction)?;
        if self.wal.since_snapshot() > self.threshold {
            let mut st = self.snaps.state.lock();
            if !st.running && !st.requested {
                st.requested = true;
                self.snaps.cond.notify_all();
            }
        }
        Ok(())
    }

    fn check(&self) -> crate::Result<()> {
        if self.closed.load(Ordering::Acquire) {
            return Err(Error::Closed);
        }
        Ok(self.wal.check()?)
    }
}

/// An open database directory.
pub struct Store {
    opts: StoreOptions,
    wal: Arc<Wal>,
    sink: Arc<Sink>,
    snaps: Arc<Snapshots>,
    threads: Mutex<Vec<JoinHandle<()>>>,
    report: RecoveryReport,
    snapshot_bytes: AtomicU64,
    _lock: Box<dyn Send + Sync>,
}

/// Sizes and times for `stats()`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoreStats {
    /// Bytes of the current WAL segment.
    pub wal_bytes: u64,
    /// Bytes of the newest snapshot.
    pub snapshot_bytes: u64,
    /// When the WAL was last made durable.
    pub last_sync: Option<SystemTime>,
    /// When the last snapshot finished.
    pub last_snapshot: Option<SystemTime>,
    /// Snapshots taken since open.
    pub snapshots: u64,
    /// The last snapshot failure, if the last attempt failed.
    pub last_snapshot_error: Option<String>,
    /// What recovery found at open.
    pub recovery: RecoveryReport,
}

fn io_err(file: &Path) -> impl Fn(std::io::Error) -> PersistError + '_ {
    move |e| PersistError::Io {
        file: file.to_path_buf(),
        error: e.to_string(),
    }
}

/// The files of a database directory, by kind.
#[derive(Default, Debug)]
struct Listing {
    snapshots: Vec<u64>,
    segments: Vec<u64>,
    temps: Vec<String>,
}

fn list(storage: &StorageRef, dir: &Path) -> Result<Listing, PersistError> {
    let mut l = Listing::default();
    for name in storage.list(dir).map_err(io_err(dir))? {
        if let Some(seq) = parse_snapshot_name(&name) {
            l.snapshots.push(seq);
        } else if let Some(seq) = parse_segment_name(&name) {
            l.segments.push(seq);
        } else if name.starts_with("snap-") && name.ends_with(".tmp") {
            l.temps.push(name);
        }
    }
    l.snapshots.sort_unstable();
    l.segments.sort_unstable();
    Ok(l)
}

impl Store {
    /// Opens (creating if needed) the directory, loads it into `ks` (which must be empty), and
    /// starts logging `ks`'s writes. `replay` runs one logged command (at its recorded clock, in
    /// its database); it fails only for a command this build does not know.
    pub fn open(
        ks: &Arc<Keyspace>,
        opts: StoreOptions,
        replay: &mut dyn FnMut(&LoggedCommand<'_>) -> crate::Result<()>,
    ) -> crate::Result<Arc<Store>> {
        let storage = Arc::clone(&opts.storage);
        let dir = opts.dir.clone();
        storage.create_dir_all(&dir).map_err(io_err(&dir))?;
        let lock = storage
            .lock(&dir)
            .map_err(io_err(&dir.join(LOCK_FILE)))?
            .ok_or_else(|| Error::Locked { path: dir.clone() })?;
        let mut report = RecoveryReport::default();
        let listing = list(&storage, &dir)?;
        for temp in &listing.temps {
            // A snapshot that never finished: nothing refers to it.
            let _ = storage.remove(&dir.join(temp));
        }

        // 1. The newest snapshot.
        let mut next_segment = 1;
        let mut snapshot_bytes = 0;
        if let Some(&seq) = listing.snapshots.last() {
            let path = dir.join(snapshot_name(seq));
            let bytes = storage.read(&path).map_err(io_err(&path))?;
            snapshot_bytes = bytes.len() as u64;
            let num_dbs = ks.num_dbs();
            let mut out_of_range = None;
            let info = read_snapshot(&path, &bytes, opts.salvage, |e| {
                let DecodedEntryParts { db, key, entry } = split(e);
                if !ks.restore(db, &key, entry) && out_of_range.is_none() {
                    out_of_range = Some(db);
                }
            })?;
            if let Some(db) = out_of_range {
                return Err(Error::Config(format!(
                    "the database at {} holds logical database {db}, but num_databases is {num_dbs}",
                    dir.display()
                )));
            }
            if info.segment != seq {
                return Err(PersistError::BadHeader {
                    file: path,
                    reason: format!(
                        "names segment {} but the file name says {seq}",
                        info.segment
                    ),
                }
                .into());
            }
            report.snapshot_entries = info.entries;
            if let Some(damage) = info.damaged {
                crate::flog!(
                    log::Level::Warn,
                    "salvage: {damage}; kept {} entries before it",
                    info.entries
                );
                report.salvaged.push(damage.to_string());
                set_aside(&storage, &dir, &snapshot_name(seq));
            }
            next_segment = seq;
        }

        // 2. The WAL segments from the snapshot on, in order and without gaps.
        let segments: Vec<u64> = listing
            .segments
            .iter()
            .copied()
            .filter(|s| *s >= next_segment)
            .collect();
        let mut stopped = false;
        if let Some(&first) = segments.first() {
            // Without a snapshot the log must start at segment 1: old segments are deleted only
            // once a snapshot covering them is durable, so a later first segment means that
            // snapshot is gone (e.g. set aside by a salvage open that did not finish), and
            // replaying the rest onto nothing would give values never written.
            let expected = if listing.snapshots.is_empty() {
                1
            } else {
                next_segment
            };
            if first != expected {
                let err = if listing.snapshots.is_empty() {
                    PersistError::Corrupt {
                        file: dir.join(segment_name(first)),
                        offset: 0,
                        reason: format!(
                            "the log starts at segment {first} but no snapshot covers the segments before it"
                        ),
                    }
                } else {
                    missing(&dir, next_segment)
                };
                if !opts.salvage {
                    return Err(err.into());
                }
                crate::flog!(log::Level::Warn, "salvage: {err}");
                report.salvaged.push(err.to_string());
                stopped = true;
            }
        }
        for (i, &seq) in segments.iter().enumerate() {
            let path = dir.join(segment_name(seq));
            if stopped {
                // After salvage stopped at damage, later segments would not form a prefix.
                set_aside(&storage, &dir, &segment_name(seq));
                continue;
            }
            if i > 0 && seq != segments[i - 1] + 1 {
                let err = missing(&dir, segments[i - 1] + 1);
                if !opts.salvage {
                    return Err(err.into());
                }
                report.salvaged.push(err.to_string());
                stopped = true;
                set_aside(&storage, &dir, &segment_name(seq));
                continue;
            }
            let last = i + 1 == segments.len();
            let bytes = storage.read(&path).map_err(io_err(&path))?;
            if last && bytes.len() < WAL_HEADER_LEN && segment_header(seq).starts_with(&bytes) {
                // A segment whose creation never finished: the write of its header failed, or
                // the process died before it. A segment's header is fsynced before any record
                // is appended to it, so it holds nothing; the new segment below replaces it.
                crate::flog!(log::Level::Warn,
                    "{}: dropped an unfinished segment of {} bytes (its header was never completed)",
                    path.display(),
                    bytes.len()
                );
                next_segment = seq;
                continue;
            }
            let read = |bytes| {
                read_segment(&path, bytes).and_then(|s| {
                    if s.seq != seq {
                        Err(PersistError::BadHeader {
                            file: path.clone(),
                            reason: format!(
                                "header names segment {} but the file name says {seq}",
                                s.seq
                            ),
                        })
                    } else {
                        Ok(s)
                    }
                })
            };
            let (segment, damage) = match read(&bytes) {
                Ok(s) => (s, None),
                Err(e) if opts.salvage && !matches!(e, PersistError::UnsupportedVersion { .. }) => {
                    // Keep the records before the damage: the bytes before it are a clean segment.
                    let intact = match &e {
                        PersistError::Corrupt { offset, .. } => usize::try_from(*offset)
                            .ok()
                            .and_then(|end| bytes.get(..end))
                            .and_then(|b| read(b).ok()),
                        _ => None,
                    };
                    let kept = intact.unwrap_or(super::wal::Segment {
                        seq,
                        records: Vec::new(),
                        tail: Tail::Clean,
                    });
                    (kept, Some(e))
                }
                Err(e) => return Err(e.into()),
            };
            for record in &segment.records {
                for cmd in &record.commands {
                    replay(cmd).map_err(|e| PersistError::Corrupt {
                        file: path.clone(),
                        offset: record.offset as u64,
                        reason: format!("logged command cannot be replayed: {e}"),
                    })?;
                }
                report.records_replayed += 1;
            }
            if let Some(e) = damage {
                crate::flog!(
                    log::Level::Warn,
                    "salvage: {e}; kept {} records before it",
                    segment.records.len()
                );
                report.salvaged.push(e.to_string());
                stopped = true;
                drop(segment);
                drop(bytes);
                set_aside(&storage, &dir, &segment_name(seq));
                continue;
            }
            match segment.tail {
                Tail::Zeroed { offset } if i + 1 < segments.len() => {
                    // Zeros where a fully synced segment (one that later segments follow) had
                    // records: synced data was lost. Unless only record-less segments follow.
                    let mut rest_empty = true;
                    for later in &segments[i + 1..] {
                        let later = dir.join(segment_name(*later));
                        let len = storage.read(&later).map_err(io_err(&later))?.len();
                        rest_empty &= len <= WAL_HEADER_LEN;
                    }
                    if !rest_empty {
                        let err = PersistError::Corrupt {
                            file: path.clone(),
                            offset: offset as u64,
                            reason: "zeroed bytes in a WAL segment that later segments follow"
                                .into(),
                        };
                        if !opts.salvage {
                            return Err(err.into());
                        }
                        report.salvaged.push(err.to_string());
                        stopped = true;
                    }
                    drop(bytes);
                    storage
                        .truncate(&path, offset as u64)
                        .map_err(io_err(&path))?;
                }
                Tail::Zeroed { offset } => {
                    // A zero-filled tail (space a crash left allocated but unwritten) is the end
                    // of the log; cut it off, so it never sits before a later segment's records.
                    drop(bytes);
                    storage
                        .truncate(&path, offset as u64)
                        .map_err(io_err(&path))?;
                }
                Tail::Clean => {
                    // The session that wrote this segment may have died with records written
                    // but not fsynced (`None`, or a kill between a write and its fsync): the OS
                    // still holds them, so they were just replayed, and this session's writes
                    // will build on them. Make them durable first, or a later power cut could
                    // lose them under acknowledged writes (a torn record in a segment that later
                    // segments follow). Truncating to the current length is the storage's "make
                    // durable" for a closed file.
                    let len = bytes.len() as u64;
                    drop(bytes);
                    storage.truncate(&path, len).map_err(io_err(&path))?;
                }
                Tail::Torn { offset, dropped } => {
                    // Whether only segments holding no record follow (a segment created ahead
                    // of a rotation that never came holds only its header).
                    let mut rest_empty = true;
                    for later in &segments[i + 1..] {
                        let later = dir.join(segment_name(*later));
                        let len = storage.read(&later).map_err(io_err(&later))?.len();
                        rest_empty &= len <= WAL_HEADER_LEN;
                    }
                    if !rest_empty && !opts.salvage {
                        return Err(PersistError::Corrupt {
                            file: path,
                            offset: offset as u64,
                            reason: "damaged record in a WAL segment that later segments follow"
                                .into(),
                        }
                        .into());
                    }
                    crate::flog!(log::Level::Warn,
                        "{}: dropped a torn tail of {dropped} bytes at offset {offset} (a write cut short by a crash)",
                        path.display()
                    );
                    report.torn_bytes += dropped as u64;
                    drop(bytes);
                    storage
                        .truncate(&path, offset as u64)
                        .map_err(io_err(&path))?;
                    if !rest_empty {
                        stopped = true;
                    }
                }
            }
            next_segment = seq + 1;
        }
        // Leftovers of a retirement a crash interrupted.
        let newest_snapshot = listing.snapshots.last().copied().unwrap_or(0);
        for &seq in listing.segments.iter().filter(|s| **s < newest_snapshot) {
            let _ = storage.remove(&dir.join(segment_name(seq)));
        }
        for &seq in listing.snapshots.iter().filter(|s| **s < newest_snapshot) {
            let _ = storage.remove(&dir.join(snapshot_name(seq)));
        }
        // Replay ran each command at its recorded time; from here on the clock is the real one.
        ks.set_fixed_time(None);
        report.expired_purged = ks.purge_expired(ks.now_ms()) as u64;

        // 3. A fresh segment for this session's writes.
        let wal = Arc::new(Wal::create(
            Arc::clone(&storage),
            &dir,
            next_segment.max(newest_snapshot),
            opts.sync_mode,
            opts.sync_window,
        )?);
        let snaps = Arc::new(Snapshots {
            state: Mutex::new(SnapState::default()),
            cond: Condvar::new(),
        });
        let sink = Arc::new(Sink {
            wal: Arc::clone(&wal),
            snaps: Arc::clone(&snaps),
            threshold: opts.snapshot_threshold,
            closed: std::sync::atomic::AtomicBool::new(false),
        });
        let store = Arc::new(Store {
            opts,
            wal,
            sink: Arc::clone(&sink),
            snaps,
            threads: Mutex::new(Vec::new()),
            report,
            snapshot_bytes: AtomicU64::new(snapshot_bytes),
            _lock: lock,
        });
        if store.opts.log_writes {
            ks.set_log_sink(sink);
        }
        store.start_threads(Arc::downgrade(ks));
        if !store.report.salvaged.is_empty() {
            // Consolidate what was kept into a fresh snapshot, so the damaged files are no
            // longer needed (they stay aside, renamed, for the user to inspect).
            if let Err(e) = store.snapshot_now(ks) {
                store.shutdown();
                return Err(e);
            }
        }
        Ok(store)
    }

    fn start_threads(self: &Arc<Self>, ks: Weak<Keyspace>) {
        let mut threads = self.threads.lock();
        if self.wal.mode() != SyncMode::Full {
            let wal = Arc::clone(&self.wal);
            if let Ok(handle) = std::thread::Builder::new()
                .name("ferrite-flush".into())
                .spawn(move || while wal.background_tick() {})
            {
                threads.push(handle);
            }
        }
        let me = Arc::downgrade(self);
        if let Ok(handle) = std::thread::Builder::new()
            .name("ferrite-snapshot".into())
            .spawn(move || snapshot_loop(me, ks))
        {
            threads.push(handle);
        }
    }

    /// Takes a snapshot now, on the calling thread (waits for a running one first).
    pub fn snapshot_now(&self, ks: &Keyspace) -> crate::Result<()> {
        {
            let mut st = self.snaps.state.lock();
            while st.running {
                self.snaps.cond.wait(&mut st);
            }
            st.running = true;
            st.requested = false;
        }
        let result = self.take_snapshot(ks);
        self.finish_snapshot(&result);
        result.map_err(Error::from)
    }

    fn finish_snapshot(&self, result: &Result<(), PersistError>) {
        let mut st = self.snaps.state.lock();
        st.running = false;
        match result {
            Ok(()) => {
                st.finished += 1;
                st.last_error = None;
                st.last_time = Some(SystemTime::now());
                st.last_size = self.snapshot_bytes.load(Ordering::Relaxed);
            }
            Err(e) => {
                crate::flog!(log::Level::Error, "snapshot failed: {e}");
                st.last_error = Some(e.to_string());
            }
        }
        self.snaps.cond.notify_all();
    }

    /// Snapshot protocol: rotate the WAL at a boundary (all shard locks held), capture, write
    /// `snap-N.tmp`, fsync, rename, fsync the directory, then retire older files.
    fn take_snapshot(&self, ks: &Keyspace) -> Result<(), PersistError> {
        let storage = &self.opts.storage;
        let dir = &self.opts.dir;
        // The slow part (fsync of the log so far, creating the next segment) happens before the
        // pause; with every shard lock held only the short remainder is flushed.
        self.wal.prepare_rotation()?;
        let (seq, capture) = ks.start_capture(|| self.wal.rotate())?;
        let tmp = dir.join(temp_name(seq));
        let written = (|| {
            let file = storage.create(&tmp).map_err(io_err(&tmp))?;
            let mut writer =
                SnapshotWriter::new(file, &tmp, seq, ks.num_dbs() as u32, ks.now_ms())?;
            ks.capture_rest(&capture, |payload, n| writer.block(payload, n))?;
            writer.finish()
        })();
        let size = match written {
            Ok(size) => size,
            Err(e) => {
                ks.end_capture();
                let _ = storage.remove(&tmp);
                return Err(e);
            }
        };
        let path = dir.join(snapshot_name(seq));
        storage.rename(&tmp, &path).map_err(io_err(&path))?;
        storage.sync_dir(dir).map_err(io_err(dir))?;
        self.snapshot_bytes.store(size, Ordering::Relaxed);
        // The new snapshot is durable: older snapshots and segments are no longer needed.
        let listing = list(storage, dir)?;
        let mut removed = false;
        for &old in listing.segments.iter().filter(|s| **s < seq) {
            removed |= storage.remove(&dir.join(segment_name(old))).is_ok();
        }
        for &old in listing.snapshots.iter().filter(|s| **s < seq) {
            removed |= storage.remove(&dir.join(snapshot_name(old))).is_ok();
        }
        if removed {
            storage.sync_dir(dir).map_err(io_err(dir))?;
        }
        Ok(())
    }

    /// Makes every write so far durable (without a log: by taking a snapshot).
    pub fn sync(&self, ks: &Keyspace) -> crate::Result<()> {
        if !self.opts.log_writes {
            return self.snapshot_now(ks);
        }
        Ok(self.wal.sync()?)
    }

    /// The log sink (for a transaction's commit).
    pub fn sink(&self) -> Option<&dyn LogSink> {
        if self.opts.log_writes {
            Some(&*self.sink)
        } else {
            None
        }
    }

    /// Closes: a final snapshot (so the next open reads one file), fsync, threads stopped. Later
    /// writes through any handle fail with `Error::Closed`.
    pub fn close(&self, ks: &Keyspace) -> crate::Result<()> {
        let snapshot = self.snapshot_now(ks);
        let synced = self.wal.sync();
        self.sink.closed.store(true, Ordering::Release);
        self.shutdown();
        snapshot?;
        Ok(synced?)
    }

    /// Best effort on drop without close: make what was written durable (without a log: take a
    /// snapshot), then stop the threads.
    pub fn drop_flush(&self, ks: &Keyspace) {
        if !self.opts.log_writes && !self.sink.closed.load(Ordering::Acquire) {
            if let Err(e) = self.snapshot_now(ks) {
                crate::flog!(log::Level::Error, "snapshot at drop failed: {e}");
            }
        }
        self.shutdown();
    }

    /// Flushes and fsyncs what was written, and stops the threads.
    pub fn shutdown(&self) {
        // Closed first: a write whose wait sees the database open was appended before this
        // point, so the sync below covers it; any later write fails with `Error::Closed`.
        self.sink.closed.store(true, Ordering::Release);
        if let Err(e) = self.wal.sync() {
            crate::flog!(log::Level::Error, "flush at drop failed: {e}");
        }
        self.wal.stop();
        {
            let mut st = self.snaps.state.lock();
            st.stop = true;
            self.snaps.cond.notify_all();
        }
        let threads = std::mem::take(&mut *self.threads.lock());
        for t in threads {
            if t.thread().id() != std::thread::current().id() {
                let _ = t.join();
            }
        }
    }

    /// Sizes, times and the recovery report.
    pub fn stats(&self) -> StoreStats {
        let wal = self.wal.stats();
        let st = self.snaps.state.lock();
        StoreStats {
            wal_bytes: wal.segment_bytes,
            snapshot_bytes: self.snapshot_bytes.load(Ordering::Relaxed),
            last_sync: wal.last_sync,
            last_snapshot: st.last_time,
            snapshots: st.finished,
            last_snapshot_error: st.last_error.clone(),
            recovery: self.report.clone(),
        }
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.opts.dir
    }

    /// Waits until no snapshot is running or requested (for tests and `close`).
    pub fn wait_for_snapshots(&self) {
        let mut st = self.snaps.state.lock();
        while st.running || st.requested {
            self.snaps.cond.wait_for(&mut st, Duration::from_millis(50));
            if st.stop {
                break;
            }
        }
    }
}

fn snapshot_loop(store: Weak<Store>, ks: Weak<Keyspace>) {
    let Some(snaps) = store.upgrade().map(|s| Arc::clone(&s.snaps)) else {
        return;
    };
    loop {
        {
            let mut st = snaps.state.lock();
            while !st.requested && !st.stop {
                snaps.cond.wait(&mut st);
            }
            if st.stop {
                return;
            }
            st.requested = false;
            if st.running {
                // `snapshot_now` is taking one.
                continue;
            }
            st.running = true;
        }
        let (Some(me), Some(keyspace)) = (store.upgrade(), ks.upgrade()) else {
            return;
        };
        let result = me.take_snapshot(&keyspace);
        drop(keyspace);
        me.finish_snapshot(&result);
    }
}

fn missing(dir: &Path, seq: u64) -> PersistError {
    PersistError::Corrupt {
        file: dir.join(segment_name(seq)),
        offset: 0,
        reason: "WAL segment missing (files were removed or renamed)".into(),
    }
}

/// Renames a damaged file to `<name>.damaged` (kept for inspection, ignored by later opens).
fn set_aside(storage: &StorageRef, dir: &Path, name: &str) {
    let from = dir.join(name);
    let to = dir.join(format!("{name}.damaged"));
    if let Err(e) = storage.rename(&from, &to) {
        crate::flog!(
            log::Level::Warn,
            "could not set aside {}: {e}",
            from.display()
        );
    }
}

struct DecodedEntryParts {
    db: usize,
    key: Vec<u8>,
    entry: Entry,
}

fn split(e: super::codec::DecodedEntry) -> DecodedEntryParts {
    DecodedEntryParts {
        db: e.db,
        key: e.key,
        entry: Entry {
            value: e.value,
            expires_at: e.expires_at,
        },
    }
}
