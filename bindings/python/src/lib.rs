//! `import ferrite`: the Python binding of Ferrite Embedded (PyO3, built by maturin).
//!
//! The command methods of `Database` and `Transaction` (one per command of `commands.yaml`, with
//! redis-py's shape: required arguments positional, options as keyword arguments) and the `_iter`
//! generator of each cursor command are generated into `generated/python/commands.rs` and
//! included below; each builds the command's argv, runs it through the Rust API's `execute`
//! (Redis's parsing and error texts) and converts the reply (`convert::reply`). This crate holds
//! only the glue: the handles and their lifetime (`Database`), errors (`errors`), transactions
//! (`tx`), iterators (`iter`) and conversions (`convert`).
//!
//! Invariants: no hand-written file here names a command, its arguments or its arity; every call
//! into the core runs with the GIL released (`py.allow_threads`), so other Python threads run
//! while a command waits for a lock or the disk; nothing panics on input.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::ThreadId;

use parking_lot::{Mutex, RwLock};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple, PyType};

use ferrite_rs::embedded::{EmbeddedConfig, Error, Reply, SyncMode};

mod convert;
mod errors;
mod iter;
mod tx;

pub use tx::Transaction;

#[path = "../../../generated/python/commands.rs"]
mod commands;

// The generated methods must come from the same table as the Rust API they call.
const _: () = assert!(
    commands::MODEL_HASH == ferrite_rs::embedded::MODEL_HASH,
    "generated/python is stale against generated/rust: run `cargo xtask gen`"
);

/// An open database: `ferrite.Database(path)` or `ferrite.Database.memory()`.
#[pyclass(frozen, module = "ferrite")]
pub struct Database {
    /// `None` once closed.
    inner: RwLock<Option<Arc<ferrite_rs::Database>>>,
    /// Replies as `str` instead of `bytes`.
    decode: bool,
    /// The directory, for `repr` (`None` in memory).
    path: Option<PathBuf>,
    /// Transactions open on this database, and the threads that opened them: a call of the
    /// database from such a thread would wait forever for the locks its transaction holds.
    open_txs: AtomicUsize,
    tx_threads: Mutex<Vec<ThreadId>>,
}

impl Database {
    fn open(py: Python<'_>, config: EmbeddedConfig, decode: bool) -> PyResult<Database> {
        let path = config.path.clone();
        let db = py
            .allow_threads(|| ferrite_rs::Database::open_with_config(config))
            .map_err(errors::to_py)?;
        Ok(Database {
            inner: RwLock::new(Some(Arc::new(db))),
            decode,
            path,
            open_txs: AtomicUsize::new(0),
            tx_threads: Mutex::new(Vec::new()),
        })
    }

    /// Fails when this thread has a transaction open on this database (see `tx_threads`).
    fn check_thread(&self) -> PyResult<()> {
        if self.open_txs.load(Ordering::Acquire) == 0 {
            return Ok(());
        }
        let me = std::thread::current().id();
        if self.tx_threads.lock().contains(&me) {
            return Err(errors::tx_deadlock());
        }
        Ok(())
    }

    pub(crate) fn tx_opened(&self, thread: ThreadId) {
        self.tx_threads.lock().push(thread);
        self.open_txs.fetch_add(1, Ordering::AcqRel);
    }

    pub(crate) fn tx_closed(&self, thread: ThreadId) {
        let mut threads = self.tx_threads.lock();
        if let Some(pos) = threads.iter().position(|t| *t == thread) {
            threads.swap_remove(pos);
            self.open_txs.fetch_sub(1, Ordering::AcqRel);
        }
    }

    /// A reference to the open database (a transaction's worker keeps one).
    pub(crate) fn handle(&self) -> PyResult<Arc<ferrite_rs::Database>> {
        self.check_thread()?;
        match self.inner.read().as_ref() {
            Some(db) => Ok(Arc::clone(db)),
            None => Err(errors::to_py(Error::Closed)),
        }
    }

    /// Runs `f` on the open database with the GIL released.
    fn with_db<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&ferrite_rs::Database) -> ferrite_rs::embedded::Result<T> + Send,
    ) -> PyResult<T> {
        self.check_thread()?;
        py.allow_threads(|| match self.inner.read().as_ref() {
            Some(db) => f(db),
            None => Err(Error::Closed),
        })
        .map_err(errors::to_py)
    }

    /// Runs one command line (the generated methods' and the iterators' way in).
    pub(crate) fn execute_argv(&self, py: Python<'_>, argv: Vec<Vec<u8>>) -> PyResult<Reply> {
        self.with_db(py, move |db| db.execute(&argv))
    }

    /// Runs one command and converts its reply (called by every generated method).
    pub(crate) fn call(
        &self,
        py: Python<'_>,
        argv: convert::Argv,
        shape: convert::Shape,
    ) -> PyResult<PyObject> {
        let reply = self.execute_argv(py, argv.into_vec())?;
        convert::reply(py, reply, shape, self.decode)
    }

    /// The receiver of a generated cursor iterator.
    pub(crate) fn receiver(slf: &Bound<'_, Self>) -> iter::Receiver {
        iter::Receiver::Database(slf.clone().unbind())
    }

    pub(crate) fn decodes(&self) -> bool {
        self.decode
    }
}

