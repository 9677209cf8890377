//! R2: simulated power loss at every storage operation, and R3: the durability-protocol lint.
//!
//! For each sync mode a ~300-op workload (`common::run_op`: every type, TTLs, transactions over
//! two logical databases, `sync()`) runs on a `SimStorage` behind a `FailStorage` that fails
//! every storage operation from the k-th on (the machine dies there), with a small snapshot
//! threshold so several snapshot/rotate/retire cycles happen. The disk a power cut leaves at
//! that point (`SimStorage::crash`, 4 variants of which unsynced writes are kept, dropped, torn
//! or garbled) is then opened by a fresh `Database`, and RELIABILITY.md §2 is checked:
//! - it opens;
//! - its state is the workload's state after some prefix of the ops (the longest matching one
//!   is taken, several prefixes can share a state), with no partial transaction;
//! - the prefix holds every op the mode promises: `Full`, every acknowledged op; `Normal` (a
//!   sync window longer than the test, so only `sync()` and transaction commits are durability
//!   points), every op up to the last acknowledged `sync()`/transaction; `None`, every op up to
//!   the last acknowledged `sync()`;
//! - recovery is idempotent: the recovered disk, cut again right after the open, or with the
//!   power cut *during* the open at a random storage operation, reopens to the same state.
//!
//! Every run's trace also passes the R3 lint (`common::lint`).
//!
//! `power_loss_after_kill_*` cut the power in the session *after* a process kill: the killed
//! session's unsynced log is replayed, and what the next session acknowledges promises it too.
//!
//! Crash points: every storage operation of the run, 3 workload seeds per mode (20 with
//! `FERRITE_SOAK=1`). `FERRITE_R2_STRIDE=n` thins them to every n-th, keeping every operation
//! of the first snapshot cycle. Besides the background snapshots (4 KiB threshold) the workload
//! takes one explicitly every 100 ops, so every run has some at the same points.

mod common;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::lint::{assert_lint, counted_ops};
use common::{check_conserved, dump, is_sync, is_transaction, model_dumps, run_op, Rng};
use ferrite::embedded::sim::{FailOp, FailPlan, FailStorage, SimStorage};
use ferrite::embedded::{Database, EmbeddedConfig, Storage, StorageRef, SyncMode};

/// Workload length.
const OPS: u64 = 300;
/// Power-cut variants per crash point.
const VARIANTS: u64 = 4;

fn config(storage: StorageRef, mode: SyncMode) -> EmbeddedConfig {
    common::sim_config(storage, mode)
}

/// A plan that never fires but counts every storage operation.
fn counting() -> Option<FailPlan> {
    Some(FailPlan {
        op: FailOp::Any,
        nth: u64::MAX,
        persistent: false,
        error: std::io::ErrorKind::Other,
    })
}

/// The machine dies at storage operation `k`: it and every later one fail.
fn die_at(k: u64) -> Option<FailPlan> {
    Some(FailPlan {
        op: FailOp::Any,
        nth: k,
        persistent: true,
        error: std::io::ErrorKind::Other,
    })
}

/// The model: each state of the workload, mapped to the longest prefix that leaves it.
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

/// What one run of the workload left.
struct Run {
    sim: SimStorage,
    /// Whether op i returned Ok (ops before the run's first op: as given).
    acked: Vec<bool>,
    /// Storage operations counted when the power was cut.
    storage_ops: u64,
    /// The disk after the power cut, one per variant.
    images: Vec<SimStorage>,
}

/// Runs ops `from..OPS` of the workload on `disk` (a fresh one if `None`) behind a
/// `FailStorage` with `plan`, then cuts the power once per variant seed. `acked` holds the
/// acknowledgements of the ops before `from` (from an earlier session).
fn run_on(
    disk: Option<SimStorage>,
    mode: SyncMode,
    seed: u64,
    from: u64,
    mut acked: Vec<bool>,
    plan: Option<FailPlan>,
    variants: &[u64],
) -> Run {
    let sim = disk.unwrap_or_default();
    let fail = Arc::new(FailStorage::new(Arc::new(sim.clone()), plan));
    let db = Database::open_with_config(config(fail.clone(), mode));
    acked.truncate(from as usize);
    acked.resize(from as usize, false);
    if let Ok(db) = &db {
        for i in from..OPS {
            acked.push(run_op(db, seed, i).is_ok());
            if i % 100 == 50 {
                // Background snapshots start at the threshold but may lag a fast workload;
                // these make sure every run has some, at the same points.
                let _ = db.snapshot();
            }
        }
    }
    // Cut the power with the handle still open (dropping it would flush).
    let images = variants.iter().map(|&v| sim.crash(v)).collect();
    let storage_ops = fail.seen();
    drop(db);
    Run {
        sim,
        acked,
        storage_ops,
        images,
    }
}

