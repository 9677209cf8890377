//! The public API: `Database`, `Transaction` and their configuration.
//!
//! The command methods (`get`, `set`, `hset`, ... and `execute`) are generated from
//! `commands.yaml` into `generated/rust/` and included below as the `generated` module; this
//! file holds only the hand-written handle, configuration and transaction glue.

use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use ferrite_core::persist::argv::LoggedCommand;
use ferrite_core::persist::storage::OsStorage;
use ferrite_core::persist::store::{Store, StoreOptions};

use ferrite_core::keyspace::TxState;
use ferrite_core::{Ctx, Keyspace};

pub use ferrite_core::{Error, KeyType, Reply, Result};

pub use crate::iter::{HashIterator, KeyIterator, ListIterator, SetIterator, ZSetIterator};

#[path = "../../../generated/rust/mod.rs"]
mod generated;
pub use generated::options::*;
pub use generated::types::*;
pub use generated::MODEL_HASH;

/// Counts one command (a typed method call or one `execute`) in the database's statistics.
pub(crate) fn count_command(ctx: &Ctx<'_, '_>) {
    ctx.keyspace()
        .counters
        .commands
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

pub use ferrite_core::persist::sim;
pub use ferrite_core::persist::storage::{Storage, StorageRef};
pub use ferrite_core::persist::store::RecoveryReport;
/// How eagerly writes reach the disk (see the README's durability table).
pub use ferrite_core::persist::wal::SyncMode;

/// What to do when a database file is damaged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Recovery {
    /// Refuse to open, with an error naming the file and byte offset (the default).
    #[default]
    Strict,
    /// Keep everything before the damage: the intact prefix of the log (and every intact block
    /// of a damaged snapshot) is loaded, the damaged files are renamed `<name>.damaged` and kept,
    /// and a fresh snapshot is written. See `stats().recovery` for what was found.
    Salvage,
}

/// Configuration for [`Database::open_with_config`].
#[derive(Clone, Debug)]
pub struct EmbeddedConfig {
    /// Data directory; `None` for an in-memory database.
    pub path: Option<PathBuf>,
    /// Maximum memory for keys and values, in bytes (default 256 MiB; `0`: no limit). Past it,
    /// writes that may grow memory fail with Redis's OOM error; reads and deletes keep working.
    pub memory_limit: usize,
    /// Log every write to the write-ahead log. Without it, an on-disk database is written only
    /// as snapshots, at `sync()` and `close()`.
    pub wal_enabled: bool,
    /// When writes become durable.
    pub sync_mode: SyncMode,
    /// Number of logical databases (SELECT 0..n-1).
    pub num_databases: u8,
    /// `Normal`'s bound on how long a write may stay unsynced (default 1 s).
    pub sync_window: Duration,
    /// A background snapshot starts once the WAL holds this many bytes after the last one
    /// (default 64 MiB).
    pub snapshot_threshold: u64,
    /// What to do when a file is damaged.
    pub recovery: Recovery,
    /// Where files go; `None` is the real file system. Tests plug in simulated disks here.
    #[doc(hidden)]
    pub storage: Option<StorageRef>,
}

impl Default for EmbeddedConfig {
    fn default() -> EmbeddedConfig {
        EmbeddedConfig {
            path: None,
            memory_limit: 256 * 1024 * 1024,
            wal_enabled: true,
            sync_mode: SyncMode::Normal,
            num_databases: 16,
            sync_window: Duration::from_secs(1),
            snapshot_threshold: 64 << 20,
            recovery: Recovery::Strict,
            storage: None,
        }
    }
}

