//! Iterators.
//!
//! - `CursorIterator`: the generator behind every generated `<command>_iter` method of a cursor
//!   command (`scan_iter`): it reruns the command's argv with each cursor the previous page
//!   returned, yielding the page's items, until the cursor is 0 again (SCAN's guarantees: every
//!   key present for the whole walk is yielded; a key may be yielded twice).
//! - `hscan_iter`, `sscan_iter`, `zscan_iter` (on `Database`): the table has no HSCAN, SSCAN or
//!   ZSCAN, so these iterate over a snapshot of the value taken at the call (the Rust API's
//!   `iter_hash`, `iter_set`, `iter_zset`), filtered by the glob `match`. A missing key yields
//!   nothing; a key of another type raises `WrongTypeError`, as the SCAN commands do.

use std::collections::VecDeque;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use pyo3::IntoPyObjectExt;

use ferrite_rs::embedded::{Error, Reply};

use crate::{convert, Database, Transaction};

/// What a cursor iterator runs its commands on.
pub enum Receiver {
    Database(Py<Database>),
    Transaction(Py<Transaction>),
}

impl Receiver {
    fn execute(&self, py: Python<'_>, argv: Vec<Vec<u8>>) -> PyResult<Reply> {
        match self {
            Receiver::Database(db) => db.get().execute_argv(py, argv),
            Receiver::Transaction(tx) => tx.get().execute_argv(py, argv),
        }
    }

    fn decodes(&self) -> bool {
        match self {
            Receiver::Database(db) => db.get().decodes(),
            Receiver::Transaction(tx) => tx.get().decodes(),
        }
    }
}

/// A generator over the items of a cursor command's pages.
#[pyclass(module = "ferrite")]
pub struct CursorIterator {
    receiver: Receiver,
    /// The command line; the cursor goes at `slot`.
    argv: Vec<Vec<u8>>,
    slot: usize,
    /// The next cursor to ask for (`None`: the walk is over).
    cursor: Option<u64>,
    buffer: VecDeque<Reply>,
}

impl CursorIterator {
    /// A walk of `argv` (whose cursor argument is at `slot`) from cursor 0.
    pub(crate) fn new(receiver: Receiver, argv: convert::Argv, slot: usize) -> CursorIterator {
        CursorIterator {
            receiver,
            argv: argv.into_vec(),
            slot,
            cursor: Some(0),
            buffer: VecDeque::new(),
        }
    }
}

/// The cursor and items of a page (`[cursor, [items]]`).
fn page(reply: Reply) -> Option<(u64, Vec<Reply>)> {
    let Reply::Array(mut parts) = reply else {
        return None;
    };
    if parts.len() != 2 {
        return None;
    }
    let items = match parts.pop()? {
        Reply::Array(items) => items,
        _ => return None,
    };
    let cursor = match parts.pop()? {
        Reply::Bulk(bytes) => std::str::from_utf8(&bytes).ok()?.parse().ok()?,
        _ => return None,
    };
    Some((cursor, items))
}

#[pymethods]
impl CursorIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyObject>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return convert::generic(py, item, self.receiver.decodes()).map(Some);
            }
            let Some(cursor) = self.cursor else {
                return Ok(None);
            };
            let mut argv = self.argv.clone();
            if let Some(arg) = argv.get_mut(self.slot) {
                *arg = cursor.to_string().into_bytes();
            }
            let reply = self.receiver.execute(py, argv)?;
            let Some((next, items)) = page(reply) else {
                self.cursor = None;
                return Err(crate::errors::to_py(Error::custom(
                    "a cursor command replied with something other than [cursor, [items]]",
                )));
            };
            self.cursor = (next != 0).then_some(next);
            self.buffer.extend(items);
        }
    }
}

/// Fails with WRONGTYPE when `key` exists with another type than `expected`.
pub fn check_type(
    db: &ferrite_rs::Database,
    key: &[u8],
    expected: ferrite_core::KeyType,
) -> ferrite_rs::embedded::Result<()> {
    match db.key_type(key)? {
        Some(found) if found != expected => Err(Error::WrongType),
        _ => Ok(()),
    }
}

fn matches(pattern: &Option<Vec<u8>>, item: &[u8]) -> bool {
    pattern
        .as_deref()
        .map_or(true, |p| ferrite_core::glob::matches(p, item))
}

fn into_iter(list: Bound<'_, PyList>) -> PyResult<PyObject> {
    Ok(list.try_iter()?.into_any().unbind())
}

/// An iterator over (field, value) tuples whose field matches.
pub fn hash_items(
    py: Python<'_>,
    items: Vec<(Vec<u8>, Vec<u8>)>,
    pattern: Option<Vec<u8>>,
    decode: bool,
) -> PyResult<PyObject> {
    let list = PyList::empty(py);
    for (field, value) in items.iter().filter(|(f, _)| matches(&pattern, f)) {
        let pair = [
            convert::text(py, field, decode)?,
            convert::text(py, value, decode)?,
        ];
        list.append(PyTuple::new(py, pair)?)?;
    }
    into_iter(list)
}

/// An iterator over the members that match.
pub fn set_items(
    py: Python<'_>,
    items: Vec<Vec<u8>>,
    pattern: Option<Vec<u8>>,
    decode: bool,
) -> PyResult<PyObject> {
    let list = PyList::empty(py);
    for member in items.iter().filter(|m| matches(&pattern, m)) {
        list.append(convert::text(py, member, decode)?)?;
    }
    into_iter(list)
}

/// An iterator over (member, score) tuples whose member matches.
pub fn zset_items(
    py: Python<'_>,
    items: Vec<(Vec<u8>, f64)>,
    pattern: Option<Vec<u8>>,
    decode: bool,
) -> PyResult<PyObject> {
    let list = PyList::empty(py);
    for (member, score) in items.iter().filter(|(m, _)| matches(&pattern, m)) {
        let pair = [convert::text(py, member, decode)?, score.into_py_any(py)?];
        list.append(PyTuple::new(py, pair)?)?;
    }
    into_iter(list)
}
