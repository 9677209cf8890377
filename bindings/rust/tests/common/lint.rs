//! R3: the durability-protocol lint over a `SimStorage::trace()` (RELIABILITY.md §3).
//!
//! The trace lists the storage operations that reached the simulated disk, in order:
//! `create F`, `append F n`, `fsync F`, `rename A B`, `remove F`, `fsync-dir`, `truncate F n`
//! (an operation that an injected fault failed is not in it). The rules, for a trace that starts
//! on an empty disk:
//! 1. a snapshot tmp file is fsynced after its last append and before its rename;
//! 2. an old WAL segment or snapshot is removed only once a newer snapshot is durable: renamed
//!    into place, and the directory fsynced after the rename;
//! 3. a new WAL segment's header is fsynced, and the directory fsynced after its create, before
//!    any record is appended to it;
//! 4. no record is appended to a WAL segment while an older segment holds unsynced bytes (else
//!    a torn record could sit in a segment that later segments with records follow; a segment
//!    may be created ahead of time, holding only its header);
//! 5. no file is renamed while it holds unsynced bytes.
//!
//! The rules hold in every sync mode: `None` skips per-write fsyncs, never these barriers.

use std::collections::HashMap;

#[derive(Default, Debug)]
struct FileState {
    /// Appends since the file's last fsync.
    unsynced: bool,
    /// Appends so far.
    appends: u64,
    /// Fsynced at least once.
    synced: bool,
    /// The directory was fsynced after the file was created.
    entry_durable: bool,
}

fn wal_seq(name: &str) -> Option<u64> {
    name.strip_prefix("wal-")?
        .strip_suffix(".log")?
        .parse()
        .ok()
}

fn snap_seq(name: &str) -> Option<u64> {
    name.strip_prefix("snap-")?
        .strip_suffix(".snap")?
        .parse()
        .ok()
}

/// Checks the rules above; returns every violation, each naming the trace line.
pub fn lint(trace: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    let mut files: HashMap<String, FileState> = HashMap::new();
    // Snapshots renamed into place but not yet covered by a directory fsync.
    let mut renamed: Vec<u64> = Vec::new();
    // The newest snapshot whose rename a directory fsync made durable.
    let mut durable_snapshot: Option<u64> = None;
    for (at, line) in trace.iter().enumerate() {
        let mut parts = line.split(' ');
        let op = parts.next().unwrap_or("");
        let a = parts.next().unwrap_or("").to_string();
        let b = parts.next().unwrap_or("").to_string();
        let mut fail = |rule: &str| bad.push(format!("#{at} `{line}`: {rule}"));
        match op {
            "create" => {
                files.insert(a, FileState::default());
            }
            "append" => {
                if let Some(seq) = wal_seq(&a) {
                    let older_unsynced = files.iter().any(|(name, f)| {
                        f.unsynced && wal_seq(name).is_some_and(|other| other < seq)
                    });
                    if older_unsynced && files.get(&a).is_some_and(|f| f.appends >= 1) {
                        fail("rule 4: a record is appended to a WAL segment while an older segment holds unsynced bytes");
                    }
                }
                let f = files.entry(a.clone()).or_default();
                if wal_seq(&a).is_some() && f.appends >= 1 && !(f.synced && f.entry_durable) {
                    fail("rule 3: a record is appended to a WAL segment before its header and directory entry are durable");
                }
                f.appends += 1;
                f.unsynced = true;
            }
            "fsync" => {
                let f = files.entry(a).or_default();
                f.unsynced = false;
                f.synced = true;
            }
            "fsync-dir" => {
                for f in files.values_mut() {
                    f.entry_durable = true;
                }
                if let Some(&newest) = renamed.iter().max() {
                    durable_snapshot = durable_snapshot.max(Some(newest));
                }
                renamed.clear();
            }
            "rename" => {
                match files.get(&a) {
                    Some(f) if f.unsynced || (f.appends > 0 && !f.synced) => {
                        fail("rules 1/5: a file is renamed while it holds unsynced bytes");
                    }
                    _ => {}
                }
                if let Some(seq) = snap_seq(&b) {
                    if !a.ends_with(".tmp") {
                        fail("rule 1: a snapshot is renamed into place from something other than its tmp file");
                    }
                    renamed.push(seq);
                }
                if let Some(f) = files.remove(&a) {
                    files.insert(b, f);
                }
            }
            "remove" => {
                let old = wal_seq(&a).or_else(|| snap_seq(&a));
                if let Some(seq) = old {
                    if durable_snapshot.is_none_or(|s| s <= seq) {
                        fail("rule 2: an old WAL segment or snapshot is removed before a newer snapshot is durable (renamed, then the directory fsynced)");
                    }
                }
                files.remove(&a);
            }
            "truncate" => {
                let f = files.entry(a).or_default();
                f.unsynced = false;
            }
            _ => fail("unknown trace operation"),
        }
    }
    bad
}

/// Panics with the violations (and the trace around the first one) if the lint finds any.
pub fn assert_lint(trace: &[String], what: &str) {
    let bad = lint(trace);
    if bad.is_empty() {
        return;
    }
    let first: usize = bad[0]
        .trim_start_matches('#')
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let from = first.saturating_sub(20);
    let context: Vec<String> = trace[from..(first + 5).min(trace.len())]
        .iter()
        .enumerate()
        .map(|(i, l)| format!("  #{} {l}", from + i))
        .collect();
    panic!(
        "{what}: {} durability-protocol violations:\n{}\ntrace around the first:\n{}",
        bad.len(),
        bad.join("\n"),
        context.join("\n")
    );
}

/// The storage-operation count of a trace from an empty disk, as `FailStorage` numbers them
/// (it counts create, append, fsync, rename and fsync-dir, plus reads; not remove or truncate).
pub fn counted_ops(trace: &[String]) -> Vec<usize> {
    trace
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.starts_with("remove ") && !l.starts_with("truncate "))
        .map(|(i, _)| i)
        .collect()
}
