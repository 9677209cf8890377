//! R1: the kill -9 crash loop, with real processes.
//!
//! The test binary re-executes itself as a child that opens a database directory and runs the
//! mixed workload of `common::run_op`, printing `ACK i` after op `i` returns. The parent
//! SIGKILLs it at a random moment (some during `open`, i.e. during recovery), reopens the
//! directory, and checks the promise of the sync mode:
//! - the state equals the workload after some prefix of its ops (no partial transaction, no
//!   value never written, no expired key back);
//! - `Full`: every acknowledged op is in that prefix;
//! - `Normal`: every op acknowledged before the last acknowledged `sync()`/transaction, and
//!   every op acknowledged more than the sync window (plus slack) before the kill, is in it;
//! - `None`: the database opens and holds a prefix.
//!
//! A multi-writer variant runs 8 threads under `Full` and checks every ack survives.
//!
//! Kills per mode: 30 by default (CI), `FERRITE_SOAK=1` for 2,000, or `FERRITE_KILLS=n`.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{check_conserved, dump, is_sync, is_transaction, model_dumps, run_op, Rng};
use ferrite::embedded::{Database, EmbeddedConfig, SyncMode};

const CHILD_ENV: &str = "FERRITE_KILL_CHILD";
const WINDOW: Duration = Duration::from_millis(200);
/// Kills in a row on one directory before starting over.
const EPOCH: usize = 10;
/// Scheduling slack on a loaded 2-core machine, on top of the window.
const SLACK: Duration = Duration::from_millis(300);

fn config(dir: &Path, mode: SyncMode) -> EmbeddedConfig {
    EmbeddedConfig {
        path: Some(dir.to_path_buf()),
        sync_mode: mode,
        sync_window: WINDOW,
        // Small, so kills land in every phase of the snapshot/retire cycle.
        snapshot_threshold: 64 << 10,
        num_databases: 2,
        ..EmbeddedConfig::default()
    }
}

fn mode_name(mode: SyncMode) -> &'static str {
    match mode {
        SyncMode::None => "none",
        SyncMode::Normal => "normal",
        SyncMode::Full => "full",
    }
}

fn parse_mode(s: &str) -> SyncMode {
    match s {
        "none" => SyncMode::None,
        "full" => SyncMode::Full,
        _ => SyncMode::Normal,
    }
}

/// The child side: runs only when re-executed by the parent.
#[test]
fn kill_child_entry() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut parts = spec.split('|');
    let (Some(dir), Some(mode), Some(seed), Some(kind)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return;
    };
    let mode = parse_mode(mode);
    let seed: u64 = seed.parse().unwrap_or(1);
    let db = Database::open_with_config(config(Path::new(dir), mode)).expect("child open");
    use std::io::Write;
    let stdout = std::io::stdout();
    if kind == "multi" {
        std::thread::scope(|s| {
            for t in 0..8 {
                let db = &db;
                let stdout = &stdout;
                s.spawn(move || {
                    for i in 1u64.. {
                        db.set(format!("w{t}"), i.to_string()).expect("write");
                        let mut out = stdout.lock();
                        let _ = writeln!(out, "ACK {t} {i}");
                        let _ = out.flush();
                    }
                });
            }
        });
        return;
    }
    // Resume the workload where the recovered state left it.
    let start: u64 = db
        .get_str("__next")
        .ok()
        .flatten()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut out = stdout.lock();
    let _ = writeln!(out, "START {start}");
    let _ = out.flush();
    for i in start.. {
        run_op(&db, seed, i).expect("workload op");
        let _ = writeln!(out, "ACK {i}");
        let _ = out.flush();
        // Paced, so the parent's search over prefixes stays small.
        std::thread::sleep(Duration::from_micros(300));
    }
}

