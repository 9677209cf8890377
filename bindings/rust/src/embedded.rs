//! The public API: `Database`, `Transaction` and their configuration.
//!
//! The command methods (`get`, `set`, `hset`, ... and `execute`) are generated from
//! `commands.yaml` into `generated/rust/` and included below as the `generated` module; this
//! file holds only the hand-written handle, configuration and transaction glue.

use std::path::PathBuf;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;

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

/// How eagerly writes reach the disk.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SyncMode {
    /// No fsync until close: fastest; a crash loses what the OS had not written.
    None,
    /// Background fsync within a bounded window (1 s), and always at transaction commit and `sync()`.
    #[default]
    Normal,
    /// A write returns only once it is durable (group commit).
    Full,
}

/// Configuration for [`Database::open_with_config`].
#[derive(Clone, Debug)]
pub struct EmbeddedConfig {
    /// Data directory; `None` for an in-memory database.
    pub path: Option<PathBuf>,
    /// Maximum memory for data, in bytes.
    pub memory_limit: usize,
    /// Write a write-ahead log.
    pub wal_enabled: bool,
    /// When writes are made durable.
    pub sync_mode: SyncMode,
    /// Number of logical databases (SELECT 0..n-1).
    pub num_databases: u8,
}

impl Default for EmbeddedConfig {
    fn default() -> EmbeddedConfig {
        EmbeddedConfig {
            path: None,
            memory_limit: 256 * 1024 * 1024,
            wal_enabled: true,
            sync_mode: SyncMode::Normal,
            num_databases: 16,
        }
    }
}

/// Statistics of an open database.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatabaseStats {
    /// Keys in each logical database (including expired keys not yet reclaimed).
    pub keys_per_db: Vec<usize>,
    /// Commands executed.
    pub commands_processed: u64,
    /// Keys removed because they expired.
    pub expired_keys: u64,
}

struct Shared {
    keyspace: Keyspace,
    config: EmbeddedConfig,
}

/// An open database. Cheap to share across threads (`Send + Sync`); reads do not block each other.
pub struct Database {
    shared: Arc<Shared>,
    selected: AtomicUsize,
}

impl Database {
    /// Opens (or creates) the database in directory `path`.
    pub fn open<P: AsRef<std::path::Path>>(path: P) -> Result<Database> {
        Database::open_with_config(EmbeddedConfig {
            path: Some(path.as_ref().to_path_buf()),
            ..EmbeddedConfig::default()
        })
    }

    /// Opens a database with an explicit configuration.
    pub fn open_with_config(config: EmbeddedConfig) -> Result<Database> {
        if config.path.is_some() {
            return Err(Error::Unsupported(
                "persistence not yet available: on-disk databases arrive with the durability work; use Database::memory()".into(),
            ));
        }
        if config.num_databases == 0 {
            return Err(Error::reply("ERR num_databases must be at least 1"));
        }
        let keyspace = Keyspace::new(usize::from(config.num_databases));
        Ok(Database {
            shared: Arc::new(Shared { keyspace, config }),
            selected: AtomicUsize::new(0),
        })
    }

    /// An in-memory database (nothing is written to disk).
    pub fn memory() -> Result<Database> {
        Database::open_with_config(EmbeddedConfig::default())
    }

    /// Closes the database, flushing everything to disk.
    pub fn close(self) -> Result<()> {
        self.sync()
    }

    /// Forces everything written so far to disk.
    pub fn sync(&self) -> Result<()> {
        Ok(())
    }

    /// The configuration the database was opened with.
    pub fn config(&self) -> &EmbeddedConfig {
        &self.shared.config
    }

    /// Statistics of the database.
    pub fn stats(&self) -> DatabaseStats {
        let ks = &self.shared.keyspace;
        let selected = AtomicUsize::new(0);
        let keys_per_db = (0..ks.num_dbs())
            .map(|db| {
                selected.store(db, std::sync::atomic::Ordering::Relaxed);
                Ctx::new(ks, &selected).read_db(|view| view.len())
            })
            .collect();
        DatabaseStats {
            keys_per_db,
            commands_processed: ks
                .counters
                .commands
                .load(std::sync::atomic::Ordering::Relaxed),
            expired_keys: ks
                .counters
                .expired_keys
                .load(std::sync::atomic::Ordering::Relaxed),
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
    fn open_on_disk_is_a_clear_error_for_now() {
        let err = Database::open("/tmp/ferrite-test-not-yet")
            .err()
            .map(|e| e.to_string());
        assert!(err
            .unwrap_or_default()
            .contains("persistence not yet available"));
    }
}
