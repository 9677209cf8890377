//! The C API of Ferrite Embedded: `libferrite.so` / `libferrite.a` with the generated header
//! `generated/c/ferrite.h`.
//!
//! Every command function is generated (`generated/c/ffi.rs`, included below) from
//! `commands.yaml`; this file holds the hand-written rest: the C types, handles, errors,
//! opening and closing, transactions, iteration. `rt` is the runtime both share: the guard every
//! exported function runs in (panics caught, errors stored), handle checks, argument and reply
//! conversions. Conventions are in ferrite.h's opening comment and `bindings/c/README.md`.

#![allow(non_camel_case_types)]
#![allow(clippy::missing_safety_doc)]

use std::ffi::CStr;
use std::os::raw::{c_char, c_int, c_void};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::RwLock;

use ferrite_rs as ferrite;

use ferrite::embedded::{Database, EmbeddedConfig, Error, Recovery, SyncMode};

pub mod rt;

// ---------------------------------------------------------------------------- C types

/// `ferrite_bytes`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ferrite_bytes {
    /// Start (NULL: nil in results, empty with `len` 0 in arguments).
    pub ptr: *const c_char,
    /// Length.
    pub len: usize,
}

/// `ferrite_list_kind` values.
pub const FERRITE_LIST_LIST: c_int = 1;
/// Items in no order.
pub const FERRITE_LIST_SET: c_int = 2;
/// Items, nil allowed.
pub const FERRITE_LIST_OPTIONAL_ITEMS: c_int = 3;
/// Items and values.
pub const FERRITE_LIST_MAP: c_int = 4;
/// Items and scores.
pub const FERRITE_LIST_SCORED: c_int = 5;
/// Integers 0/1.
pub const FERRITE_LIST_BOOLS: c_int = 6;
/// Integers.
pub const FERRITE_LIST_INTEGERS: c_int = 7;
/// Scores with presence in integers.
pub const FERRITE_LIST_OPTIONAL_SCORES: c_int = 8;
/// Cursor and items.
pub const FERRITE_LIST_PAGE: c_int = 9;

/// `ferrite_list`.
#[repr(C)]
pub struct ferrite_list {
    /// Which columns are filled.
    pub kind: c_int,
    /// Elements.
    pub len: usize,
    /// Items column.
    pub items: *const ferrite_bytes,
    /// Values column.
    pub values: *const ferrite_bytes,
    /// Scores column.
    pub scores: *const f64,
    /// Integers column.
    pub integers: *const i64,
    /// Next cursor.
    pub cursor: u64,
}

/// `ferrite_reply`.
#[repr(C)]
pub struct ferrite_reply {
    /// `ferrite_reply_type`.
    pub kind: c_int,
    /// Integer value.
    pub integer: i64,
    /// Status or bulk text.
    pub str: *const c_char,
    /// Its length.
    pub len: usize,
    /// Array elements.
    pub elements: *const ferrite_reply,
    /// Their number.
    pub count: usize,
}

/// `ferrite_errcode` values.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ErrCode {
    Ok = 0,
    Generic = 1,
    WrongType = 2,
    Oom = 3,
    Closed = 4,
    Locked = 5,
    Io = 6,
    Corrupt = 7,
    Version = 8,
    Poisoned = 9,
    Config = 10,
    Unsupported = 11,
    Invalid = 12,
    Misuse = 13,
    Internal = 14,
    Other = 15,
}

/// `ferrite_error`: a code and a NUL-terminated message.
pub struct ferrite_error {
    code: ErrCode,
    message: std::ffi::CString,
}

/// Tags telling a live handle from a closed one (and from garbage, best effort).
const DB_MAGIC: u64 = 0x4645_5252_4442_4844; // "FERRDBHD"
const ITER_MAGIC: u64 = 0x4645_5252_4954_4844; // "FERRITHD"

/// `ferrite_db`: a database behind a lock that `ferrite_close` empties (the tombstone).
pub struct ferrite_db {
    magic: AtomicU64,
    /// `rt::fork_generation()` when opened: a different one means a forked child.
    fork_generation: u64,
    db: RwLock<Option<Database>>,
    /// How many handles on this database (this one and those from ferrite_with_db) are open:
    /// the last one to close closes the database.
    open_handles: Arc<AtomicUsize>,
}