impl EmbeddedConfig {
    /// The defaults, overridden by the environment: `FERRITE_MEMORY_LIMIT` (bytes, or with a
    /// `K`/`M`/`G` suffix: `256M`, `1G`), `FERRITE_SYNC_MODE` (`none`, `normal`, `full`) and
    /// `FERRITE_LOG` (`off`, `error`, `warn`, `info`, `debug`, `trace`). A bad value is an error
    /// naming the variable.
    pub fn from_env() -> Result<EmbeddedConfig> {
        let mut config = EmbeddedConfig::default();
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    /// Applies the `FERRITE_*` variables that `get` returns (see [`EmbeddedConfig::from_env`]).
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<()> {
        if let Some(v) = get("FERRITE_MEMORY_LIMIT") {
            self.memory_limit = crate::config::parse_size(&v).ok_or_else(|| {
                Error::Config(format!(
                    "FERRITE_MEMORY_LIMIT={v:?} is not a size (use bytes or a K/M/G suffix, e.g. 256M, 1G)"
                ))
            })?;
        }
        if let Some(v) = get("FERRITE_SYNC_MODE") {
            self.sync_mode = SyncMode::from_name(&v).ok_or_else(|| {
                Error::Config(format!(
                    "FERRITE_SYNC_MODE={v:?} is not one of none, normal, full"
                ))
            })?;
        }
        if let Some(v) = get("FERRITE_LOG") {
            let level = crate::config::parse_log_level(&v).ok_or_else(|| {
                Error::Config(format!(
                    "FERRITE_LOG={v:?} is not one of off, error, warn, info, debug, trace"
                ))
            })?;
            crate::config::set_log_level(level);
        }
        Ok(())
    }
}

/// Statistics of an open database.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatabaseStats {
    /// Live keys in each logical database.
    pub keys_per_db: Vec<usize>,
    /// Memory accounted to keys and values, in bytes.
    pub memory_used: usize,
    /// The configured memory limit (`0`: none).
    pub memory_limit: usize,
    /// Bytes in the current write-ahead log segment.
    pub wal_bytes: u64,
    /// Bytes of the newest snapshot.
    pub snapshot_bytes: u64,
    /// When the log was last made durable (`None` for an in-memory database).
    pub last_sync: Option<SystemTime>,
    /// Snapshots taken since open.
    pub snapshots: u64,
    /// Why the last snapshot failed, if it did (`None` once a later one succeeds). A failed
    /// snapshot loses nothing: the log it would have retired is kept.
    pub last_snapshot_error: Option<String>,
    /// Commands executed.
    pub commands_processed: u64,
    /// Keys removed because they expired.
    pub expired_keys: u64,
    /// What recovery found when the database was opened.
    pub recovery: RecoveryReport,
}

struct Shared {
    keyspace: Arc<Keyspace>,
    config: EmbeddedConfig,
    store: Option<Arc<Store>>,
}

impl Drop for Shared {
    /// Dropping the last handle without `close()` flushes best-effort and never panics.
    fn drop(&mut self) {
        if let Some(store) = &self.store {
            store.drop_flush(&self.keyspace);
        }
    }
}

/// An open database. Cheap to share across threads (`Send + Sync`); reads do not block each other.
pub struct Database {
    shared: Arc<Shared>,
    selected: AtomicUsize,
}

impl Database {
    /// Opens (or creates) the database in directory `path`, with the defaults and the
    /// `FERRITE_*` environment variables ([`EmbeddedConfig::from_env`]).
    pub fn open<P: AsRef<std::path::Path>>(path: P) -> Result<Database> {
        Database::open_with_config(EmbeddedConfig {
            path: Some(path.as_ref().to_path_buf()),
            ..EmbeddedConfig::from_env()?
        })
    }

    /// Opens a database with an explicit configuration (the environment is not read).
    pub fn open_with_config(config: EmbeddedConfig) -> Result<Database> {
        if config.num_databases == 0 {
            return Err(Error::Config("num_databases must be at least 1".into()));
        }
        let keyspace = Arc::new(Keyspace::new(usize::from(config.num_databases)));
        let store = match &config.path {
            None => None,
            Some(path) => Some(Self::open_store(&keyspace, &config, path)?),
        };
        // Set after recovery, so replaying the log is never refused for memory.
        keyspace.set_memory_limit((config.memory_limit > 0).then_some(config.memory_limit));
        Ok(Database {
            shared: Arc::new(Shared {
                keyspace,
                config,
                store,
            }),
            selected: AtomicUsize::new(0),
        })
    }

