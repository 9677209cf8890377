//! Transactions: the `Transaction` object that a transaction callback receives.
//!
//! Two modes share the one class (and its generated command methods):
//! - **queued** (`await db.transaction(async (tx) => ...)`): each command method checks and
//!   converts its arguments, then queues the argv and returns `undefined`. When the callback's
//!   promise resolves, the JavaScript wrapper (`index.js`) calls `_ferriteCommit`, which runs
//!   the queue inside one `Database::transaction` on the libuv thread pool and resolves to the
//!   replies; if the callback throws, `_ferriteDiscard` drops the queue and nothing runs. Like
//!   MULTI/EXEC, the callback cannot read inside the transaction (a queued read returns
//!   `undefined`; its reply, which does see the earlier queued writes, is in the commit's
//!   result), and unlike EXEC, a command that fails rolls back the whole transaction.
//! - **live** (`db.transactionSync((tx) => ...)`): the callback runs on the JavaScript thread
//!   inside `Database::transaction`, holding every lock; each command method runs at once on
//!   the transaction and returns its reply, so reads see the transaction's own writes. A throw
//!   rolls every write back.
//!
//! Invariant: a live transaction's pointer is only dereferenced while `Database::transaction`
//! is running the closure that set it (`TxState::Live` is replaced by `Done` before the closure
//! returns); a transaction object used after its callback answers `MISUSE`.

use std::cell::RefCell;
use std::rc::Rc;

use napi::bindgen_prelude::AsyncTask;
use napi_derive::napi;

use ferrite::embedded::Reply;

use crate::convert::{Argv, Conv, Result, Val};
use crate::reply::{Kind, Out};
use crate::{Call, Handle, Work};

/// Where a transaction object stands.
pub(crate) enum TxState {
    /// Collecting commands for `_ferriteCommit`.
    Queued(Vec<(Kind, Vec<Vec<u8>>)>),
    /// Inside `transactionSync`: the transaction its closure runs with (lifetime erased; see
    /// the module's invariant).
    Live(*const ferrite::embedded::Transaction<'static>),
    /// Committed, discarded, or its callback returned.
    Done,
}

/// The handle a transaction callback receives: every command of the database, queued (in
/// `transaction`) or run at once (in `transactionSync`).
#[napi]
pub struct Transaction {
    pub(crate) handle: std::sync::Arc<Handle>,
    pub(crate) state: Rc<RefCell<TxState>>,
    pub(crate) decode: bool,
}

impl Transaction {
    /// Runs (live) or queues (queued) one command.
    pub(crate) fn run(&self, kind: Kind, argv: Argv) -> Result<Out> {
        let state = self.state.borrow();
        Ok(match &*state {
            TxState::Queued(_) => {
                drop(state);
                if let TxState::Queued(queue) = &mut *self.state.borrow_mut() {
                    queue.push((kind, argv.0));
                }
                Out::Undefined
            }
            TxState::Live(tx) => {
                // SAFETY: `Live` holds the transaction of the `Database::transaction` closure
                // that is running right now on this thread (module invariant).
                let tx = unsafe { &**tx };
                let res: std::result::Result<Reply, _> = tx.execute(&argv.0);
                Out::of(kind, res, self.decode)
            }
            TxState::Done => Out::Misuse(
                "the transaction has ended: use a transaction object only inside its callback"
                    .into(),
            ),
        })
    }
}

#[napi]
impl Transaction {
    /// Any command as an argv of strings, Buffers and numbers; the reply as Redis sends it.
    #[napi]
    pub fn execute(&self, argv: Val) -> Result<Out> {
        let mut args = Argv::default();
        args.items(argv, "argv", Conv::Bytes)?;
        self.run(Kind::Reply, args)
    }

    /// Runs the queued commands in one transaction (on the thread pool); resolves to their
    /// replies. Called by `index.js` once the callback resolved.
    #[napi(js_name = "_ferriteCommit")]
    pub fn commit(&self) -> AsyncTask<Call> {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), TxState::Done);
        let work = match state {
            TxState::Queued(queue) => Work::Commit(queue),
            TxState::Live(_) | TxState::Done => {
                Work::Misuse("the transaction has already ended".into())
            }
        };
        AsyncTask::new(Call {
            handle: self.handle.clone(),
            work,
            decode: self.decode,
        })
    }

    /// Drops the queued commands (the callback threw).
    #[napi(js_name = "_ferriteDiscard")]
    pub fn discard(&self) {
        let mut state = self.state.borrow_mut();
        if let TxState::Queued(_) = &*state {
            *state = TxState::Done;
        }
    }
}