/// `ferrite_tx`: opaque to C, never dereferenced. A transaction handle's address is a token
/// that `rt::tx` looks up among the transactions whose callbacks run on the calling thread, so a
/// handle kept after its callback (or passed to another thread) names nothing and gives
/// `FERRITE_ERR_MISUSE` instead of reading freed memory. Tokens are never reused.
pub struct ferrite_tx {
    _opaque: [u8; 0],
}

/// `ferrite_iter`: a SCAN cursor over a database handle.
pub struct ferrite_iter {
    magic: u64,
    db: *mut ferrite_db,
    pattern: Option<Vec<u8>>,
    cursor: u64,
    started: bool,
    page: std::collections::VecDeque<Vec<u8>>,
    current: Vec<u8>,
}

// ---------------------------------------------------------------------------- errors

/// The message of `err` ("" for NULL).
#[no_mangle]
pub unsafe extern "C" fn ferrite_error_message(err: *const ferrite_error) -> *const c_char {
    match unsafe { err.as_ref() } {
        Some(e) => e.message.as_ptr(),
        None => c"".as_ptr(),
    }
}

/// The code of `err` (`FERRITE_OK` for NULL).
#[no_mangle]
pub unsafe extern "C" fn ferrite_error_code(err: *const ferrite_error) -> c_int {
    match unsafe { err.as_ref() } {
        Some(e) => e.code as c_int,
        None => ErrCode::Ok as c_int,
    }
}

/// Releases an error.
#[no_mangle]
pub unsafe extern "C" fn ferrite_error_free(err: *mut ferrite_error) {
    if !err.is_null() {
        drop(unsafe { Box::from_raw(err) });
    }
}

/// Releases a heap result.
#[no_mangle]
pub unsafe extern "C" fn ferrite_free(ptr: *mut c_void) {
    unsafe { rt::free_block(ptr) }
}

/// The hash of the command table the library was built from.
#[no_mangle]
pub extern "C" fn ferrite_model_hash() -> u64 {
    ferrite::embedded::MODEL_HASH
}