    fn open_store(
        keyspace: &Arc<Keyspace>,
        config: &EmbeddedConfig,
        path: &std::path::Path,
    ) -> Result<Arc<Store>> {
        let storage = config
            .storage
            .clone()
            .unwrap_or_else(|| Arc::new(OsStorage));
        let opts = StoreOptions {
            storage,
            dir: path.to_path_buf(),
            sync_mode: config.sync_mode,
            sync_window: config.sync_window,
            snapshot_threshold: config.snapshot_threshold,
            salvage: config.recovery == Recovery::Salvage,
            log_writes: config.wal_enabled,
        };
        let selected = AtomicUsize::new(0);
        let ks: &Keyspace = keyspace;
        let mut replay = |cmd: &LoggedCommand<'_>| -> Result<()> {
            if cmd.db >= ks.num_dbs() {
                return Err(Error::Config(format!(
                    "the log names logical database {}, but num_databases is {}",
                    cmd.db,
                    ks.num_dbs()
                )));
            }
            selected.store(cmd.db, std::sync::atomic::Ordering::Relaxed);
            ks.set_fixed_time(Some(cmd.now.max(1)));
            let ctx = Ctx::new(ks, &selected);
            match generated::execute::dispatch(&ctx, &cmd.argv) {
                Err(e @ (Error::UnknownCommand { .. } | Error::WrongArity { .. })) => Err(e),
                // Any other error happened the same way when the command first ran.
                _ => Ok(()),
            }
        };
        let store = Store::open(keyspace, opts, &mut replay);
        keyspace.set_fixed_time(None);
        store
    }

    /// An in-memory database (nothing is written to disk).
    pub fn memory() -> Result<Database> {
        Database::open_with_config(EmbeddedConfig::default())
    }

    /// Closes the database: takes a final snapshot, makes everything durable and releases the
    /// directory lock. Later writes through other handles on the same database fail with
    /// `Error::Closed`.
    pub fn close(self) -> Result<()> {
        match &self.shared.store {
            Some(store) => store.close(&self.shared.keyspace),
            None => Ok(()),
        }
    }

    /// Makes every write so far durable (fsync), whatever the sync mode.
    pub fn sync(&self) -> Result<()> {
        match &self.shared.store {
            Some(store) => store.sync(&self.shared.keyspace),
            None => Ok(()),
        }
    }

    /// Takes a snapshot now and retires the log before it (it also happens in the background
    /// when the log passes `snapshot_threshold`, and at `close()`).
    pub fn snapshot(&self) -> Result<()> {
        match &self.shared.store {
            Some(store) => store.snapshot_now(&self.shared.keyspace),
            None => Ok(()),
        }
    }

    /// The configuration the database was opened with.
    pub fn config(&self) -> &EmbeddedConfig {
        &self.shared.config
    }

    /// Statistics of the database.
    pub fn stats(&self) -> DatabaseStats {
        let ks = &*self.shared.keyspace;
        let selected = AtomicUsize::new(0);
        let keys_per_db = (0..ks.num_dbs())
            .map(|db| {
                selected.store(db, std::sync::atomic::Ordering::Relaxed);
                Ctx::new(ks, &selected).read_db(|view| view.len())
            })
            .collect();
        let store = self.shared.store.as_ref().map(|s| s.stats());
        DatabaseStats {
            keys_per_db,
            memory_used: ks.used_memory(),
            memory_limit: self.shared.config.memory_limit,
            wal_bytes: store.as_ref().map_or(0, |s| s.wal_bytes),
            snapshot_bytes: store.as_ref().map_or(0, |s| s.snapshot_bytes),
            last_sync: store.as_ref().and_then(|s| s.last_sync),
            snapshots: store.as_ref().map_or(0, |s| s.snapshots),
            last_snapshot_error: store.as_ref().and_then(|s| s.last_snapshot_error.clone()),
            commands_processed: ks
                .counters
                .commands
                .load(std::sync::atomic::Ordering::Relaxed),
            expired_keys: ks
                .counters
                .expired_keys
                .load(std::sync::atomic::Ordering::Relaxed),
            recovery: store.map(|s| s.recovery).unwrap_or_default(),
        }
    }

    /// A second handle on the same data with logical database `index` selected
    /// (what `SELECT index` does for a Redis connection).
    pub fn with_db(&self, index: usize) -> Result<Database> {
        if index >= self.shared.keyspace.num_dbs() {
            return Err(Error::reply("ERR DB index is out of range"));
        }
        Ok(Database {
            shared: Arc::clone(&self.shared),
            selected: AtomicUsize::new(index),
        })
    }

    /// The logical database this handle works on.
    pub fn selected_db(&self) -> usize {
        self.selected.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Runs `f` atomically and in isolation: other handles see all of its writes or none, and an
    /// `Err` (or a panic) from `f` rolls every write back.
    pub fn transaction<F, T>(&self, f: F) -> Result<T>
    where
        F: FnOnce(&Transaction<'_>) -> Result<T>,
    {
        let tx = Transaction {
            db: self,
            state: self.shared.keyspace.begin(),
            selected: AtomicUsize::new(self.selected_db()),
            committed: std::cell::Cell::new(false),
        };
        let res = f(&tx);
        let mut position = None;
        if res.is_ok() {
            tx.state.commit();
            tx.committed.set(true);
            // The transaction's writes go to the log as one record, appended with every lock
            // still held so the log's order agrees with the keyspace's.
            position = tx.state.append_to_log(self.keyspace());
        }
        drop(tx);
        // Wait for durability with the locks released.
        if let (Some(position), Some(sink)) = (position, self.keyspace().log_sink()) {
            sink.wait(position, true)?;
        }
        res
    }

    /// The keyspace (for the iterator glue and tests).
    pub(crate) fn keyspace(&self) -> &Keyspace {
        &self.shared.keyspace
    }

    /// The keyspace, for tests that need its hooks (a log sink, ...). Not part of the API.
    #[doc(hidden)]
    pub fn keyspace_for_tests(&self) -> &Keyspace {
        &self.shared.keyspace
    }

    /// The handler context for one command on this handle.
    pub(crate) fn ctx(&self) -> Ctx<'_, '_> {
        Ctx::new(&self.shared.keyspace, &self.selected)
    }

    /// Pins the clock to `now_ms` Unix milliseconds (`None`: the system clock). For tests of expiry.
    #[doc(hidden)]
    pub fn set_fixed_time(&self, now_ms: Option<i64>) {
        self.shared.keyspace.set_fixed_time(now_ms);
    }
}

/// The handle inside [`Database::transaction`]: every command of `Database`, applied to the
/// transaction's private view until it commits.
pub struct Transaction<'a> {
    db: &'a Database,
    state: TxState<'a>,
    selected: AtomicUsize,
    committed: std::cell::Cell<bool>,
}

