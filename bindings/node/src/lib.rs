//! The Node.js binding of Ferrite Embedded (napi-rs), loaded by `index.js` as `ferrite.node`.
//!
//! Every command method — `get(key)` returning a Promise, `getSync(key)`, and the same method on
//! `Transaction` — is generated from `commands.yaml` into `generated/node/commands.rs`
//! (`codegen/src/targets/node.rs`), included below. Each converts its arguments into the
//! command's argv (`convert`) and runs it through `Database::execute`, so parsing and errors are
//! exactly Redis's; the reply becomes the JavaScript value of the method's reply kind
//! (`reply`). This file holds the hand-written rest: the handle, opening and closing, `execute`,
//! the asynchronous task every Promise-returning method runs on the libuv thread pool, and
//! `transactionSync`; `tx.rs` holds the transaction object.
//!
//! Invariants: no hand-written file here names a command (the SCAN iterator in `index.js`
//! calls the generated `scanWith`); nothing panics on input; a closed database answers every
//! call with an error whose code is `CLOSED`. Unsafe code is the napi C API's, in `convert`
//! and `reply` (values of the current call only), and the live transaction pointer (`tx`).

#![deny(clippy::undocumented_unsafe_blocks)]

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use napi::bindgen_prelude::{AsyncTask, FromNapiValue, Function, Task};
use napi::{sys, Env};
use napi_derive::napi;
use parking_lot::RwLock;

use ferrite::embedded::{EmbeddedConfig, Error, SyncMode};

mod convert;
mod reply;
mod tx;

#[path = "../../../generated/node/commands.rs"]
mod commands;

use convert::{check, js_error, Argv, Conv, ErrorKind, Options, Result, Val};
use reply::{db_error, Kind, Out};
use tx::{Transaction, TxState};

/// What a JavaScript `Database` object shares with the tasks it started.
pub(crate) struct Handle {
    /// `None` once closed.
    db: RwLock<Option<ferrite::embedded::Database>>,
    /// Set while `transactionSync` runs its callback on the JavaScript thread with every lock
    /// held: a synchronous call on the database then would wait for itself.
    in_sync_tx: AtomicBool,
}

impl Handle {
    fn with<T>(
        &self,
        f: impl FnOnce(&ferrite::embedded::Database) -> std::result::Result<T, Error>,
    ) -> std::result::Result<T, Error> {
        match &*self.db.read() {
            Some(db) => f(db),
            None => Err(Error::Closed),
        }
    }

    /// Does `work` (on whichever thread calls it).
    fn run(&self, work: Work, decode: bool) -> Out {
        match work {
            Work::Command(kind, argv) => Out::of(kind, self.with(|db| db.execute(&argv)), decode),
            Work::Commit(queue) => {
                let res = self.with(|db| {
                    db.transaction(|tx| {
                        queue
                            .into_iter()
                            .map(|(kind, argv)| Ok((kind, tx.execute(&argv)?)))
                            .collect::<std::result::Result<Vec<_>, Error>>()
                    })
                });
                match res {
                    Ok(replies) => Out::Replies { replies, decode },
                    Err(err) => Out::Failed(err),
                }
            }
            Work::Close => {
                let db = self.db.write().take();
                match db.map(ferrite::embedded::Database::close) {
                    Some(Err(err)) => Out::Failed(err),
                    _ => Out::Undefined,
                }
            }
            Work::Sync => match self.with(|db| db.sync()) {
                Ok(()) => Out::Undefined,
                Err(err) => Out::Failed(err),
            },
            Work::Snapshot => match self.with(|db| db.snapshot()) {
                Ok(()) => Out::Undefined,
                Err(err) => Out::Failed(err),
            },
            Work::Misuse(message) => Out::Misuse(message),
            Work::Reject(err) => Out::Misuse(err.reason),
        }
    }
}

/// What an asynchronous call does.
pub(crate) enum Work {
    /// One command.
    Command(Kind, Vec<Vec<u8>>),
    /// A queued transaction.
    Commit(Vec<(Kind, Vec<Vec<u8>>)>),
    Close,
    Sync,
    Snapshot,
    /// Fails with `MISUSE` (so the Promise rejects instead of the call throwing).
    Misuse(String),
    /// Rejects with this error (an argument's `TypeError`, created on the JavaScript thread and
    /// handed back to it).
    Reject(napi::Error),
}

/// The task behind every Promise: `work` on the libuv thread pool, the reply converted on the
/// JavaScript thread.
pub struct Call {
    handle: Arc<Handle>,
    work: Work,
    decode: bool,
}

impl Task for Call {
    type Output = Out;
    type JsValue = Out;

    fn compute(&mut self) -> Result<Out> {
        let work = std::mem::replace(&mut self.work, Work::Misuse("the task already ran".into()));
        match work {
            Work::Reject(err) => Err(err),
            work => Ok(self.handle.run(work, self.decode)),
        }
    }

