//! A write-ahead log mirror for tests: a [`Tap`] installed as a database's log sink keeps every
//! record appended; [`replay`] decodes the records and runs each logged command through
//! `execute` on a second database, in the record's logical database and at the record's clock,
//! as recovery will; [`dump`] reads every key of every logical database (type, value, deadline)
//! so two databases can be compared.
//!
//! Shared by `bindings/rust/tests/log_replay.rs` and `tests/tests/log_replay_execute.rs`
//! (included with `#[path]`).
#![allow(dead_code)] // Each test crate uses its own subset.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use ferrite::embedded::{Database, EmbeddedConfig};
use ferrite_core::keyspace::LogSink;
use ferrite_core::persist::argv::decode_command;

#[path = "../common/read_all.rs"]
mod read_all;
#[allow(unused_imports)] // Each test crate uses its own subset.
pub use read_all::{read_all, Dump, Dumped};

/// A log sink that keeps every record in memory.
#[derive(Default)]
pub struct Tap {
    records: Mutex<Vec<(Vec<u8>, u32)>>,
}

impl LogSink for Tap {
    fn append(&self, commands: &[u8], count: u32) -> u64 {
        let mut records = self.records.lock().unwrap();
        records.push((commands.to_vec(), count));
        records.len() as u64 - 1
    }

    fn wait(&self, position: u64, _transaction: bool) -> ferrite_core::Result<()> {
        assert!(
            (position as usize) < self.len(),
            "waited on a record that was never appended"
        );
        Ok(())
    }

    fn check(&self) -> ferrite_core::Result<()> {
        Ok(())
    }
}

impl Tap {
    /// Records appended so far.
    pub fn len(&self) -> usize {
        self.records.lock().unwrap().len()
    }

    /// Every record so far: its bytes and how many commands it holds.
    pub fn records(&self) -> Vec<(Vec<u8>, u32)> {
        self.records.lock().unwrap().clone()
    }

    /// Every logged command so far, in log order.
    pub fn commands(&self) -> Vec<Logged> {
        self.commands_from(0)
    }

    /// The logged commands of the records from index `first` on, in log order.
    pub fn commands_from(&self, first: usize) -> Vec<Logged> {
        let records: Vec<(Vec<u8>, u32)> = self.records.lock().unwrap()[first..].to_vec();
        let mut out = Vec::new();
        for (offset, (bytes, count)) in records.into_iter().enumerate() {
            let record = first + offset;
            let mut at = 0;
            for _ in 0..count {
                let (cmd, used) = decode_command(&bytes[at..])
                    .unwrap_or_else(|| panic!("record does not decode at byte {at}"));
                out.push(Logged {
                    record,
                    db: cmd.db,
                    now: cmd.now,
                    argv: cmd.argv.iter().map(|a| a.to_vec()).collect(),
                });
                at += used;
            }
            assert_eq!(at, bytes.len(), "a record holds more than its count says");
        }
        out
    }
}

/// One logged command, decoded.
#[derive(Debug, Clone)]
pub struct Logged {
    /// The index of the record that holds it.
    pub record: usize,
    /// The logical database it ran in.
    pub db: usize,
    /// Its clock (Unix ms).
    pub now: i64,
    /// Its argv, command name first.
    pub argv: Vec<Vec<u8>>,
}

/// The configuration both sides of a mirror use.
pub fn config() -> EmbeddedConfig {
    EmbeddedConfig {
        num_databases: 4,
        ..EmbeddedConfig::default()
    }
}

/// An in-memory database whose writes go to a fresh [`Tap`].
pub fn tapped() -> (Database, Arc<Tap>) {
    let db = Database::open_with_config(config()).expect("in-memory database");
    let tap = Arc::new(Tap::default());
    assert!(db.keyspace_for_tests().set_log_sink(tap.clone()));
    (db, tap)
}

/// What replaying a log did.
#[derive(Debug, Default)]
pub struct Replayed {
    /// Commands run.
    pub commands: usize,
    /// The commands that failed on replay: their record index, argv and error text.
    pub errors: Vec<(usize, String, String)>,
}