impl Drop for Transaction<'_> {
    /// Rolls back unless the transaction committed, so a panic inside the closure undoes its writes.
    fn drop(&mut self) {
        if !self.committed.get() {
            self.state.rollback();
        }
    }
}

impl<'a> Transaction<'a> {
    /// The database this transaction runs on.
    pub fn database(&self) -> &'a Database {
        self.db
    }

    /// The handler context for one command inside this transaction.
    pub(crate) fn ctx(&self) -> Ctx<'_, 'a> {
        Ctx::in_tx(self.db.keyspace(), &self.selected, &self.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_db_selects_a_logical_database_over_the_same_data() {
        let db = Database::memory().unwrap();
        let other = db.with_db(3).unwrap();
        assert_eq!(other.selected_db(), 3);
        other.set("k", "in 3").unwrap();
        assert_eq!(db.get("k").unwrap(), None);
        assert_eq!(
            db.with_db(3).unwrap().get_str("k").unwrap(),
            Some("in 3".to_string())
        );
        // SELECT through execute moves the same handle's selection, as for a Redis connection.
        assert_eq!(db.execute(&["SELECT", "3"]).unwrap(), Reply::ok());
        assert_eq!(db.get_str("k").unwrap(), Some("in 3".to_string()));
        let last = usize::from(db.config().num_databases) - 1;
        assert!(db.with_db(last).is_ok());
        assert_eq!(
            db.with_db(last + 1).err().map(|e| e.to_string()),
            Some("ERR DB index is out of range".to_string())
        );
    }

    #[test]
    fn database_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Database>();
    }

    #[test]
    fn environment_overrides_are_validated_and_name_the_variable() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let mut c = EmbeddedConfig::default();
        c.apply_env(env(&[
            ("FERRITE_MEMORY_LIMIT", "256M"),
            ("FERRITE_SYNC_MODE", "FULL"),
        ]))
        .unwrap();
        assert_eq!(c.memory_limit, 256 << 20);
        assert_eq!(c.sync_mode, SyncMode::Full);
        c.apply_env(env(&[("FERRITE_MEMORY_LIMIT", "1G")])).unwrap();
        assert_eq!(c.memory_limit, 1 << 30);
        c.apply_env(env(&[("FERRITE_MEMORY_LIMIT", "12345")]))
            .unwrap();
        assert_eq!(c.memory_limit, 12345);
        for (var, value) in [
            ("FERRITE_MEMORY_LIMIT", "lots"),
            ("FERRITE_MEMORY_LIMIT", "-1M"),
            ("FERRITE_MEMORY_LIMIT", "99999999999999999999G"),
            ("FERRITE_SYNC_MODE", "sometimes"),
            ("FERRITE_LOG", "loud"),
        ] {
            let pairs: &'static [(&'static str, &'static str)] =
                Box::leak(vec![(var, value)].into_boxed_slice());
            let err = c.apply_env(env(pairs)).unwrap_err().to_string();
            assert!(err.starts_with("CONFIG ") && err.contains(var), "{err}");
        }
    }
}