/// The library version.
#[no_mangle]
pub extern "C" fn ferrite_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Test hook: the next call of `function` ("*": any) panics inside its guard.
#[no_mangle]
pub unsafe extern "C" fn ferrite_test_fail_next(function: *const c_char) {
    let name = if function.is_null() {
        None
    } else {
        Some(
            unsafe { CStr::from_ptr(function) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    rt::set_failpoint(name);
}

// ---------------------------------------------------------------------------- opening

/// `ferrite_sync_mode` values.
const SYNC_NONE: c_int = 0;
const SYNC_NORMAL: c_int = 1;
const SYNC_FULL: c_int = 2;

/// `ferrite_config`.
#[repr(C)]
pub struct ferrite_config {
    /// Directory (NULL: in memory).
    pub path: *const c_char,
    /// Memory limit (0: none).
    pub memory_limit: u64,
    /// Write-ahead log on.
    pub wal_enabled: bool,
    /// `ferrite_sync_mode`.
    pub sync_mode: c_int,
    /// Logical databases.
    pub num_databases: u32,
    /// Normal mode's window in ms.
    pub sync_window_ms: u64,
    /// Snapshot threshold in bytes.
    pub snapshot_threshold: u64,
    /// Open in salvage mode.
    pub salvage: bool,
}

fn new_handle(db: Database) -> *mut ferrite_db {
    handle_in_group(db, Arc::new(AtomicUsize::new(1)))
}

/// A handle on a database whose open handles `open_handles` counts (this one included).
fn handle_in_group(db: Database, open_handles: Arc<AtomicUsize>) -> *mut ferrite_db {
    Box::into_raw(Box::new(ferrite_db {
        magic: AtomicU64::new(DB_MAGIC),
        fork_generation: rt::fork_generation(),
        db: RwLock::new(Some(db)),
        open_handles,
    }))
}

/// Closes one handle's `database`: the database itself only when no other handle on it is
/// still open (dropping a handle that is not the last leaves the files open for the others).
fn close_handle(handle: &ferrite_db, database: Database) -> Result<(), Error> {
    if handle.open_handles.fetch_sub(1, Ordering::AcqRel) == 1 {
        database.close()
    } else {
        drop(database);
        Ok(())
    }
}

/// Fills `config` with the defaults and the environment.
#[no_mangle]
pub unsafe extern "C" fn ferrite_config_init(
    config: *mut ferrite_config,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_config_init", err, -1, || {
        let out = unsafe { config.as_mut() }.ok_or_else(|| rt::invalid("config is NULL"))?;
        let c = EmbeddedConfig::from_env()?;
        *out = ferrite_config {
            path: std::ptr::null(),
            memory_limit: c.memory_limit as u64,
            wal_enabled: c.wal_enabled,
            sync_mode: match c.sync_mode {
                SyncMode::None => SYNC_NONE,
                SyncMode::Normal => SYNC_NORMAL,
                SyncMode::Full => SYNC_FULL,
            },
            num_databases: u32::from(c.num_databases),
            sync_window_ms: u64::try_from(c.sync_window.as_millis()).unwrap_or(u64::MAX),
            snapshot_threshold: c.snapshot_threshold,
            salvage: c.recovery == Recovery::Salvage,
        };
        Ok(0)
    })
}

unsafe fn path_arg(path: *const c_char) -> Result<std::path::PathBuf, rt::FfiError> {
    let text = unsafe { CStr::from_ptr(path) }
        .to_str()
        .map_err(|_| rt::invalid("path is not valid UTF-8"))?;
    Ok(std::path::PathBuf::from(text))
}

/// Opens the database in directory `path`.
#[no_mangle]
pub unsafe extern "C" fn ferrite_open(
    path: *const c_char,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_db {
    rt::guard("ferrite_open", err, std::ptr::null_mut(), || {
        if path.is_null() {
            return Err(rt::invalid(
                "path is NULL (use ferrite_open_memory for an in-memory database)",
            ));
        }
        let path = unsafe { path_arg(path) }?;
        Ok(new_handle(Database::open(path)?))
    })
}

/// Opens with a configuration.
#[no_mangle]
pub unsafe extern "C" fn ferrite_open_with_config(
    config: *const ferrite_config,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_db {
    rt::guard(
        "ferrite_open_with_config",
        err,
        std::ptr::null_mut(),
        || {
            let c = unsafe { config.as_ref() }.ok_or_else(|| rt::invalid("config is NULL"))?;
            let path = if c.path.is_null() {
                None
            } else {
                Some(unsafe { path_arg(c.path) }?)
            };
            let sync_mode = match c.sync_mode {
                SYNC_NONE => SyncMode::None,
                SYNC_NORMAL => SyncMode::Normal,
                SYNC_FULL => SyncMode::Full,
                other => return Err(rt::bad_enum("sync_mode", other)),
            };
            let config = EmbeddedConfig {
                path,
                memory_limit: usize::try_from(c.memory_limit).unwrap_or(usize::MAX),
                wal_enabled: c.wal_enabled,
                sync_mode,
                num_databases: u8::try_from(c.num_databases)
                    .map_err(|_| rt::invalid("num_databases must be at most 255"))?,
                sync_window: Duration::from_millis(c.sync_window_ms),
                snapshot_threshold: c.snapshot_threshold,
                recovery: if c.salvage {
                    Recovery::Salvage
                } else {
                    Recovery::Strict
                },
                ..EmbeddedConfig::default()
            };
            Ok(new_handle(Database::open_with_config(config)?))
        },
    )
}

/// Opens an in-memory database.
#[no_mangle]
pub unsafe extern "C" fn ferrite_open_memory(err: *mut *mut ferrite_error) -> *mut ferrite_db {
    rt::guard("ferrite_open_memory", err, std::ptr::null_mut(), || {
        Ok(new_handle(Database::memory()?))
    })
}

/// A second handle with another logical database selected.
#[no_mangle]
pub unsafe extern "C" fn ferrite_with_db(
    db: *mut ferrite_db,
    index: u32,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_db {
    rt::guard("ferrite_with_db", err, std::ptr::null_mut(), || {
        let handle = rt::handle(db)?;
        let h = rt::db(db)?;
        let other = h.with_db(index as usize)?;
        handle.open_handles.fetch_add(1, Ordering::AcqRel);
        Ok(handle_in_group(other, Arc::clone(&handle.open_handles)))
    })
}

/// Closes the database; the handle becomes a tombstone.
#[no_mangle]
pub unsafe extern "C" fn ferrite_close(db: *mut ferrite_db, err: *mut *mut ferrite_error) -> c_int {
    rt::guard("ferrite_close", err, -1, || {
        let handle = rt::handle(db)?;
        let taken = handle.db.write().take();
        match taken {
            Some(database) => {
                close_handle(handle, database)?;
                Ok(0)
            }
            None => Err(rt::closed("the database handle is already closed")),
        }
    })
}

/// Releases the handle, closing it first if still open.
#[no_mangle]
pub unsafe extern "C" fn ferrite_db_free(db: *mut ferrite_db) {
    if db.is_null() {
        return;
    }
    rt::guard("ferrite_db_free", std::ptr::null_mut(), (), || {
        let handle = unsafe { &*db };
        if handle.magic.load(Ordering::Acquire) != DB_MAGIC {
            return Err(rt::misuse("not a database handle (already freed?)"));
        }
        handle.magic.store(0, Ordering::Release);
        let inner = handle.db.write().take();
        if handle.fork_generation != rt::fork_generation() {
            // The parent owns the files: dropping would flush its log from the child.
            rt::park_inherited(inner);
        } else if let Some(database) = inner {
            if let Err(e) = close_handle(handle, database) {
                ferrite_core::flog!(
                    log::Level::Warn,
                    "closing the database in ferrite_db_free failed: {e}"
                );
            }
        }
        drop(unsafe { Box::from_raw(db) });
        Ok(())
    });
}

/// Makes every write durable.
#[no_mangle]
pub unsafe extern "C" fn ferrite_sync(db: *mut ferrite_db, err: *mut *mut ferrite_error) -> c_int {
    rt::guard("ferrite_sync", err, -1, || {
        rt::db(db)?.sync()?;
        Ok(0)
    })
}

/// Takes a snapshot.
#[no_mangle]
pub unsafe extern "C" fn ferrite_snapshot(
    db: *mut ferrite_db,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_snapshot", err, -1, || {
        rt::db(db)?.snapshot()?;
        Ok(0)
    })
}

/// `ferrite_stats`.
#[repr(C)]
pub struct ferrite_stats {
    /// Keys in all databases.
    pub keys: u64,
    /// Keys in the selected database.
    pub keys_selected: u64,
    /// Accounted memory.
    pub memory_used: u64,
    /// Limit.
    pub memory_limit: u64,
    /// Log bytes.
    pub wal_bytes: u64,
    /// Snapshot bytes.
    pub snapshot_bytes: u64,
    /// Last fsync, Unix ms.
    pub last_sync_unix_ms: i64,
    /// Snapshots taken.
    pub snapshots: u64,
    /// Commands run.
    pub commands_processed: u64,
    /// Keys expired.
    pub expired_keys: u64,
}

/// Fills `out` with the statistics.
#[no_mangle]
pub unsafe extern "C" fn ferrite_stats_get(
    db: *mut ferrite_db,
    out: *mut ferrite_stats,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_stats_get", err, -1, || {
        let h = rt::db(db)?;
        let out = unsafe { out.as_mut() }.ok_or_else(|| rt::invalid("out is NULL"))?;
        let s = h.stats();
        *out = ferrite_stats {
            keys: s.keys_per_db.iter().sum::<usize>() as u64,
            keys_selected: s.keys_per_db.get(h.selected_db()).copied().unwrap_or(0) as u64,
            memory_used: s.memory_used as u64,
            memory_limit: s.memory_limit as u64,
            wal_bytes: s.wal_bytes,
            snapshot_bytes: s.snapshot_bytes,
            last_sync_unix_ms: s
                .last_sync
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
            snapshots: s.snapshots,
            commands_processed: s.commands_processed,
            expired_keys: s.expired_keys,
        };
        Ok(0)
    })
}