fn run(mode: SyncMode, seed: u64, plan: Option<FailPlan>, variants: &[u64]) -> Run {
    run_on(None, mode, seed, 0, Vec::new(), plan, variants)
}

/// The shortest prefix the mode promises survives, given which ops were acknowledged.
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

/// Opens `image` and checks §2; returns the prefix found, the state, and the storage
/// operations the open took.
fn recover(
    image: &SimStorage,
    mode: SyncMode,
    model: &Model,
    must: u64,
    what: &str,
) -> (u64, String, u64) {
    let counter = Arc::new(FailStorage::new(Arc::new(image.clone()), counting()));
    let db = Database::open_with_config(config(counter.clone(), mode))
        .unwrap_or_else(|e| panic!("{what}: the crashed image does not open: {e}"));
    let open_ops = counter.seen();
    let state = check_state(&db, model, must, what);
    (state.0, state.1, open_ops)
}

fn check_state(db: &Database, model: &Model, must: u64, what: &str) -> (u64, String) {
    if catch_unwind(AssertUnwindSafe(|| check_conserved(db))).is_err() {
        panic!("{what}: a transaction survived in part");
    }
    let state = dump(db);
    let Some(&prefix) = model.longest.get(&state) else {
        panic!(
            "{what}: the recovered state is the state after no prefix of the workload:\n{state}"
        );
    };
    assert!(
        prefix >= must,
        "{what}: acknowledged ops were lost: the state is prefix {prefix}, the mode promises {must}"
    );
    (prefix, state)
}

/// The crash points: every storage op of the first snapshot cycle of the reference trace (with
/// a margin), and every `stride`-th op elsewhere.
fn crash_points(trace: &[String], total: u64, stride: u64) -> (Vec<u64>, (u64, u64)) {
    let counted = counted_ops(trace);
    let index_of = |line_at: usize| {
        counted
            .iter()
            .position(|&t| t >= line_at)
            .unwrap_or(counted.len()) as u64
    };
    // The cycle: from the flush that ends segment 1 to the directory fsync after the first
    // retirement (or the next rotation).
    let rotate = trace
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("create wal-"))
        .nth(1)
        .map_or(0, |(at, _)| at);
    let renamed = trace[rotate..]
        .iter()
        .position(|l| l.starts_with("rename "))
        .map_or(trace.len(), |p| rotate + p);
    let end = trace[renamed..]
        .iter()
        .position(|l| l.starts_with("create wal-"))
        .map_or(trace.len(), |p| renamed + p);
    let margin = 8;
    let from = index_of(rotate).saturating_sub(margin);
    let to = (index_of(end) + margin).min(total + 1);
    let mut points: Vec<u64> = (0..=total)
        .filter(|k| k % stride == 0 || (from..to).contains(k))
        .collect();
    points.dedup();
    (points, (from, to))
}

fn mode_seed(mode: SyncMode) -> u64 {
    0x5EED_0000
        + match mode {
            SyncMode::Full => 1,
            SyncMode::Normal => 2,
            SyncMode::None => 3,
        }
}

/// Counts of what a test checked.
#[derive(Default)]
struct Tally {
    runs: u64,
    recoveries: u64,
    second_cuts: u64,
}

/// Recovers every power-cut image of `r` and checks §2; for the first image also checks that
/// recovery is idempotent under a second cut right after it and during it.
fn check_run(
    r: &Run,
    mode: SyncMode,
    seed: u64,
    model: &Model,
    rng: &mut Rng,
    what: &str,
    tally: &mut Tally,
) {
    tally.runs += 1;
    let must = promised(mode, seed, &r.acked);
    for (v, image) in r.images.iter().enumerate() {
        let what = format!("{what} variant {v}");
        let pristine = image.kill();
        let (prefix, state, open_ops) = recover(image, mode, model, must, &what);
        tally.recoveries += 1;
        if v != 0 {
            continue;
        }
        // Recovery idempotence: cut the power right after the open...
        let again = image.crash(rng.next());
        let (p2, s2, _) = recover(
            &again,
            mode,
            model,
            must,
            &format!("{what}, cut again after recovery"),
        );
        assert_eq!(
            (p2, &s2),
            (prefix, &state),
            "{what}: a second power cut after recovery changed the state"
        );
        // ... and during it, at a random storage operation of the open.
        let m = rng.below(open_ops + 1);
        let fail = Arc::new(FailStorage::new(Arc::new(pristine.clone()), die_at(m)));
        let during = Database::open_with_config(config(fail, mode));
        let cut = pristine.crash(rng.next());
        drop(during);
        let (p3, s3, _) = recover(
            &cut,
            mode,
            model,
            must,
            &format!("{what}, cut during recovery at op {m}"),
        );
        assert_eq!(
            (p3, &s3),
            (prefix, &state),
            "{what}: a power cut during recovery (op {m}) changed the state"
        );
        tally.second_cuts += 2;
        tally.recoveries += 2;
    }
}

