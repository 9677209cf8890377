//! Transactions as a context manager.
//!
//! The Rust API's transaction is a closure (`Database::transaction(|tx| ..)`) that holds every
//! shard lock while it runs, and its lock guards cannot leave the thread that took them. A
//! Python `with` block cannot run inside a Rust closure, so each transaction gets a worker
//! thread: `__enter__` starts it, the worker calls `Database::transaction` and then serves the
//! block's commands one at a time (argv in, `Reply` out, over channels), and `__exit__` tells it
//! to commit (return `Ok`) or roll back (return `Err`). The calling thread waits with the GIL
//! released, so other Python threads run meanwhile; they block only if they touch the database,
//! until the transaction ends (isolation).
//!
//! Misuse: a command on a transaction outside its block raises `ClosedError`; a command on the
//! *database* from the thread whose transaction is open raises `ferrite.Error` (it would wait
//! forever for its own transaction's locks); dropping an open transaction rolls it back.

use std::sync::mpsc;
use std::thread::{JoinHandle, ThreadId};

use parking_lot::Mutex;
use pyo3::prelude::*;
use pyo3::types::{PyTuple, PyType};

use ferrite_rs::embedded::{Error, Reply};

use crate::{convert, errors, iter, Database};

/// A command line sent to the worker, and where its reply goes.
enum Request {
    Execute(
        Vec<Vec<u8>>,
        mpsc::Sender<ferrite_rs::embedded::Result<Reply>>,
    ),
    Finish {
        commit: bool,
    },
}

/// A running transaction's worker.
struct Worker {
    requests: mpsc::Sender<Request>,
    /// The transaction's outcome: the commit's result (a rollback is `Ok`).
    done: mpsc::Receiver<ferrite_rs::embedded::Result<()>>,
    thread: Option<JoinHandle<()>>,
    /// The thread that entered the block.
    owner: ThreadId,
}

enum Stage {
    /// Created, not entered yet.
    Ready,
    /// `__enter__` is waiting for the locks.
    Starting,
    Active(Worker),
    Finished,
}

/// The handle inside `with db.transaction() as tx:`: every command of `Database`, applied to the
/// transaction's private view until it commits.
#[pyclass(frozen, module = "ferrite")]
pub struct Transaction {
    db: Py<Database>,
    decode: bool,
    stage: Mutex<Stage>,
}

impl Transaction {
    pub(crate) fn new(db: Py<Database>, decode: bool) -> Transaction {
        Transaction {
            db,
            decode,
            stage: Mutex::new(Stage::Ready),
        }
    }

    /// Starts the worker and waits (GIL released) until it holds the locks.
    fn begin(&self, py: Python<'_>) -> PyResult<()> {
        {
            // No lock may be held while the GIL is released below: another thread could wait
            // for it with the GIL held.
            let mut stage = self.stage.lock();
            if !matches!(*stage, Stage::Ready) {
                return Err(errors::with_code(
                    errors::exc::Error::new_err("a transaction can be entered only once"),
                    "MISUSE",
                ));
            }
            *stage = Stage::Starting;
        }
        let res = self.start(py);
        if res.is_err() {
            *self.stage.lock() = Stage::Finished;
        }
        res
    }

    fn start(&self, py: Python<'_>) -> PyResult<()> {
        let db = self.db.get();
        let handle = db.handle()?;
        let (requests, inbox) = mpsc::channel::<Request>();
        let (started_tx, started) = mpsc::channel::<()>();
        let (done_tx, done) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("ferrite-transaction".into())
            .spawn(move || {
                let mut rolled_back = false;
                let res = handle.transaction(|tx| {
                    let _ = started_tx.send(());
                    loop {
                        match inbox.recv() {
                            Ok(Request::Execute(argv, reply)) => {
                                let _ = reply.send(tx.execute(&argv));
                            }
                            Ok(Request::Finish { commit: true }) => return Ok(()),
                            // An explicit rollback, or every sender gone (the handle dropped).
                            Ok(Request::Finish { commit: false }) | Err(_) => {
                                rolled_back = true;
                                return Err(Error::custom("rolled back"));
                            }
                        }
                    }
                });
                let _ = done_tx.send(if rolled_back { Ok(()) } else { res });
            })
            .map_err(|err| errors::to_py(Error::Io(err)))?;
        // Waits for the locks, which another transaction may hold.
        let started = py.allow_threads(move || started.recv().is_ok());
        let owner = std::thread::current().id();
        if !started {
            let _ = thread.join();
            return Err(errors::to_py(Error::custom(
                "the transaction's worker stopped before it began",
            )));
        }
        db.tx_opened(owner);
        *self.stage.lock() = Stage::Active(Worker {
            requests,
            done,
            thread: Some(thread),
            owner,
        });
        Ok(())
    }