// ---------------------------------------------------------------------------- execute

/// Runs a command given as argv.
#[no_mangle]
pub unsafe extern "C" fn ferrite_execute(
    db: *mut ferrite_db,
    argv: *const ferrite_bytes,
    argc: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_execute", err, std::ptr::null_mut(), || {
        let h = rt::db(db)?;
        let argv = rt::bytes_array(argv, argc, "argv")?;
        let reply = h.execute(&argv)?;
        rt::reply(&reply)
    })
}

/// Runs a command given as argv inside a transaction.
#[no_mangle]
pub unsafe extern "C" fn ferrite_tx_execute(
    tx: *mut ferrite_tx,
    argv: *const ferrite_bytes,
    argc: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_reply {
    rt::guard("ferrite_tx_execute", err, std::ptr::null_mut(), || {
        let h = rt::tx(tx)?;
        let argv = rt::bytes_array(argv, argc, "argv")?;
        let reply = h.execute(&argv)?;
        rt::reply(&reply)
    })
}

// ---------------------------------------------------------------------------- transactions

/// `ferrite_tx_fn`.
pub type ferrite_tx_fn =
    Option<unsafe extern "C" fn(tx: *mut ferrite_tx, user: *mut c_void) -> c_int>;

/// The text of the error that carries a requested rollback out of the transaction closure.
const ROLLBACK: &str = "ferrite: rollback requested by the transaction callback";

/// Runs `f` as one transaction.
#[no_mangle]
pub unsafe extern "C" fn ferrite_transaction(
    db: *mut ferrite_db,
    f: ferrite_tx_fn,
    user_data: *mut c_void,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_transaction", err, -1, || {
        let h = rt::db(db)?;
        let f = f.ok_or_else(|| rt::invalid("fn is NULL"))?;
        let mut rolled_back = false;
        let res = h.transaction(|tx| {
            // Unregistered when the callback returns (or unwinds).
            let (handle, registration) = rt::register_tx(tx);
            let rc = unsafe { f(handle, user_data) };
            drop(registration);
            if rc == 0 {
                Ok(())
            } else {
                rolled_back = true;
                Err(Error::custom(ROLLBACK))
            }
        });
        match res {
            Ok(()) => Ok(0),
            Err(_) if rolled_back => Ok(1),
            Err(e) => Err(e.into()),
        }
    })
}

