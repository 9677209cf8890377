//! R4: I/O error injection.
//!
//! A ~300-op workload (`common::run_op`, with background snapshots at a small threshold and an
//! explicit one every 100 ops) runs on a `SimStorage` behind a `FailStorage` that fails the
//! N-th operation of one kind, once or persistently, for every N the workload reaches, in every
//! sync mode:
//! EIO and ENOSPC on append, a short append, EIO on fsync, a failed rename, a failed create, a
//! failed directory fsync. `faults_during_open` adds EIO on every read during open, and every
//! other kind during the open's start of a new segment, on disks a kill or a power cut left.
//!
//! Checked for each injection:
//! - nothing panics (background threads included) or hangs;
//! - the operation that hit a log write/fsync failure is not acknowledged, and every later
//!   write, `sync()` and transaction fails with `code() == "POISONED"` (an fsync is never
//!   retried and reported as success); reads still work;
//! - a failed snapshot is an `Err` from `snapshot()` and shows in `stats().last_snapshot_error`;
//!   writes go on, and a later snapshot succeeds unless the fault is persistent;
//! - the trace passes the R3 durability-protocol lint (e.g. no rename after a failed fsync);
//! - the disk a process kill leaves (`SimStorage::kill`), and the one a power cut leaves
//!   (`SimStorage::crash`), reopen with no faults to a prefix of the workload holding every
//!   op the mode promises (every acknowledged op under `Full`).
//!
//! `FERRITE_SOAK=1` adds workload seeds; `FERRITE_R4_STRIDE=n` thins the injection points.

mod common;

use std::collections::HashMap;
use std::io::ErrorKind;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use common::lint::assert_lint;
use common::{check_conserved, dump, is_sync, is_transaction, model_dumps, run_op};
use ferrite::embedded::sim::{FailOp, FailPlan, FailStorage, SimStorage};
use ferrite::embedded::{Database, EmbeddedConfig, Storage, StorageRef, SyncMode};
use ferrite_core::persist::storage::{AppendFile, FileBytes};
use parking_lot::Mutex;

const OPS: u64 = 300;

fn config(storage: StorageRef, mode: SyncMode) -> EmbeddedConfig {
    common::sim_config(storage, mode)
}

// ---------------------------------------------------------------------------------------------
// Panic and hang detection.

static BACKGROUND_PANICS: AtomicU64 = AtomicU64::new(0);
static HEARTBEAT: AtomicU64 = AtomicU64::new(0);
static CURRENT: Mutex<String> = Mutex::new(String::new());

/// Counts panics on the engine's threads (a panic on the test's own thread fails the test
/// anyway), and aborts with the current case if a case makes no progress for a minute.
fn install_guards() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("ferrite-"))
            {
                BACKGROUND_PANICS.fetch_add(1, Ordering::SeqCst);
            }
            default(info);
        }));
        std::thread::spawn(|| {
            let mut last = (u64::MAX, Instant::now());
            loop {
                std::thread::sleep(Duration::from_secs(1));
                let beat = HEARTBEAT.load(Ordering::SeqCst);
                if beat != last.0 {
                    last = (beat, Instant::now());
                } else if last.1.elapsed() > Duration::from_secs(60) {
                    eprintln!("R4: no progress for 60 s; stuck in: {}", CURRENT.lock());
                    std::process::abort();
                }
            }
        });
    });
}

fn beat(case: &str) {
    HEARTBEAT.fetch_add(1, Ordering::SeqCst);
    *CURRENT.lock() = case.to_string();
}

// ---------------------------------------------------------------------------------------------
// A probe between the database and the FailStorage: which operation failed, on which file, on
// which thread, during which step of the workload.

#[derive(Clone, Debug)]
struct Event {
    op: &'static str,
    file: String,
    failed: bool,
    /// On the thread running the workload (not a background flusher/snapshot thread).
    foreground: bool,
    /// The workload step in progress (see `Probe::step`).
    step: u64,
}

#[derive(Debug)]
struct Probe {
    inner: Arc<FailStorage>,
    events: Arc<Mutex<Vec<Event>>>,
    step: Arc<AtomicU64>,
}