    fn resolve(&mut self, _env: Env, output: Out) -> Result<Out> {
        Ok(output)
    }
}

/// An open database.
#[napi]
pub struct Database {
    handle: Arc<Handle>,
    /// Bulk replies as strings (else `Buffer`s).
    decode: bool,
}

impl Database {
    /// A command as a Promise (generated methods call this); a bad argument rejects it.
    fn call(&self, kind: Kind, argv: Result<Argv>) -> AsyncTask<Call> {
        self.task(match argv {
            Ok(argv) => Work::Command(kind, argv.0),
            Err(err) => Work::Reject(err),
        })
    }

    fn task(&self, work: Work) -> AsyncTask<Call> {
        AsyncTask::new(Call {
            handle: self.handle.clone(),
            work,
            decode: self.decode,
        })
    }

    /// A command on the JavaScript thread (generated `...Sync` methods call this).
    fn call_sync(&self, kind: Kind, argv: Argv) -> Out {
        self.run_sync(Work::Command(kind, argv.0))
    }

    fn run_sync(&self, work: Work) -> Out {
        if self.handle.in_sync_tx.load(Ordering::Acquire) {
            return Out::Misuse(
                "the database is inside its own transactionSync callback: use the transaction \
                 object, or an async method"
                    .into(),
            );
        }
        self.handle.run(work, self.decode)
    }
}

#[napi]
impl Database {
    /// Any command as an argv of strings, Buffers and numbers, parsed exactly as Redis parses
    /// it; resolves to the reply as Redis sends it.
    #[napi]
    pub fn execute(&self, argv: Val) -> AsyncTask<Call> {
        let mut args = Argv::default();
        let args = args.items(argv, "argv", Conv::Bytes).map(|()| args);
        self.call(Kind::Reply, args)
    }

    /// `execute` on the JavaScript thread.
    #[napi(js_name = "executeSync")]
    pub fn execute_sync(&self, argv: Val) -> Result<Out> {
        let mut args = Argv::default();
        args.items(argv, "argv", Conv::Bytes)?;
        Ok(self.call_sync(Kind::Reply, args))
    }

    /// Closes the database: a final snapshot, everything durable, the directory lock released.
    /// Every later call fails with code `CLOSED`; closing again does nothing.
    #[napi]
    pub fn close(&self) -> AsyncTask<Call> {
        self.task(Work::Close)
    }

    /// `close` on the JavaScript thread.
    #[napi(js_name = "closeSync")]
    pub fn close_sync(&self) -> Out {
        self.run_sync(Work::Close)
    }

    /// Whether `close` has run.
    #[napi(getter)]
    pub fn closed(&self) -> bool {
        // Recursive: inside `transactionSync` this thread already holds a read lock, and a
        // `close()` waiting on the pool must not make a second read wait behind it.
        self.handle.db.read_recursive().is_none()
    }

    /// Makes every write so far durable (fsync), whatever the sync mode.
    #[napi]
    pub fn sync(&self) -> AsyncTask<Call> {
        self.task(Work::Sync)
    }

    /// `sync` on the JavaScript thread.
    #[napi(js_name = "syncSync")]
    pub fn sync_sync(&self) -> Out {
        self.run_sync(Work::Sync)
    }

    /// Takes a snapshot now and retires the log before it.
    #[napi]
    pub fn snapshot(&self) -> AsyncTask<Call> {
        self.task(Work::Snapshot)
    }

    /// `snapshot` on the JavaScript thread.
    #[napi(js_name = "snapshotSync")]
    pub fn snapshot_sync(&self) -> Out {
        self.run_sync(Work::Snapshot)
    }

    /// Statistics: keys, memory, log and snapshot sizes, commands processed.
    #[napi]
    pub fn stats(&self) -> Out {
        if self.handle.in_sync_tx.load(Ordering::Acquire) {
            return self.run_sync(Work::Misuse(String::new()));
        }
        match &*self.handle.db.read() {
            Some(db) => Out::Stats(db.stats()),
            None => Out::Failed(Error::Closed),
        }
    }

    /// A queued transaction for `index.js`'s `transaction(callback)`.
    #[napi(js_name = "_ferriteBegin")]
    pub fn begin(&self) -> Transaction {
        Transaction {
            handle: self.handle.clone(),
            state: Rc::new(RefCell::new(TxState::Queued(Vec::new()))),
            decode: self.decode,
        }
    }