// ---------------------------------------------------------------------------- iteration

/// An iterator over the keys matching `pattern`.
#[no_mangle]
pub unsafe extern "C" fn ferrite_scan_iter(
    db: *mut ferrite_db,
    pattern: *const c_char,
    pattern_len: usize,
    err: *mut *mut ferrite_error,
) -> *mut ferrite_iter {
    rt::guard("ferrite_scan_iter", err, std::ptr::null_mut(), || {
        let _ = rt::db(db)?;
        let pattern = rt::bytes(pattern, pattern_len, "pattern")?;
        Ok(Box::into_raw(Box::new(ferrite_iter {
            magic: ITER_MAGIC,
            db,
            pattern: (!pattern.is_empty()).then(|| pattern.to_vec()),
            cursor: 0,
            started: false,
            page: Default::default(),
            current: Vec::new(),
        })))
    })
}

/// The next key.
#[no_mangle]
pub unsafe extern "C" fn ferrite_iter_next(
    iter: *mut ferrite_iter,
    key: *mut ferrite_bytes,
    err: *mut *mut ferrite_error,
) -> c_int {
    rt::guard("ferrite_iter_next", err, -1, || {
        let it = unsafe { iter.as_mut() }.ok_or_else(|| rt::misuse("the iterator is NULL"))?;
        if it.magic != ITER_MAGIC {
            return Err(rt::misuse("not an iterator (already freed?)"));
        }
        loop {
            if let Some(next) = it.page.pop_front() {
                it.current = next;
                if let Some(out) = unsafe { key.as_mut() } {
                    *out = ferrite_bytes {
                        ptr: it.current.as_ptr().cast(),
                        len: it.current.len(),
                    };
                }
                return Ok(1);
            }
            if it.started && it.cursor == 0 {
                return Ok(0);
            }
            let h = rt::db(it.db)?;
            let options = ferrite::embedded::ScanOptions {
                pattern: it.pattern.clone(),
                count: Some(100),
                ..Default::default()
            };
            let (cursor, keys) = h.scan_with(it.cursor, &options)?;
            it.started = true;
            it.cursor = cursor;
            it.page.extend(keys);
        }
    })
}