struct ProbeFile {
    inner: Box<dyn AppendFile>,
    name: String,
    events: Arc<Mutex<Vec<Event>>>,
    step: Arc<AtomicU64>,
}

fn record(
    events: &Mutex<Vec<Event>>,
    step: &AtomicU64,
    op: &'static str,
    file: &str,
    failed: bool,
) {
    let foreground = !std::thread::current()
        .name()
        .is_some_and(|n| n.starts_with("ferrite-"));
    events.lock().push(Event {
        op,
        file: file.to_string(),
        failed,
        foreground,
        step: step.load(Ordering::SeqCst),
    });
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl AppendFile for ProbeFile {
    fn append(&mut self, data: &[u8]) -> std::io::Result<()> {
        let r = self.inner.append(data);
        record(&self.events, &self.step, "append", &self.name, r.is_err());
        r
    }
    fn sync(&mut self) -> std::io::Result<()> {
        let r = self.inner.sync();
        record(&self.events, &self.step, "fsync", &self.name, r.is_err());
        r
    }
}

impl Probe {
    fn note<T>(&self, op: &'static str, path: &Path, r: std::io::Result<T>) -> std::io::Result<T> {
        record(&self.events, &self.step, op, &name(path), r.is_err());
        r
    }
}

impl Storage for Probe {
    fn create_dir_all(&self, dir: &Path) -> std::io::Result<()> {
        self.inner.create_dir_all(dir)
    }
    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>> {
        self.inner.list(dir)
    }
    fn create(&self, path: &Path) -> std::io::Result<Box<dyn AppendFile>> {
        let file = self.note("create", path, self.inner.create(path))?;
        Ok(Box::new(ProbeFile {
            inner: file,
            name: name(path),
            events: Arc::clone(&self.events),
            step: Arc::clone(&self.step),
        }))
    }
    fn read(&self, path: &Path) -> std::io::Result<FileBytes> {
        self.note("read", path, self.inner.read(path))
    }
    fn truncate(&self, path: &Path, len: u64) -> std::io::Result<()> {
        self.note("truncate", path, self.inner.truncate(path, len))
    }
    fn rename(&self, from: &Path, to: &Path) -> std::io::Result<()> {
        self.note("rename", to, self.inner.rename(from, to))
    }
    fn remove(&self, path: &Path) -> std::io::Result<()> {
        self.note("remove", path, self.inner.remove(path))
    }
    fn sync_dir(&self, dir: &Path) -> std::io::Result<()> {
        self.note("fsync-dir", dir, self.inner.sync_dir(dir))
    }
    fn lock(&self, dir: &Path) -> std::io::Result<Option<Box<dyn Send + Sync>>> {
        self.inner.lock(dir)
    }
}

/// Whether the failed event `at` hit the write-ahead log (its records, or the creation of a
/// segment: create, header, fsync, directory fsync), as opposed to a snapshot.
fn hits_log(events: &[Event], at: usize) -> bool {
    let e = &events[at];
    if e.file.starts_with("wal-") {
        return true;
    }
    if e.op == "fsync-dir" {
        // The previous operation on the same thread says what the directory fsync was for.
        // Appends are skipped: in `None`/`Normal` the background flusher's appends can land
        // between a new segment's header fsync and its directory fsync (both background).
        let prev = events[..at]
            .iter()
            .rev()
            .find(|p| p.foreground == e.foreground && p.op != "append");
        // A new segment's is right after the fsync of its header (a retirement's follows
        // removes, a snapshot's its rename).
        return prev.is_some_and(|p| p.op == "fsync" && p.file.starts_with("wal-"));
    }
    false
}

// ---------------------------------------------------------------------------------------------
// The faults.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    AppendEio,
    AppendEnospc,
    ShortAppend,
    SyncEio,
    Rename,
    Create,
    SyncDir,
}

const FAULTS: [Fault; 7] = [
    Fault::AppendEio,
    Fault::AppendEnospc,
    Fault::ShortAppend,
    Fault::SyncEio,
    Fault::Rename,
    Fault::Create,
    Fault::SyncDir,
];