/// The configuration from the environment (`FERRITE_*`) and the keyword arguments.
fn config(
    path: Option<PathBuf>,
    sync_mode: Option<&str>,
    memory_limit: Option<usize>,
    num_databases: Option<u8>,
    wal: Option<bool>,
) -> PyResult<EmbeddedConfig> {
    let mut config = EmbeddedConfig::from_env().map_err(errors::to_py)?;
    config.path = path;
    if let Some(mode) = sync_mode {
        config.sync_mode = SyncMode::from_name(&mode).ok_or_else(|| {
            errors::to_py(Error::Config(format!(
                "sync_mode={mode:?} is not one of 'none', 'normal', 'full'"
            )))
        })?;
    }
    if let Some(limit) = memory_limit {
        config.memory_limit = limit;
    }
    if let Some(n) = num_databases {
        config.num_databases = n;
    }
    if let Some(wal) = wal {
        config.wal_enabled = wal;
    }
    Ok(config)
}

#[pymethods]
impl Database {
    /// Opens (or creates) the database in directory `path`. Only one handle may have a directory
    /// open at a time (`LockedError` otherwise); `close()` (or the `with` block, or dropping the
    /// last reference) releases it.
    #[new]
    #[pyo3(signature = (path, *, decode_responses=false, sync_mode=None, memory_limit=None, num_databases=None, wal=None))]
    fn py_new(
        py: Python<'_>,
        path: PathBuf,
        decode_responses: bool,
        sync_mode: Option<&str>,
        memory_limit: Option<usize>,
        num_databases: Option<u8>,
        wal: Option<bool>,
    ) -> PyResult<Database> {
        let config = config(Some(path), sync_mode, memory_limit, num_databases, wal)?;
        Database::open(py, config, decode_responses)
    }

    /// An in-memory database: nothing is written to disk.
    #[staticmethod]
    #[pyo3(signature = (*, decode_responses=false, memory_limit=None, num_databases=None))]
    fn memory(
        py: Python<'_>,
        decode_responses: bool,
        memory_limit: Option<usize>,
        num_databases: Option<u8>,
    ) -> PyResult<Database> {
        let config = config(None, None, memory_limit, num_databases, None)?;
        Database::open(py, config, decode_responses)
    }

    /// `Database[str]` in annotations (the class is generic over its reply type in the stubs).
    #[classmethod]
    fn __class_getitem__(cls: &Bound<'_, PyType>, _item: &Bound<'_, PyAny>) -> Py<PyType> {
        cls.clone().unbind()
    }