    /// Commits or rolls back and waits (GIL released) for the outcome.
    fn finish(&self, py: Python<'_>, commit: bool) -> PyResult<()> {
        let worker = {
            let mut stage = self.stage.lock();
            match std::mem::replace(&mut *stage, Stage::Finished) {
                Stage::Active(worker) => worker,
                other => {
                    *stage = other;
                    return Err(errors::tx_inactive());
                }
            }
        };
        self.db.get().tx_closed(worker.owner);
        let res = py.allow_threads(move || finish_worker(worker, commit));
        res.map_err(errors::to_py)
    }

    /// Runs one command line inside the transaction.
    pub(crate) fn execute_argv(&self, py: Python<'_>, argv: Vec<Vec<u8>>) -> PyResult<Reply> {
        let requests = match &*self.stage.lock() {
            Stage::Active(worker) => worker.requests.clone(),
            _ => return Err(errors::tx_inactive()),
        };
        let res = py.allow_threads(move || {
            let (reply_tx, reply) = mpsc::channel();
            requests
                .send(Request::Execute(argv, reply_tx))
                .map_err(|_| Error::Closed)?;
            reply.recv().map_err(|_| Error::Closed)?
        });
        res.map_err(errors::to_py)
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
        iter::Receiver::Transaction(slf.clone().unbind())
    }

    pub(crate) fn decodes(&self) -> bool {
        self.decode
    }
}

fn finish_worker(mut worker: Worker, commit: bool) -> ferrite_rs::embedded::Result<()> {
    let _ = worker.requests.send(Request::Finish { commit });
    let res = worker
        .done
        .recv()
        .unwrap_or_else(|_| Err(Error::custom("the transaction's worker stopped")));
    if let Some(thread) = worker.thread.take() {
        let _ = thread.join();
    }
    res
}

impl Drop for Transaction {
    /// An open transaction that is dropped rolls back.
    fn drop(&mut self) {
        if let Stage::Active(worker) = std::mem::replace(self.stage.get_mut(), Stage::Finished) {
            self.db.get().tx_closed(worker.owner);
            let _ = finish_worker(worker, false);
        }
    }
}

/// `db.transaction(func)`: `func(tx)` inside the transaction; commits when it returns, rolls
/// back when it raises.
pub(crate) fn run(tx: &Bound<'_, Transaction>, func: &Bound<'_, PyAny>) -> PyResult<PyObject> {
    let py = tx.py();
    tx.get().begin(py)?;
    match func.call1((tx.clone(),)) {
        Ok(value) => {
            tx.get().finish(py, true)?;
            Ok(value.unbind())
        }
        Err(err) => {
            // The function's exception wins over a failed rollback (which cannot fail anyway).
            let _ = tx.get().finish(py, false);
            Err(err)
        }
    }
}

#[pymethods]
impl Transaction {
    #[classmethod]
    fn __class_getitem__(cls: &Bound<'_, PyType>, _item: &Bound<'_, PyAny>) -> Py<PyType> {
        cls.clone().unbind()
    }

    fn __enter__(slf: &Bound<'_, Self>) -> PyResult<Py<Self>> {
        slf.get().begin(slf.py())?;
        Ok(slf.clone().unbind())
    }

    /// Commits when the block ended normally, rolls back when it raised (the exception
    /// propagates).
    #[pyo3(signature = (exc_type, _exc=None, _tb=None))]
    fn __exit__(
        &self,
        py: Python<'_>,
        exc_type: Option<&Bound<'_, PyAny>>,
        _exc: Option<&Bound<'_, PyAny>>,
        _tb: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<bool> {
        let commit = exc_type.map_or(true, |t| t.is_none());
        self.finish(py, commit)?;
        Ok(false)
    }

    /// Whether the transaction is inside its `with` block.
    #[getter]
    fn active(&self) -> bool {
        matches!(*self.stage.lock(), Stage::Active(_))
    }

    /// Runs any command given as its words inside the transaction (see
    /// `Database.execute_command`).
    #[pyo3(signature = (*args))]
    fn execute_command(&self, py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<PyObject> {
        let argv = args
            .iter()
            .map(|a| convert::encode(&a))
            .collect::<PyResult<Vec<_>>>()?;
        let reply = self.execute_argv(py, argv)?;
        convert::generic(py, reply, self.decode)
    }

    fn __repr__(&self) -> &'static str {
        match *self.stage.lock() {
            Stage::Ready => "<ferrite.Transaction not entered>",
            Stage::Starting => "<ferrite.Transaction starting>",
            Stage::Active(_) => "<ferrite.Transaction active>",
            Stage::Finished => "<ferrite.Transaction finished>",
        }
    }
}