impl Fault {
    fn plan(self, nth: u64, persistent: bool) -> FailPlan {
        let (op, error) = match self {
            Fault::AppendEio => (FailOp::Append, ErrorKind::Other),
            Fault::AppendEnospc => (FailOp::Append, ErrorKind::StorageFull),
            Fault::ShortAppend => (FailOp::ShortAppend, ErrorKind::Other),
            Fault::SyncEio => (FailOp::Sync, ErrorKind::Other),
            Fault::Rename => (FailOp::Rename, ErrorKind::Other),
            Fault::Create => (FailOp::Create, ErrorKind::Other),
            Fault::SyncDir => (FailOp::SyncDir, ErrorKind::Other),
        };
        FailPlan {
            op,
            nth,
            persistent,
            error,
        }
    }

    /// The probe's name for the operations this fault counts.
    fn counts(self) -> &'static str {
        match self {
            Fault::AppendEio | Fault::AppendEnospc | Fault::ShortAppend => "append",
            Fault::SyncEio => "fsync",
            Fault::Rename => "rename",
            Fault::Create => "create",
            Fault::SyncDir => "fsync-dir",
        }
    }
}

fn never() -> Option<FailPlan> {
    Some(FailPlan {
        op: FailOp::Any,
        nth: u64::MAX,
        persistent: false,
        error: ErrorKind::Other,
    })
}

// ---------------------------------------------------------------------------------------------
// One run.

struct Model {
    longest: HashMap<String, u64>,
}

impl Model {
    fn new(seed: u64) -> Model {
        let mut longest = HashMap::new();
        for (j, d) in model_dumps(seed, 0, OPS).into_iter().enumerate() {
            longest.insert(d, j as u64);
        }
        Model { longest }
    }
}

fn promised(mode: SyncMode, seed: u64, acked: &[bool]) -> u64 {
    let mut must = 0;
    for (i, &ok) in acked.iter().enumerate() {
        let i = i as u64;
        let durable = match mode {
            SyncMode::Full => true,
            SyncMode::Normal => is_sync(seed, i) || is_transaction(seed, i),
            SyncMode::None => is_sync(seed, i),
        };
        if ok && durable {
            must = i + 1;
        }
    }
    must
}

/// Opens `image` with no faults and checks it holds a prefix of at least `must` ops.
fn reopen(image: &SimStorage, mode: SyncMode, model: &Model, must: u64, what: &str) -> u64 {
    let db = Database::open_with_config(config(Arc::new(image.clone()), mode))
        .unwrap_or_else(|e| panic!("{what}: does not reopen without faults: {e}"));
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_conserved(&db))).is_err() {
        panic!("{what}: a transaction survived in part");
    }
    let state = dump(&db);
    let Some(&prefix) = model.longest.get(&state) else {
        panic!("{what}: the state is the state after no prefix of the workload:\n{state}");
    };
    assert!(
        prefix >= must,
        "{what}: acknowledged ops were lost: prefix {prefix}, promised {must}"
    );
    prefix
}

/// Steps: op i is step 2i, the explicit snapshot after op i is step 2i + 1; the final checks
/// are step 2 * OPS; opening is step u64::MAX.
const OPENING: u64 = u64::MAX;

struct Outcome {
    /// Storage operations by kind (from the probe) — for the reference run.
    counts: HashMap<&'static str, u64>,
    injected: bool,
    log_fault: bool,
}