    /// Closes the database: a final snapshot, everything made durable, the directory lock
    /// released. Later calls raise `ClosedError`; closing again does nothing.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        self.check_thread()?;
        py.allow_threads(|| {
            let mut slot = self.inner.write();
            let Some(db) = slot.take() else {
                return Ok(());
            };
            match Arc::try_unwrap(db) {
                Ok(db) => db.close(),
                Err(db) => {
                    *slot = Some(db);
                    Err(Error::custom(
                        "BUSY a transaction on this database is still open; finish it before close()",
                    ))
                }
            }
        })
        .map_err(errors::to_py)
    }

    /// Whether `close()` was called.
    #[getter]
    fn closed(&self) -> bool {
        self.inner.read().is_none()
    }

    /// Whether replies are `str` (else `bytes`).
    #[getter]
    fn decode_responses(&self) -> bool {
        self.decode
    }

    /// Makes every write so far durable (fsync), whatever the sync mode.
    fn sync(&self, py: Python<'_>) -> PyResult<()> {
        self.with_db(py, |db| db.sync())
    }

    /// Takes a snapshot now and retires the log before it.
    fn snapshot(&self, py: Python<'_>) -> PyResult<()> {
        self.with_db(py, |db| db.snapshot())
    }

    /// Statistics: a dict with `keys_per_db`, `memory_used`, `memory_limit`, `wal_bytes`,
    /// `snapshot_bytes`, `snapshots`, `commands_processed`, `expired_keys`,
    /// `last_snapshot_error`.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let stats = self.with_db(py, |db| Ok(db.stats()))?;
        let dict = PyDict::new(py);
        dict.set_item("keys_per_db", stats.keys_per_db)?;
        dict.set_item("memory_used", stats.memory_used)?;
        dict.set_item("memory_limit", stats.memory_limit)?;
        dict.set_item("wal_bytes", stats.wal_bytes)?;
        dict.set_item("snapshot_bytes", stats.snapshot_bytes)?;
        dict.set_item("snapshots", stats.snapshots)?;
        dict.set_item("commands_processed", stats.commands_processed)?;
        dict.set_item("expired_keys", stats.expired_keys)?;
        dict.set_item("last_snapshot_error", stats.last_snapshot_error)?;
        Ok(dict)
    }

    /// Runs any command given as its words (`execute_command("SET", "k", "v", "NX")`), parsed
    /// exactly as Redis parses it. The reply as it comes: `None`, `int`, `bytes` (`str` with
    /// `decode_responses`), a status as `str` (`"OK"`), or a `list` of those.
    #[pyo3(signature = (*args))]
    fn execute_command(&self, py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let argv = args
            .iter()
            .map(|a| convert::encode(&a))
            .collect::<PyResult<Vec<_>>>()?;
        let reply = self.execute_argv(py, argv)?;
        convert::generic(py, reply, self.decode)
    }

    /// A transaction: `with db.transaction() as tx:` commits when the block ends normally and
    /// rolls back when it raises. With a function, `db.transaction(fn)` runs `fn(tx)` that way
    /// and returns its result.
    #[pyo3(signature = (func=None))]
    fn transaction(slf: &Bound<'_, Self>, func: Option<&Bound<'_, PyAny>>) -> PyResult<PyObject> {
        let py = slf.py();
        let tx = Bound::new(py, Transaction::new(slf.clone().unbind(), slf.get().decode))?;
        match func {
            None => Ok(tx.into_any().unbind()),
            Some(func) => tx::run(&tx, func),
        }
    }

    /// Iterates over a snapshot of the hash at `name`: (field, value) pairs whose field matches
    /// the glob `match` (all when `None`). `count` is accepted for redis-py compatibility and
    /// ignored: the snapshot is taken at once.
    #[pyo3(signature = (name, r#match=None, count=None))]
    fn hscan_iter(
        &self,
        py: Python<'_>,
        name: convert::Arg,
        r#match: Option<convert::Arg>,
        count: Option<i64>,
    ) -> PyResult<PyObject> {
        let _ = count;
        let items = self.with_db(py, |db| {
            iter::check_type(db, &name.0, ferrite_core::KeyType::Hash)?;
            Ok(db.iter_hash(&name.0).collect::<Vec<_>>())
        })?;
        iter::hash_items(py, items, r#match.map(|m| m.0), self.decode)
    }

    /// Iterates over a snapshot of the set at `name`: members matching the glob `match`.
    #[pyo3(signature = (name, r#match=None, count=None))]
    fn sscan_iter(
        &self,
        py: Python<'_>,
        name: convert::Arg,
        r#match: Option<convert::Arg>,
        count: Option<i64>,
    ) -> PyResult<PyObject> {
        let _ = count;
        let items = self.with_db(py, |db| {
            iter::check_type(db, &name.0, ferrite_core::KeyType::Set)?;
            Ok(db.iter_set(&name.0).collect::<Vec<_>>())
        })?;
        iter::set_items(py, items, r#match.map(|m| m.0), self.decode)
    }

    /// Iterates over a snapshot of the sorted set at `name`: (member, score) pairs, lowest score
    /// first, whose member matches the glob `match`.
    #[pyo3(signature = (name, r#match=None, count=None))]
    fn zscan_iter(
        &self,
        py: Python<'_>,
        name: convert::Arg,
        r#match: Option<convert::Arg>,
        count: Option<i64>,
    ) -> PyResult<PyObject> {
        let _ = count;
        let items = self.with_db(py, |db| {
            iter::check_type(db, &name.0, ferrite_core::KeyType::ZSet)?;
            Ok(db.iter_zset(&name.0).collect::<Vec<_>>())
        })?;
        iter::zset_items(py, items, r#match.map(|m| m.0), self.decode)
    }

    fn __enter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    /// Closes the database (the exception, if any, propagates).
    #[pyo3(signature = (*_exc))]
    fn __exit__(&self, py: Python<'_>, _exc: &Bound<'_, PyTuple>) -> PyResult<bool> {
        self.close(py)?;
        Ok(false)
    }

    fn __repr__(&self) -> String {
        let state = if self.closed() { " closed" } else { "" };
        match &self.path {
            Some(path) => format!("<ferrite.Database {:?}{state}>", path.display().to_string()),
            None => format!("<ferrite.Database memory{state}>"),
        }
    }
}

#[pymodule]
fn ferrite(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("MODEL_HASH", commands::MODEL_HASH)?;
    m.add_class::<Database>()?;
    m.add_class::<Transaction>()?;
    m.add_class::<iter::CursorIterator>()?;
    errors::register(m)?;
    Ok(())
}