    /// Runs `callback(tx)` on the JavaScript thread inside one transaction and returns what it
    /// returns; each `tx` method runs at once, and reads see the transaction's writes. If the
    /// callback throws, every write is rolled back and the error is rethrown. The callback must
    /// be synchronous (a returned Promise rolls back and throws a `TypeError`).
    #[napi(js_name = "transactionSync")]
    pub fn transaction_sync(&self, env: Env, callback: Val) -> Result<Val> {
        let raw_env = env.raw();
        callback.expect_function("callback")?;
        // SAFETY: `callback` is a function value of this call's environment.
        let callback: Function<'_, Transaction, Val> =
            unsafe { Function::from_napi_value(raw_env, callback.raw()) }?;
        if self.handle.in_sync_tx.swap(true, Ordering::AcqRel) {
            return Err(js_error(
                raw_env,
                ErrorKind::Error,
                "MISUSE",
                "transactionSync cannot nest: use the outer transaction object",
            ));
        }
        let state = Rc::new(RefCell::new(TxState::Done));
        let mut outcome: Option<Result<Val>> = None;
        let res = self.handle.with(|db| {
            db.transaction(|tx| {
                let ptr: *const ferrite::embedded::Transaction<'_> = tx;
                *state.borrow_mut() = TxState::Live(ptr.cast());
                let called = callback.call(Transaction {
                    handle: self.handle.clone(),
                    state: state.clone(),
                    decode: self.decode,
                });
                *state.borrow_mut() = TxState::Done;
                let called = called.and_then(|value| {
                    if is_promise(raw_env, value)? {
                        Err(js_error(
                            raw_env,
                            ErrorKind::TypeError,
                            "ERR_INVALID_RETURN_VALUE",
                            "the transactionSync callback returned a Promise: it must be \
                             synchronous (use transaction() for an async callback)",
                        ))
                    } else {
                        Ok(value)
                    }
                });
                let failed = called.is_err();
                outcome = Some(called);
                if failed {
                    Err(Error::custom("the transaction callback threw"))
                } else {
                    Ok(())
                }
            })
        });
        self.handle.in_sync_tx.store(false, Ordering::Release);
        match (res, outcome) {
            (_, Some(Err(err))) => Err(err),
            (Ok(()), Some(Ok(value))) => Ok(value),
            (Err(err), _) => Err(db_error(raw_env, &err)),
            (Ok(()), None) => Err(napi::Error::from_reason(
                "the transaction callback did not run",
            )),
        }
    }
}

fn is_promise(env: sys::napi_env, value: Val) -> Result<bool> {
    let mut is = false;
    check(
        // SAFETY: `value` was returned to this call by the callback, in `env`.
        unsafe {
            sys::napi_is_promise(
                env,
                napi::bindgen_prelude::ToNapiValue::to_napi_value(env, value)?,
                &mut is,
            )
        },
        "is_promise",
    )?;
    Ok(is)
}

/// Opens (or creates) the database in directory `path`.
#[napi]
pub fn open(env: Env, path: Val, options: Option<Val>) -> Result<Database> {
    open_with(env, Some(path.text("path")?), options)
}

/// An in-memory database.
#[napi]
pub fn memory(env: Env, options: Option<Val>) -> Result<Database> {
    open_with(env, None, options)
}

/// The command model's hash, to compare with the generated files' (`commands::MODEL_HASH`).
#[napi(js_name = "_ferriteModelHash")]
pub fn model_hash() -> String {
    format!("{:016x}", ferrite::embedded::MODEL_HASH)
}

const OPEN_OPTIONS: &[&str] = &["returnBuffers", "syncMode", "memoryLimit", "numDatabases"];

fn open_with(env: Env, path: Option<String>, options: Option<Val>) -> Result<Database> {
    let raw_env = env.raw();
    let options = Options::read(options, "open", "options", OPEN_OPTIONS)?;
    let fail = |err: Error| db_error(raw_env, &err);
    let mut config = EmbeddedConfig::from_env().map_err(fail)?;
    config.path = path.map(Into::into);
    if let Some(mode) = options.string("syncMode")? {
        config.sync_mode = SyncMode::from_name(&mode).ok_or_else(|| {
            js_error(
                raw_env,
                ErrorKind::TypeError,
                "ERR_INVALID_ARG_VALUE",
                &format!("options.syncMode must be 'none', 'normal' or 'full' (got '{mode}')"),
            )
        })?;
    }
    if let Some(limit) = options.count("memoryLimit")? {
        config.memory_limit = usize::try_from(limit).unwrap_or(usize::MAX);
    }
    if let Some(n) = options.count("numDatabases")? {
        config.num_databases = u8::try_from(n).map_err(|_| {
            js_error(
                raw_env,
                ErrorKind::TypeError,
                "ERR_INVALID_ARG_VALUE",
                "options.numDatabases must be 1 to 255",
            )
        })?;
    }
    let decode = !options.flag("returnBuffers")?;
    let db = ferrite::embedded::Database::open_with_config(config).map_err(fail)?;
    Ok(Database {
        handle: Arc::new(Handle {
            db: RwLock::new(Some(db)),
            in_sync_tx: AtomicBool::new(false),
        }),
        decode,
    })
}