#[allow(clippy::too_many_lines)]
fn run_case(
    mode: SyncMode,
    seed: u64,
    model: &Model,
    plan: Option<FailPlan>,
    what: &str,
) -> Outcome {
    beat(what);
    let sim = SimStorage::new();
    let fail = Arc::new(FailStorage::new(Arc::new(sim.clone()), plan));
    let probe = Arc::new(Probe {
        inner: Arc::clone(&fail),
        events: Arc::new(Mutex::new(Vec::new())),
        step: Arc::new(AtomicU64::new(OPENING)),
    });
    let opened = Database::open_with_config(config(probe.clone(), mode));
    let mut results: Vec<Result<(), String>> = Vec::new();
    let mut acked = Vec::new();
    let mut snapshot_results: Vec<(u64, bool)> = Vec::new();
    if let Ok(db) = &opened {
        for i in 0..OPS {
            probe.step.store(2 * i, Ordering::SeqCst);
            let r = run_op(db, seed, i).map_err(|e| e.code().to_string());
            acked.push(r.is_ok());
            results.push(r);
            if i % 100 == 50 {
                probe.step.store(2 * i + 1, Ordering::SeqCst);
                let r = db.snapshot();
                if r.is_err() {
                    let stats = db.stats();
                    assert!(
                        stats.last_snapshot_error.is_some(),
                        "{what}: snapshot() failed ({r:?}) but stats() reports no snapshot error"
                    );
                }
                snapshot_results.push((2 * i + 1, r.is_ok()));
            }
        }
    }
    probe.step.store(2 * OPS, Ordering::SeqCst);
    // The disks a kill and a power cut leave now, with the handle still open (before the
    // checks below write more).
    let killed = sim.kill();
    let cut = sim.crash(seed ^ plan.map_or(0, |p| p.nth));
    let events = probe.events.lock().clone();
    let first_log_fault = events
        .iter()
        .enumerate()
        .find(|(at, e)| e.failed && hits_log(&events, *at))
        .map(|(_, e)| e.clone());
    let log_fault = first_log_fault.is_some();

    match (&opened, &first_log_fault) {
        (Err(e), _) => {
            // Only a fault at open may fail it.
            assert!(
                events.iter().any(|e| e.failed && e.step == OPENING),
                "{what}: open failed with no fault injected at open: {e}"
            );
        }
        (Ok(db), Some(fault)) => {
            // The step that hit the log failure (when the workload's thread hit it) is not
            // acknowledged, and every later step fails as poisoned. A background thread's
            // failure poisons the log a moment after it happens: from the first step that
            // failed on, every step fails as poisoned.
            let first_after = if fault.foreground {
                assert!(
                    fault.step != OPENING,
                    "{what}: a fault at open did not fail the open"
                );
                if fault.step % 2 == 0 {
                    let i = (fault.step / 2) as usize;
                    assert!(
                        results[i].is_err(),
                        "{what}: op {i} hit a log failure ({fault:?}) but was acknowledged"
                    );
                }
                fault.step + 1
            } else {
                let first = results
                    .iter()
                    .position(Result::is_err)
                    .map_or(2 * OPS, |i| 2 * i as u64);
                assert!(
                    first >= fault.step.saturating_sub(1),
                    "{what}: step {first} failed before the background fault at step {}",
                    fault.step
                );
                first
            };
            for (i, r) in results.iter().enumerate() {
                if 2 * i as u64 >= first_after {
                    assert_eq!(
                        r.as_ref().err().map(String::as_str),
                        Some("POISONED"),
                        "{what}: op {i} after a log failure at step {} ({fault:?}) did not fail as poisoned",
                        fault.step
                    );
                }
            }
            for &(step, ok) in &snapshot_results {
                assert!(
                    !(ok && step >= first_after),
                    "{what}: a snapshot at step {step} succeeded after a log failure"
                );
            }
            let err = db
                .set("after", "the failure")
                .expect_err("a write after a log failure");
            assert_eq!(err.code(), "POISONED", "{what}: {err}");
            let err = db.sync().expect_err("sync() after a log failure");
            assert_eq!(err.code(), "POISONED", "{what}: {err}");
            // Reads still work.
            db.get_str("acct:a")
                .unwrap_or_else(|e| panic!("{what}: a read failed after poisoning: {e}"));
            let _ = dump(db);
        }
        (Ok(db), None) => {
            // No log failure: writes never fail for I/O reasons.
            for (i, r) in results.iter().enumerate() {
                assert!(
                    r.is_ok(),
                    "{what}: op {i} failed ({r:?}) with no log failure"
                );
            }
            // A snapshot now fails only under a persistent fault (or the fault lands in it),
            // and stats() says so.
            let before = fail.failures();
            let persistent = plan.is_some_and(|p| p.persistent) && before > 0;
            let r = db.snapshot();
            // A background flush (None/Normal) can hit the fault after the workload's events
            // were read: then the log is poisoned and the snapshot says so.
            let poisoned_late =
                r.as_ref().is_err_and(|e| e.code() == "POISONED") && fail.failures() > 0;
            let persistent = persistent || fail.failures() > before || poisoned_late;
            let stats = db.stats();
            assert_eq!(
                stats.last_snapshot_error.is_some(),
                r.is_err(),
                "{what}: snapshot() gave {r:?} but stats() reports {:?}",
                stats.last_snapshot_error
            );
            if r.is_err() {
                assert!(
                    persistent,
                    "{what}: a snapshot failed with no persistent fault: {r:?}"
                );
            }
            // Writes go on after a failed snapshot, unless it failed to start the log's next
            // segment (that poisons the log).
            let log_failed = || {
                let events = probe.events.lock().clone();
                events
                    .iter()
                    .enumerate()
                    .any(|(at, e)| e.failed && hits_log(&events, at))
            };
            // A background flush may fail at any moment, so only a failure that happened
            // before the write began must refuse it.
            let poisoned_before = log_failed();
            let written = db
                .set("after", "a failed snapshot")
                .and_then(|()| db.del(&["after"]).map(|_| ()));
            let poisoned_now = log_failed();
            match written {
                Ok(()) => assert!(
                    !poisoned_before,
                    "{what}: a write succeeded after a log failure"
                ),
                Err(e) => {
                    assert!(
                        poisoned_now,
                        "{what}: a write failed after a snapshot failure: {e}"
                    );
                    assert_eq!(e.code(), "POISONED", "{what}: {e}");
                }
            }
        }
    }
    drop(opened);
    // An fsync that failed is never retried on the same file and reported as success (the
    // kernel may have dropped the dirty pages: a second fsync "succeeds" over lost data).
    assert_lint(&sim.trace(), what);
    let events = probe.events.lock().clone();
    for (at, e) in events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.op == "fsync" && e.failed)
    {
        let retried = events[at + 1..]
            .iter()
            .any(|l| l.op == "fsync" && l.file == e.file && !l.failed);
        assert!(
            !retried,
            "{what}: {} was fsynced successfully after its fsync failed",
            e.file
        );
    }
    let must = promised(mode, seed, &acked);
    reopen(&killed, mode, model, must, &format!("{what}, after a kill"));
    reopen(
        &cut,
        mode,
        model,
        must,
        &format!("{what}, after a power cut"),
    );
    assert_eq!(
        BACKGROUND_PANICS.load(Ordering::SeqCst),
        0,
        "{what}: a background thread panicked"
    );
    let mut counts = HashMap::new();
    for e in &events {
        *counts.entry(e.op).or_insert(0) += 1;
    }
    Outcome {
        counts,
        injected: fail.failures() > 0,
        log_fault,
    }
}