impl Replayed {
    /// The error texts of the commands of record `record` that failed on replay.
    pub fn errors_of(&self, record: usize) -> Vec<String> {
        self.errors
            .iter()
            .filter(|(r, _, _)| *r == record)
            .map(|(_, _, err)| err.clone())
            .collect()
    }
}

/// Runs every command of `tap` on `replica` through `execute`, each in its record's database and
/// at its record's clock.
pub fn replay(tap: &Tap, replica: &Database) -> Replayed {
    let mut out = Replayed::default();
    replay_from(tap, 0, replica, &mut out);
    out
}

/// Runs the commands of the records of `tap` from index `first` on, on `replica`, adding to
/// `out`.
fn replay_from(tap: &Tap, first: usize, replica: &Database, out: &mut Replayed) {
    for cmd in tap.commands_from(first) {
        assert_ne!(cmd.now, 0, "a logged command without a clock");
        replica.set_fixed_time(Some(cmd.now));
        let handle = replica
            .with_db(cmd.db)
            .unwrap_or_else(|err| panic!("logged database {}: {err}", cmd.db));
        out.commands += 1;
        if let Err(err) = handle.execute(&cmd.argv) {
            out.errors
                .push((cmd.record, show_argv(&cmd.argv), err.to_string()));
        }
    }
}

/// An argv as text, for messages.
pub fn show_argv(argv: &[Vec<u8>]) -> String {
    argv.iter()
        .map(|a| format!("{:?}", String::from_utf8_lossy(a)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads every key of every logical database of `db` at Unix time `now` ms.
pub fn dump(db: &Database, now: i64) -> Dump {
    db.set_fixed_time(Some(now));
    read_all(db)
}

/// A second database that follows a tapped one by replaying its log.
pub struct Mirror {
    /// The database the log is replayed on.
    pub replica: Database,
    /// What the replay did so far.
    pub replayed: Replayed,
    /// The first record not replayed yet.
    next: usize,
}

impl Default for Mirror {
    fn default() -> Mirror {
        Mirror {
            replica: Database::open_with_config(config()).expect("in-memory database"),
            replayed: Replayed::default(),
            next: 0,
        }
    }
}

impl Mirror {
    /// Replays the records of `tap` not replayed yet.
    pub fn catch_up(&mut self, tap: &Tap) {
        let end = tap.len();
        replay_from(tap, self.next, &self.replica, &mut self.replayed);
        self.next = end;
    }

    /// Catches up with `tap`, then asserts that the replica equals `primary`, both read at Unix
    /// time `now` ms (which leaves the primary's clock pinned there). Returns how many keys
    /// were compared.
    pub fn assert_same(&mut self, primary: &Database, tap: &Tap, now: i64) -> usize {
        self.catch_up(tap);
        let want = dump(primary, now);
        let got = dump(&self.replica, now);
        if want == got {
            return want.len();
        }
        let mut diffs = Vec::new();
        for key in want.keys().chain(got.keys()).collect::<BTreeSet<_>>() {
            if want.get(key) != got.get(key) {
                diffs.push(format!(
                    "db {} key {:?}: primary {:?}, replica {:?}",
                    key.0,
                    String::from_utf8_lossy(&key.1),
                    want.get(key),
                    got.get(key)
                ));
            }
        }
        let recent: Vec<String> = tap
            .commands_from(self.next.saturating_sub(10))
            .iter()
            .map(|c| format!("record {} db {}: {}", c.record, c.db, show_argv(&c.argv)))
            .collect();
        panic!(
            "the replayed log does not reproduce the database at {now} ({} keys differ):\n{}\n\
             last records:\n{}\nreplay errors: {:?}",
            diffs.len(),
            diffs
                .iter()
                .take(20)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n"),
            recent.join("\n"),
            self.replayed.errors
        );
    }
}

/// Replays `tap` on a fresh database and asserts that it ends up equal to `primary`, both read
/// at Unix time `end` ms. Returns what the replay did.
pub fn assert_mirrors(primary: &Database, tap: &Tap, end: i64) -> Replayed {
    let mut mirror = Mirror::default();
    mirror.assert_same(primary, tap, end);
    mirror.replayed
}