/// Releases an iterator.
#[no_mangle]
pub unsafe extern "C" fn ferrite_iter_free(iter: *mut ferrite_iter) {
    if iter.is_null() {
        return;
    }
    // SAFETY: the caller passes an iterator from ferrite_scan_iter, once.
    let it = unsafe { Box::from_raw(iter) };
    if it.magic != ITER_MAGIC {
        // Not ours: leak rather than free garbage.
        std::mem::forget(it);
    }
}

// ---------------------------------------------------------------------------- commands

/// The generated command functions (the patterns the generator writes for every reply and
/// argument shape are uniform rather than minimal).
#[allow(
    clippy::needless_question_mark,
    clippy::let_unit_value,
    clippy::map_identity
)]
pub mod ffi {
    include!("../../../generated/c/ffi.rs");
}
#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `DBSIZE` through `ferrite_tx_execute` on `tx`; returns the error code (0: success).
    unsafe fn tx_dbsize(tx: *mut ferrite_tx) -> c_int {
        let argv = [ferrite_bytes {
            ptr: b"DBSIZE".as_ptr().cast(),
            len: 6,
        }];
        let mut err = std::ptr::null_mut();
        let reply = unsafe { ferrite_tx_execute(tx, argv.as_ptr(), 1, &mut err) };
        let code = unsafe { ferrite_error_code(err) };
        unsafe {
            ferrite_error_free(err);
            ferrite_free(reply.cast());
        }
        code
    }

    unsafe extern "C" fn keep(tx: *mut ferrite_tx, user: *mut c_void) -> c_int {
        unsafe { *user.cast::<*mut ferrite_tx>() = tx };
        0
    }

    unsafe extern "C" fn from_threads(tx: *mut ferrite_tx, user: *mut c_void) -> c_int {
        let here = unsafe { tx_dbsize(tx) };
        let addr = tx as usize;
        let there = std::thread::spawn(move || unsafe { tx_dbsize(addr as *mut ferrite_tx) })
            .join()
            .unwrap();
        unsafe { *user.cast::<[c_int; 2]>() = [here, there] };
        0
    }

    /// A ferrite_tx works in its callback on its thread, and is refused with MISUSE (not read)
    /// on another thread or after the callback returned (its memory is freed by then).
    #[test]
    fn tx_handle_only_in_its_callback_on_its_thread() {
        unsafe {
            let mut err = std::ptr::null_mut();
            let db = ferrite_open_memory(&mut err);
            assert!(!db.is_null());
            let mut codes = [-1 as c_int; 2];
            let rc = ferrite_transaction(
                db,
                Some(from_threads),
                (&mut codes as *mut [c_int; 2]).cast(),
                &mut err,
            );
            assert_eq!(rc, 0);
            assert_eq!(codes, [ErrCode::Ok as c_int, ErrCode::Misuse as c_int]);
            let mut kept: *mut ferrite_tx = std::ptr::null_mut();
            let rc = ferrite_transaction(
                db,
                Some(keep),
                (&mut kept as *mut *mut ferrite_tx).cast(),
                &mut err,
            );
            assert_eq!(rc, 0);
            assert!(!kept.is_null());
            assert_eq!(tx_dbsize(kept), ErrCode::Misuse as c_int);
            ferrite_db_free(db);
        }
    }
}