fn mode_seed(mode: SyncMode) -> u64 {
    0x10E_0000
        + match mode {
            SyncMode::Full => 1,
            SyncMode::Normal => 2,
            SyncMode::None => 3,
        }
}

fn stride() -> u64 {
    std::env::var("FERRITE_R4_STRIDE")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

fn io_errors(mode: SyncMode) {
    install_guards();
    let started = Instant::now();
    let seeds: Vec<u64> = (0..if common::soak() { 20 } else { 2 })
        .map(|s| mode_seed(mode) + 0x100 * s)
        .collect();
    let mut injections = 0u64;
    let mut poisoned = 0u64;
    let mut cases = 0u64;
    for &seed in &seeds {
        let model = Model::new(seed);
        let reference = run_case(
            mode,
            seed,
            &model,
            never(),
            &format!("{mode:?} seed {seed:#x} reference"),
        );
        eprintln!(
            "R4 {mode:?} seed {seed:#x}: storage ops {:?}",
            reference.counts
        );
        for fault in FAULTS {
            let count = reference.counts.get(fault.counts()).copied().unwrap_or(0);
            let stride = stride();
            let mut fault_cases = 0;
            for persistent in [false, true] {
                // One past the reference count: runs differ a little (background threads).
                for nth in (0..=count).filter(|n| n % stride == 0) {
                    let what = format!(
                        "{mode:?} seed {seed:#x} {fault:?} at #{nth} ({})",
                        if persistent { "persistent" } else { "once" }
                    );
                    let out =
                        run_case(mode, seed, &model, Some(fault.plan(nth, persistent)), &what);
                    cases += 1;
                    fault_cases += 1;
                    injections += u64::from(out.injected);
                    poisoned += u64::from(out.log_fault);
                }
            }
            eprintln!("R4 {mode:?} seed {seed:#x} {fault:?}: {fault_cases} cases ({count} ops, stride {stride})");
        }
    }
    eprintln!(
        "R4 {mode:?}: {cases} cases, {injections} with a fault injected, {poisoned} poisoned the log, {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn io_errors_full() {
    io_errors(SyncMode::Full);
}

#[test]
fn io_errors_normal() {
    io_errors(SyncMode::Normal);
}

#[test]
fn io_errors_none() {
    io_errors(SyncMode::None);
}

/// Faults during open, on disks the workload left (a kill, or a power cut, at several points,
/// so there are snapshots, several segments and torn tails): EIO on every read, and a failed
/// append, short append, ENOSPC, fsync, create or directory fsync while the new segment is
/// started, once and persistently. The open fails (it never skips a file it could not read, and
/// never runs without its log), and a retry with no fault recovers the same state.
#[test]
fn faults_during_open() {
    install_guards();
    let started = Instant::now();
    let kinds = [
        (FailOp::Read, ErrorKind::Other),
        (FailOp::Append, ErrorKind::Other),
        (FailOp::Append, ErrorKind::StorageFull),
        (FailOp::ShortAppend, ErrorKind::Other),
        (FailOp::Sync, ErrorKind::Other),
        (FailOp::Create, ErrorKind::Other),
        (FailOp::SyncDir, ErrorKind::Other),
    ];
    let mut cases = 0;
    let mut reads = 0;
    for mode in [SyncMode::Full, SyncMode::Normal, SyncMode::None] {
        let seed = mode_seed(mode) ^ 0x4EAD;
        let sim = SimStorage::new();
        let db = Database::open_with_config(config(Arc::new(sim.clone()), mode)).expect("open");
        for i in 0..OPS {
            let _ = run_op(&db, seed, i);
            if i % 50 != 49 {
                continue;
            }
            for (how, disk) in [("kill", sim.kill()), ("power cut", sim.crash(seed ^ i))] {
                let expected = {
                    let db = Database::open_with_config(config(Arc::new(disk.kill()), mode))
                        .expect("reopen");
                    dump(&db)
                };
                for (op, error) in kinds {
                    let counter = Arc::new(FailStorage::new(
                        Arc::new(disk.kill()),
                        Some(FailPlan {
                            op,
                            nth: u64::MAX,
                            persistent: false,
                            error,
                        }),
                    ));
                    drop(
                        Database::open_with_config(config(counter.clone(), mode))
                            .expect("counted open"),
                    );
                    let count = counter.seen();
                    assert!(
                        count >= 1,
                        "{mode:?} {how} after op {i}: the open did no {op:?}"
                    );
                    if op == FailOp::Read {
                        reads += count;
                    }
                    for nth in 0..count {
                        for persistent in [false, true] {
                            let what = format!(
                                "{mode:?} {how} after op {i}: {op:?} #{nth} of {count} fails with {error:?} ({})",
                                if persistent { "persistent" } else { "once" }
                            );
                            beat(&what);
                            let copy = disk.kill();
                            let plan = FailPlan {
                                op,
                                nth,
                                persistent,
                                error,
                            };
                            let fail =
                                Arc::new(FailStorage::new(Arc::new(copy.clone()), Some(plan)));
                            match Database::open_with_config(config(fail, mode)) {
                                Ok(_) => panic!("{what}: the open succeeded through the fault"),
                                Err(e) => {
                                    assert!(e.to_string().contains("injected"), "{what}: {e}")
                                }
                            }
                            let db = Database::open_with_config(config(Arc::new(copy), mode))
                                .unwrap_or_else(|e| panic!("{what}: the retry failed: {e}"));
                            assert_eq!(dump(&db), expected, "{what}: the retry lost data");
                            cases += 1;
                        }
                    }
                }
            }
        }
        drop(db);
    }
    assert_eq!(
        BACKGROUND_PANICS.load(Ordering::SeqCst),
        0,
        "a background thread panicked"
    );
    eprintln!(
        "R4 faults during open: {cases} cases ({reads} reads failed once and persistently among them), {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