fn scratch_dir(name: &str) -> PathBuf {
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("ferrite-kill-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

struct Acks {
    /// (op or thread/op, when it was read).
    lines: Vec<(String, Instant)>,
}

/// Spawns the child, kills it after `delay`, and returns what it acknowledged.
fn run_child(dir: &Path, mode: SyncMode, seed: u64, kind: &str, delay: Duration) -> Acks {
    let exe = std::env::current_exe().expect("test binary");
    let mut child = Command::new(exe)
        .args([
            "kill_child_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(
            CHILD_ENV,
            format!("{}|{}|{seed}|{kind}", dir.display(), mode_name(mode)),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            // The test harness may print its own text before the child's first line.
            let line = match line.find("ACK ").or_else(|| line.find("START ")) {
                Some(at) => line[at..].to_string(),
                None => line,
            };
            if tx.send((line, Instant::now())).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(delay);
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    let _ = reader.join();
    Acks {
        lines: rx.try_iter().collect(),
    }
}

fn kills_per_mode() -> usize {
    if let Some(n) = std::env::var("FERRITE_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return n;
    }
    if std::env::var("FERRITE_SOAK").is_ok() {
        2000
    } else {
        30
    }
}

fn kill_loop(mode: SyncMode) {
    let dir = scratch_dir(mode_name(mode));
    let seed = 0xF3_0000 + mode as u64;
    let kills = kills_per_mode();
    let mut rng = Rng(seed);
    // What every earlier run left durable for certain: the workload's progress.
    let mut floor = 0u64;
    let mut total_acked = 0u64;
    for kill in 0..kills {
        // Every 10 kills start over in a fresh directory, so rebuilding the model (which
        // replays the workload from its start) stays cheap however many kills run.
        if kill % EPOCH == 0 {
            let _ = std::fs::remove_dir_all(&dir);
            floor = 0;
        }
        // 10% of kills land within the first few ms: during open, i.e. during recovery.
        let longest = if mode == SyncMode::Normal { 900 } else { 300 };
        let delay = if rng.below(10) == 0 {
            Duration::from_millis(rng.below(5))
        } else {
            Duration::from_millis(1 + rng.below(longest))
        };
        let killed_at_estimate = Instant::now() + delay;
        let acks = run_child(&dir, mode, seed, "single", delay);
        let start = acks
            .lines
            .iter()
            .find_map(|(l, _)| l.strip_prefix("START ").and_then(|s| s.parse::<u64>().ok()));
        let acked: Vec<(u64, Instant)> = acks
            .lines
            .iter()
            .filter_map(|(l, t)| Some((l.strip_prefix("ACK ")?.parse().ok()?, *t)))
            .collect();
        total_acked += acked.len() as u64;

        // Reopen and find which prefix of the workload the directory holds.
        let db = Database::open_with_config(config(&dir, mode))
            .unwrap_or_else(|e| panic!("{mode:?} kill {kill}: reopen failed: {e}"));
        check_conserved(&db);
        let state = dump(&db);
        let issued = acked.last().map_or(start.unwrap_or(floor), |(i, _)| i + 1);
        assert!(
            start.is_none_or(|s| s == floor),
            "the child resumed at {start:?}, not {floor}"
        );
        // The ops the mode promises are present.
        let mut must = floor;
        for &(i, at) in &acked {
            let promised = match mode {
                SyncMode::Full => true,
                SyncMode::Normal => {
                    is_sync(seed, i)
                        || is_transaction(seed, i)
                        || at + WINDOW + SLACK < killed_at_estimate
                }
                SyncMode::None => is_sync(seed, i),
            };
            if promised {
                must = must.max(i + 1);
            }
        }
        // Candidates: every prefix from `floor` to one past the last issued op.
        let dumps = model_dumps(seed, floor, issued + 1);
        let base = floor;
        let found = dumps
            .iter()
            .rposition(|d| strip_next(d) == strip_next(&state))
            .map(|j| base + j as u64);
        let Some(k) = found else {
            panic!(
                "{mode:?} kill {kill}: the reopened state is no prefix of the workload \
                 (floor {floor}, must {must}, issued {issued})\n{state}"
            );
        };
        assert!(
            k >= must,
            "{mode:?} kill {kill}: lost acknowledged ops: holds prefix {k}, promised {must}"
        );
        // Record the progress, durably, so the next child resumes from here.
        db.set("__next", k.to_string()).expect("write progress");
        db.sync().expect("sync");
        drop(db);
        floor = k;
    }
    eprintln!("kill loop {mode:?}: {kills} kills, {total_acked} acked ops, final prefix {floor}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn strip_next(d: &str) -> String {
    d.lines()
        .filter(|l| !l.contains("\"__next\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn kill_loop_full() {
    kill_loop(SyncMode::Full);
}

#[test]
fn kill_loop_normal() {
    kill_loop(SyncMode::Normal);
}

#[test]
fn kill_loop_none() {
    kill_loop(SyncMode::None);
}

#[test]
fn kill_eight_writers_full_keeps_every_ack() {
    let dir = scratch_dir("multi");
    let kills = (kills_per_mode() / 3).max(5);
    let mut rng = Rng(99);
    let mut last = [0u64; 8];
    for kill in 0..kills {
        let acks = run_child(
            &dir,
            SyncMode::Full,
            0,
            "multi",
            Duration::from_millis(20 + rng.below(200)),
        );
        for (line, _) in &acks.lines {
            let mut p = line.split(' ');
            if let (Some("ACK"), Some(t), Some(i)) = (p.next(), p.next(), p.next()) {
                let (t, i): (usize, u64) = (t.parse().unwrap_or(0), i.parse().unwrap_or(0));
                // Each child restarts its counters at 1; compare within this run.
                last[t % 8] = last[t % 8].max(i);
            }
        }
        let db = Database::open_with_config(config(&dir, SyncMode::Full))
            .unwrap_or_else(|e| panic!("kill {kill}: reopen failed: {e}"));
        for (t, &acked) in last.iter().enumerate() {
            let have: u64 = db
                .get_str(format!("w{t}"))
                .expect("get")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            assert!(
                have >= acked,
                "kill {kill}: writer {t} acked {acked}, found {have}"
            );
        }
        // The next child counts from 1 again: clear the keys so the check stays exact.
        for t in 0..8 {
            db.del(&[format!("w{t}")]).expect("del");
        }
        db.sync().expect("sync");
        drop(db);
        last = [0; 8];
    }
    let _ = std::fs::remove_dir_all(&dir);
}