fn seeds(mode: SyncMode) -> Vec<u64> {
    let n = if common::soak() { 20 } else { 3 };
    (0..n).map(|s| mode_seed(mode) + 0x100 * s).collect()
}

fn stride() -> u64 {
    std::env::var("FERRITE_R2_STRIDE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1)
        .max(1)
}

fn variant_seeds(seed: u64, k: u64) -> Vec<u64> {
    (0..VARIANTS).map(|v| seed ^ (k << 8) ^ (v << 40)).collect()
}

fn power_loss(mode: SyncMode) {
    let started = Instant::now();
    let seeds = seeds(mode);
    let stride = stride();
    let mut tally = Tally::default();
    for &seed in &seeds {
        let model = Model::new(seed);
        let reference = run(mode, seed, counting(), &[]);
        let trace = reference.sim.trace();
        assert_lint(&trace, &format!("{mode:?} seed {seed:#x} reference run"));
        let snapshots = trace.iter().filter(|l| l.starts_with("rename ")).count();
        assert!(
            snapshots >= 2,
            "{mode:?}: the workload took only {snapshots} snapshots"
        );
        let total = reference.storage_ops;
        let (points, cycle) = crash_points(&trace, total, stride);
        eprintln!(
            "R2 {mode:?} seed {seed:#x}: {total} storage ops, {snapshots} snapshots, {} crash points (every op of {cycle:?}, stride {stride} elsewhere)",
            points.len()
        );
        let mut rng = Rng(seed);
        for &k in &points {
            let r = run(mode, seed, die_at(k), &variant_seeds(seed, k));
            assert_lint(
                &r.sim.trace(),
                &format!("{mode:?} seed {seed:#x} crash at op {k}"),
            );
            let what = format!("{mode:?} seed {seed:#x} power cut at storage op {k}");
            check_run(&r, mode, seed, &model, &mut rng, &what, &mut tally);
        }
    }
    eprintln!(
        "R2 {mode:?}: {} crashed runs, {} recoveries ({} after a second cut), seeds {seeds:x?}, {:.1} s",
        tally.runs,
        tally.recoveries,
        tally.second_cuts,
        started.elapsed().as_secs_f64()
    );
}

/// A power cut in the session after a process kill: the first session runs half the workload
/// and is killed (what it wrote survives, synced or not: the OS still holds it); the second
/// recovers, resumes the workload where the recovered state left it, and loses power at every
/// storage op. What the second session acknowledges promises everything before it, including
/// the first session's ops it recovered.
fn power_loss_after_kill(mode: SyncMode) {
    let started = Instant::now();
    let seeds = seeds(mode);
    let stride = stride();
    let mut tally = Tally::default();
    for &seed in &seeds {
        let seed = seed ^ 0xA11;
        let model = Model::new(seed);
        // Session 1.
        let sim = SimStorage::new();
        let db = Database::open_with_config(config(Arc::new(sim.clone()), mode)).expect("open");
        let acked: Vec<bool> = (0..OPS / 2).map(|i| run_op(&db, seed, i).is_ok()).collect();
        if mode == SyncMode::None {
            // Let the background writer hand the log to the "OS" (written, not fsynced).
            std::thread::sleep(Duration::from_millis(30));
        }
        let killed = sim.kill();
        drop(db);
        let must1 = promised(mode, seed, &acked);
        let (resume, _, _) = recover(
            &killed.kill(),
            mode,
            &model,
            must1,
            &format!("{mode:?} seed {seed:#x} after the kill"),
        );
        let unsynced = Storage::list(&killed, Path::new("/db"))
            .unwrap_or_default()
            .iter()
            .filter(|n| n.starts_with("wal-"))
            .filter(|n| {
                let p = Path::new("/db").join(n);
                killed.contents(&p) != killed.crash(0).contents(&p)
            })
            .count();
        // Session 2, counted.
        let reference = run_on(
            Some(killed.kill()),
            mode,
            seed,
            resume,
            acked.clone(),
            counting(),
            &[],
        );
        let total = reference.storage_ops;
        eprintln!(
            "R2 {mode:?} seed {seed:#x} after a kill: session 1 acked {} of {} ops, {unsynced} segments with unsynced bytes at the kill; session 2 resumes at op {resume}, {total} storage ops",
            acked.iter().filter(|a| **a).count(),
            OPS / 2
        );
        let mut rng = Rng(seed);
        for k in (0..=total).filter(|k| k % stride == 0) {
            let r = run_on(
                Some(killed.kill()),
                mode,
                seed,
                resume,
                acked.clone(),
                die_at(k),
                &variant_seeds(seed, k),
            );
            let what = format!(
                "{mode:?} seed {seed:#x} session 2 (after a kill), power cut at storage op {k}"
            );
            check_run(&r, mode, seed, &model, &mut rng, &what, &mut tally);
        }
    }
    eprintln!(
        "R2 {mode:?} after a kill: {} crashed runs, {} recoveries ({} after a second cut), {:.1} s",
        tally.runs,
        tally.recoveries,
        tally.second_cuts,
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn power_loss_after_kill_full() {
    power_loss_after_kill(SyncMode::Full);
}

#[test]
fn power_loss_after_kill_normal() {
    power_loss_after_kill(SyncMode::Normal);
}

#[test]
fn power_loss_after_kill_none() {
    power_loss_after_kill(SyncMode::None);
}

#[test]
fn power_loss_full() {
    power_loss(SyncMode::Full);
}

#[test]
fn power_loss_normal() {
    power_loss(SyncMode::Normal);
}

#[test]
fn power_loss_none() {
    power_loss(SyncMode::None);
}

/// R3 on uncrashed runs with several snapshots, in every mode, plus the lint's own sanity: it
/// does flag a trace that breaks each rule.
#[test]
fn durability_protocol_lint() {
    for mode in [SyncMode::Full, SyncMode::Normal, SyncMode::None] {
        let r = run(mode, mode_seed(mode) ^ 0x77, counting(), &[]);
        let trace = r.sim.trace();
        let renames = trace.iter().filter(|l| l.starts_with("rename ")).count();
        let removes = trace
            .iter()
            .filter(|l| l.starts_with("remove wal-"))
            .count();
        assert!(
            renames >= 2 && removes >= 1,
            "{mode:?}: {renames} snapshots, {removes} retired segments"
        );
        assert_lint(&trace, &format!("{mode:?} uncrashed run"));
        eprintln!(
            "R3 {mode:?}: {} trace ops, {renames} snapshots, {removes} segments retired: clean",
            trace.len()
        );
    }
    let t = |lines: &[&str]| lines.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let good = t(&[
        "create wal-00000000000000000001.log",
        "append wal-00000000000000000001.log 28",
        "fsync wal-00000000000000000001.log",
        "fsync-dir",
        "append wal-00000000000000000001.log 40",
        "fsync wal-00000000000000000001.log",
        "create wal-00000000000000000002.log",
        "append wal-00000000000000000002.log 28",
        "fsync wal-00000000000000000002.log",
        "fsync-dir",
        "append wal-00000000000000000002.log 40",
        "fsync wal-00000000000000000002.log",
        "create snap-00000000000000000002.tmp",
        "append snap-00000000000000000002.tmp 40",
        "fsync snap-00000000000000000002.tmp",
        "rename snap-00000000000000000002.tmp snap-00000000000000000002.snap",
        "fsync-dir",
        "remove wal-00000000000000000001.log",
        "fsync-dir",
    ]);
    assert!(
        common::lint::lint(&good).is_empty(),
        "{:?}",
        common::lint::lint(&good)
    );
    let broken = |drop_line: usize| {
        let mut b = good.clone();
        b.remove(drop_line);
        common::lint::lint(&b)
    };
    assert!(!broken(14).is_empty(), "tmp not fsynced before rename");
    assert!(
        !broken(16).is_empty(),
        "directory not fsynced between rename and retirement"
    );
    assert!(
        !broken(2).is_empty(),
        "segment header not fsynced before records"
    );
    assert!(
        !broken(3).is_empty(),
        "directory not fsynced before records"
    );
    assert!(
        !broken(5).is_empty(),
        "old segment not fsynced before records go to the next"
    );
}
