//! The runtime of the C API: the guard every exported function runs in, handle checks, argument
//! conversions, and replies laid out as single `malloc` blocks.
//!
//! Invariants: nothing here panics on caller input (a panic anywhere inside `guard` is caught and
//! reported as `FERRITE_ERR_INTERNAL`); every pointer handed to C was allocated by `malloc` and is
//! released by `free` alone, so `ferrite_free` releases any result in one call.

// The functions here take pointers straight from the C caller, inside the exported
// `unsafe extern "C"` functions whose contract (ferrite.h) covers them; each says what it reads.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use std::cell::RefCell;
use std::os::raw::{c_char, c_int, c_void};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Once;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use parking_lot::{MappedRwLockReadGuard, RwLockReadGuard};

use crate::ferrite::embedded::{Database, Error, KeyType, Reply, Transaction};
use crate::{
    ferrite_bytes, ferrite_db, ferrite_error, ferrite_list, ferrite_reply, ferrite_tx, ErrCode,
    DB_MAGIC, FERRITE_LIST_MAP, FERRITE_LIST_OPTIONAL_ITEMS, FERRITE_LIST_OPTIONAL_SCORES,
    FERRITE_LIST_PAGE, FERRITE_LIST_SCORED,
};

extern "C" {
    fn malloc(size: usize) -> *mut c_void;
    fn free(ptr: *mut c_void);
    fn pthread_atfork(
        prepare: Option<unsafe extern "C" fn()>,
        parent: Option<unsafe extern "C" fn()>,
        child: Option<unsafe extern "C" fn()>,
    ) -> c_int;
}

/// Releases a block from this module (or NULL).
pub unsafe fn free_block(ptr: *mut c_void) {
    unsafe { free(ptr) }
}

// ---------------------------------------------------------------------------- errors

/// An error on its way to C.
#[derive(Debug)]
pub struct FfiError {
    code: ErrCode,
    message: String,
}

impl From<Error> for FfiError {
    fn from(e: Error) -> FfiError {
        let code = match e.code() {
            "WRONGTYPE" => ErrCode::WrongType,
            "OOM" => ErrCode::Oom,
            "CLOSED" => ErrCode::Closed,
            "LOCKED" => ErrCode::Locked,
            "IO" => ErrCode::Io,
            "CORRUPT" => ErrCode::Corrupt,
            "VERSION" => ErrCode::Version,
            "POISONED" => ErrCode::Poisoned,
            "CONFIG" => ErrCode::Config,
            "UNSUPPORTED" => ErrCode::Unsupported,
            "ERR" => ErrCode::Generic,
            _ => ErrCode::Other,
        };
        FfiError {
            code,
            message: e.to_string(),
        }
    }
}

fn error(code: ErrCode, prefix: &str, message: impl std::fmt::Display) -> FfiError {
    FfiError {
        code,
        message: format!("{prefix} {message}"),
    }
}

/// An invalid C argument.
pub fn invalid(message: impl std::fmt::Display) -> FfiError {
    error(ErrCode::Invalid, "INVALID", message)
}

/// A misused handle.
pub fn misuse(message: impl std::fmt::Display) -> FfiError {
    error(ErrCode::Misuse, "MISUSE", message)
}

/// A closed handle.
pub fn closed(message: impl std::fmt::Display) -> FfiError {
    error(ErrCode::Closed, "CLOSED", message)
}

/// An enum argument out of range.
pub fn bad_enum(name: &str, value: c_int) -> FfiError {
    invalid(format!("{name} has no alternative {value}"))
}

// ---------------------------------------------------------------------------- the guard

static FAILPOINT_SET: AtomicBool = AtomicBool::new(false);
static FAILPOINT: parking_lot::Mutex<Option<String>> = parking_lot::Mutex::new(None);

/// Arms (or, with `None`, clears) the test failpoint.
pub fn set_failpoint(name: Option<String>) {
    let mut slot = FAILPOINT.lock();
    FAILPOINT_SET.store(name.is_some(), Ordering::Release);
    *slot = name;
}

fn failpoint_hit(function: &str) -> bool {
    if !FAILPOINT_SET.load(Ordering::Acquire) {
        return false;
    }
    let mut slot = FAILPOINT.lock();
    let hit = matches!(slot.as_deref(), Some(name) if name == "*" || name == function);
    if hit {
        *slot = None;
        FAILPOINT_SET.store(false, Ordering::Release);
    }
    hit
}

thread_local! {
    /// The message of the last panic caught on this thread (the hook records it quietly).
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Installs (once) a panic hook that records the message instead of printing it, for panics
/// inside the guard; other panics go to the previous hook.
fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let inside = IN_GUARD.with(|g| g.get() > 0);
            if inside {
                let location = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let payload = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload}{location}")));
            } else {
                previous(info);
            }
        }));
    });
}

thread_local! {
    static IN_GUARD: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Runs `body` for the exported function `function`: a panic becomes `FERRITE_ERR_INTERNAL`,
/// an error is stored in `*err` (when `err` is not NULL), and either way `fail` is returned.
pub fn guard<T>(
    function: &'static str,
    err: *mut *mut ferrite_error,
    fail: T,
    body: impl FnOnce() -> Result<T, FfiError>,
) -> T {
    install_hook();
    IN_GUARD.with(|g| g.set(g.get() + 1));
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        if failpoint_hit(function) {
            panic!("test failpoint in {function}");
        }
        body()
    }));
    IN_GUARD.with(|g| g.set(g.get() - 1));
    let failure = match outcome {
        Ok(Ok(value)) => return value,
        Ok(Err(e)) => e,
        Err(_) => {
            let message = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "unknown panic".to_string());
            error(
                ErrCode::Internal,
                "INTERNAL",
                format!("a bug in ferrite panicked in {function}: {message}"),
            )
        }
    };
    if !err.is_null() {
        let message =
            std::ffi::CString::new(failure.message.replace('\0', "\\0")).unwrap_or_default();
        let boxed = Box::new(ferrite_error {
            code: failure.code,
            message,
        });
        // SAFETY: the caller passes a valid `ferrite_error**` or NULL (checked above).
        unsafe { *err = Box::into_raw(boxed) };
    }
    fail
}

// ---------------------------------------------------------------------------- fork

static FORK_GENERATION: AtomicU64 = AtomicU64::new(0);
static ATFORK: Once = Once::new();

unsafe extern "C" fn after_fork_in_child() {
    FORK_GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// Databases a forked child inherited and freed the handles of: never dropped (dropping would
/// flush the parent's log from the child), but kept reachable rather than leaked, so that a
/// child checked for leaks (valgrind) finds none.
static INHERITED: parking_lot::Mutex<Vec<Database>> = parking_lot::Mutex::new(Vec::new());

/// Keeps a database inherited through fork() alive for the rest of the process, undropped.
pub fn park_inherited(db: Option<Database>) {
    if let Some(db) = db {
        INHERITED.lock().push(db);
    }
}

/// How many forks separate this process from the one that loaded the library.
pub fn fork_generation() -> u64 {
    ATFORK.call_once(|| {
        // SAFETY: registering a handler that only touches an atomic.
        unsafe {
            pthread_atfork(None, None, Some(after_fork_in_child));
        }
    });
    FORK_GENERATION.load(Ordering::SeqCst)
}

// ---------------------------------------------------------------------------- handles

/// The handle behind `db`, checked (not NULL, a live tag, not inherited through fork).
pub fn handle<'a>(db: *mut ferrite_db) -> Result<&'a ferrite_db, FfiError> {
    // SAFETY: the caller passes a handle from ferrite_open* that was not yet freed, or NULL.
    let handle = unsafe { db.as_ref() }.ok_or_else(|| misuse("the database handle is NULL"))?;
    if handle.magic.load(Ordering::Acquire) != DB_MAGIC {
        return Err(misuse("not a database handle (already freed?)"));
    }
    if handle.fork_generation != fork_generation() {
        return Err(misuse(
            "the database handle was opened before fork(); a child process must open its own",
        ));
    }
    Ok(handle)
}

/// The open database behind `db` (read-locked against a concurrent close).
pub fn db<'a>(db: *mut ferrite_db) -> Result<MappedRwLockReadGuard<'a, Database>, FfiError> {
    let handle = handle(db)?;
    RwLockReadGuard::try_map(handle.db.read(), Option::as_ref)
        .map_err(|_| closed("the database handle is closed"))
}

thread_local! {
    /// The transactions whose `ferrite_transaction` callbacks run on this thread: (token,
    /// transaction), innermost last.
    static ACTIVE_TX: RefCell<Vec<(usize, *const Transaction<'static>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The next transaction token (times 8, so a token looks like an aligned pointer).
static NEXT_TX: AtomicUsize = AtomicUsize::new(1);

/// A registered transaction; dropping it ends the handle's validity.
pub struct TxRegistration(usize);

impl Drop for TxRegistration {
    fn drop(&mut self) {
        let token = self.0;
        let _ = ACTIVE_TX.try_with(|active| active.borrow_mut().retain(|(t, _)| *t != token));
    }
}

/// Registers `tx` for the callback about to run on this thread: the handle to give it, and the
/// registration to drop when the callback returns (the transaction outlives it).
pub fn register_tx(tx: &Transaction<'_>) -> (*mut ferrite_tx, TxRegistration) {
    let token = NEXT_TX
        .fetch_add(1, Ordering::Relaxed)
        .wrapping_mul(8)
        .max(8);
    let erased = (tx as *const Transaction<'_>).cast::<Transaction<'static>>();
    ACTIVE_TX.with(|active| active.borrow_mut().push((token, erased)));
    (token as *mut ferrite_tx, TxRegistration(token))
}

/// The transaction behind `tx` (only inside its callback, on the callback's thread).
pub fn tx<'a>(tx: *mut ferrite_tx) -> Result<&'a Transaction<'static>, FfiError> {
    if tx.is_null() {
        return Err(misuse("the transaction handle is NULL"));
    }
    let token = tx as usize;
    let found = ACTIVE_TX
        .try_with(|active| {
            active
                .borrow()
                .iter()
                .find(|(t, _)| *t == token)
                .map(|(_, p)| *p)
        })
        .ok()
        .flatten();
    match found {
        // SAFETY: registered means the callback is running, so the transaction is alive.
        Some(ptr) => Ok(unsafe { &*ptr }),
        None => Err(misuse(
            "the transaction handle is only valid inside its ferrite_transaction callback, on its thread",
        )),
    }
}

// ---------------------------------------------------------------------------- arguments

/// The bytes at `ptr` (NULL with length 0 is empty; NULL with a length is an error).
pub fn bytes<'a>(ptr: *const c_char, len: usize, name: &str) -> Result<&'a [u8], FfiError> {
    if ptr.is_null() {
        if len == 0 {
            return Ok(&[]);
        }
        return Err(invalid(format!("{name} is NULL but {name}_len is {len}")));
    }
    if len > isize::MAX as usize {
        return Err(invalid(format!("{name}_len {len} is too large")));
    }
    // SAFETY: the caller promises `len` readable bytes at `ptr`.
    Ok(unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) })
}

/// `count` elements at `ptr` (NULL with count 0 is none).
pub fn array<'a, T>(ptr: *const T, count: usize, name: &str) -> Result<&'a [T], FfiError> {
    if ptr.is_null() {
        if count == 0 {
            return Ok(&[]);
        }
        return Err(invalid(format!("{name} is NULL but its count is {count}")));
    }
    if count > isize::MAX as usize / std::mem::size_of::<T>().max(1) {
        return Err(invalid(format!(
            "the count of {name}, {count}, is too large"
        )));
    }
    // SAFETY: the caller promises `count` elements at `ptr`.
    Ok(unsafe { std::slice::from_raw_parts(ptr, count) })
}

/// `count` byte strings.
pub fn bytes_array<'a>(
    ptr: *const ferrite_bytes,
    count: usize,
    name: &str,
) -> Result<Vec<&'a [u8]>, FfiError> {
    array(ptr, count, name)?
        .iter()
        .enumerate()
        .map(|(i, b)| bytes(b.ptr, b.len, &format!("{name}[{i}]")))
        .collect()
}

/// A ZRANGEBYSCORE bound written as Redis takes it (`1`, `(1`, `-inf`).
pub fn score_bound(text: &[u8]) -> Result<ferrite_core::commands::zset::ScoreBound, FfiError> {
    Ok(ferrite_core::commands::zset::ScoreBound::parse(text)?)
}

/// A ZRANGEBYLEX bound written as Redis takes it (`[a`, `(a`, `-`, `+`).
pub fn lex_bound(text: &[u8]) -> Result<ferrite_core::commands::zset::LexBound, FfiError> {
    Ok(ferrite_core::commands::zset::LexBound::parse(text)?)
}

fn non_negative(value: i64, command: &str) -> Result<u64, FfiError> {
    u64::try_from(value).map_err(|_| Error::invalid_expire(command).into())
}

/// A duration in whole seconds.
pub fn duration_s(value: i64, command: &str) -> Result<Duration, FfiError> {
    Ok(Duration::from_secs(non_negative(value, command)?))
}

/// A duration in whole milliseconds.
pub fn duration_ms(value: i64, command: &str) -> Result<Duration, FfiError> {
    Ok(Duration::from_millis(non_negative(value, command)?))
}

fn unix(value: i64, unit: fn(u64) -> Duration) -> SystemTime {
    let magnitude = unit(value.unsigned_abs());
    if value >= 0 {
        UNIX_EPOCH.checked_add(magnitude).unwrap_or(UNIX_EPOCH)
    } else {
        UNIX_EPOCH.checked_sub(magnitude).unwrap_or(UNIX_EPOCH)
    }
}

/// A point in time in Unix seconds.
pub fn unix_time_s(value: i64, _command: &str) -> Result<SystemTime, FfiError> {
    Ok(unix(value, Duration::from_secs))
}

/// A point in time in Unix milliseconds.
pub fn unix_time_ms(value: i64, _command: &str) -> Result<SystemTime, FfiError> {
    Ok(unix(value, Duration::from_millis))
}

// ---------------------------------------------------------------------------- scalar replies

/// A count as C's `int64_t`.
pub fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Whole seconds of a duration.
pub fn seconds(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

/// Whole milliseconds of a duration.
pub fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// Stores a present value in `*out` (if not NULL): 1, or 0 for nil.
pub fn opt_out<T>(out: *mut T, value: Option<T>) -> c_int {
    match value {
        Some(v) => {
            // SAFETY: the caller passes a writable `T*` or NULL.
            if let Some(out) = unsafe { out.as_mut() } {
                *out = v;
            }
            1
        }
        None => 0,
    }
}

/// A key type as `ferrite_key_type`.
pub fn key_type(t: Option<KeyType>) -> c_int {
    match t {
        None => 0,
        Some(KeyType::String) => 1,
        Some(KeyType::List) => 2,
        Some(KeyType::Hash) => 3,
        Some(KeyType::Set) => 4,
        Some(KeyType::ZSet) => 5,
        Some(KeyType::Stream) => 6,
    }
}

// ---------------------------------------------------------------------------- blocks

/// A heap result under construction: one buffer holding the root struct, its arrays and its
/// bytes, with the pointers inside it recorded as offsets and fixed up once it is copied into
/// its `malloc` block.
struct Block {
    buf: Vec<u8>,
    /// (offset of a pointer field, offset it points to).
    fixups: Vec<(usize, usize)>,
}

const ALIGN: usize = 8;

impl Block {
    fn new() -> Block {
        Block {
            buf: Vec::new(),
            fixups: Vec::new(),
        }
    }

    /// Reserves `size` zeroed bytes aligned to 8; returns their offset.
    fn reserve(&mut self, size: usize) -> usize {
        let offset = self.buf.len().next_multiple_of(ALIGN);
        self.buf.resize(offset + size, 0);
        offset
    }

    /// Writes `value` at `offset`.
    fn put<T: Copy>(&mut self, offset: usize, value: T) {
        let size = std::mem::size_of::<T>();
        let dst = &mut self.buf[offset..offset + size];
        // SAFETY: `dst` is exactly `size` bytes; unaligned write of plain data.
        unsafe { std::ptr::write_unaligned(dst.as_mut_ptr().cast::<T>(), value) };
    }

    /// Records that the pointer at `field` points to `target`.
    fn point(&mut self, field: usize, target: usize) {
        self.fixups.push((field, target));
    }

    /// Appends `data` plus a NUL; returns its offset.
    fn text(&mut self, data: &[u8]) -> usize {
        let offset = self.buf.len();
        self.buf.extend_from_slice(data);
        self.buf.push(0);
        offset
    }

    /// Copies the block into `malloc` memory and fixes its pointers.
    fn finish<T>(self) -> Result<*mut T, FfiError> {
        let size = self.buf.len().max(1);
        // SAFETY: plain allocation; checked for NULL.
        let base = unsafe { malloc(size) }.cast::<u8>();
        if base.is_null() {
            return Err(error(
                ErrCode::Oom,
                "OOM",
                "out of memory allocating a reply",
            ));
        }
        // SAFETY: `base` has `size` >= buf.len() bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(self.buf.as_ptr(), base, self.buf.len());
            for (field, target) in self.fixups {
                std::ptr::write_unaligned(base.add(field).cast::<*const u8>(), base.add(target));
            }
        }
        Ok(base.cast::<T>())
    }
}

/// A NUL-terminated copy of bytes (`None`: NULL), its length stored in `*out_len`.
pub fn ret_bytes(value: Option<Vec<u8>>, out_len: *mut usize) -> Result<*mut c_char, FfiError> {
    let Some(value) = value else {
        return Ok(std::ptr::null_mut());
    };
    let mut block = Block::new();
    block.text(&value);
    let ptr = block.finish::<c_char>()?;
    // SAFETY: the caller passes a writable `size_t*` or NULL.
    if let Some(out) = unsafe { out_len.as_mut() } {
        *out = value.len();
    }
    Ok(ptr)
}

/// Columns of a list under construction.
#[derive(Default)]
struct Columns<'a> {
    items: Option<Vec<Option<&'a [u8]>>>,
    values: Option<Vec<&'a [u8]>>,
    scores: Option<Vec<f64>>,
    integers: Option<Vec<i64>>,
    cursor: u64,
}

fn list(kind: c_int, len: usize, c: Columns<'_>) -> Result<*mut ferrite_list, FfiError> {
    let mut b = Block::new();
    let root = b.reserve(std::mem::size_of::<ferrite_list>());
    b.put(root + std::mem::offset_of!(ferrite_list, kind), kind);
    b.put(root + std::mem::offset_of!(ferrite_list, len), len);
    b.put(root + std::mem::offset_of!(ferrite_list, cursor), c.cursor);
    let bytes_size = std::mem::size_of::<ferrite_bytes>();
    let ptr_at = std::mem::offset_of!(ferrite_bytes, ptr);
    let len_at = std::mem::offset_of!(ferrite_bytes, len);
    // Byte columns: the array of ferrite_bytes, then the texts.
    let byte_column = |b: &mut Block, field: usize, values: Vec<Option<&[u8]>>| {
        let array = b.reserve(bytes_size * values.len());
        b.point(root + field, array);
        for (i, v) in values.into_iter().enumerate() {
            let at = array + i * bytes_size;
            if let Some(v) = v {
                let text = b.text(v);
                b.point(at + ptr_at, text);
                b.put(at + len_at, v.len());
            }
        }
    };
    if let Some(items) = c.items {
        byte_column(&mut b, std::mem::offset_of!(ferrite_list, items), items);
    }
    if let Some(values) = c.values {
        let values = values.into_iter().map(Some).collect();
        byte_column(&mut b, std::mem::offset_of!(ferrite_list, values), values);
    }
    if let Some(scores) = c.scores {
        let array = b.reserve(8 * scores.len());
        b.point(root + std::mem::offset_of!(ferrite_list, scores), array);
        for (i, s) in scores.into_iter().enumerate() {
            b.put(array + 8 * i, s);
        }
    }
    if let Some(integers) = c.integers {
        let array = b.reserve(8 * integers.len());
        b.point(root + std::mem::offset_of!(ferrite_list, integers), array);
        for (i, n) in integers.into_iter().enumerate() {
            b.put(array + 8 * i, n);
        }
    }
    b.finish()
}

/// A list of byte strings (`kind` LIST or SET).
pub fn list_items<I>(kind: c_int, items: I) -> Result<*mut ferrite_list, FfiError>
where
    I: IntoIterator<Item = Vec<u8>>,
{
    let items: Vec<Vec<u8>> = items.into_iter().collect();
    let len = items.len();
    list(
        kind,
        len,
        Columns {
            items: Some(items.iter().map(|v| Some(v.as_slice())).collect()),
            ..Columns::default()
        },
    )
}

/// A list of byte strings or nils.
pub fn list_optional_items(items: Vec<Option<Vec<u8>>>) -> Result<*mut ferrite_list, FfiError> {
    list(
        FERRITE_LIST_OPTIONAL_ITEMS,
        items.len(),
        Columns {
            items: Some(items.iter().map(|v| v.as_deref()).collect()),
            ..Columns::default()
        },
    )
}

/// Fields and values.
pub fn list_map<I>(pairs: I) -> Result<*mut ferrite_list, FfiError>
where
    I: IntoIterator<Item = (Vec<u8>, Vec<u8>)>,
{
    let pairs: Vec<(Vec<u8>, Vec<u8>)> = pairs.into_iter().collect();
    list(
        FERRITE_LIST_MAP,
        pairs.len(),
        Columns {
            items: Some(pairs.iter().map(|(k, _)| Some(k.as_slice())).collect()),
            values: Some(pairs.iter().map(|(_, v)| v.as_slice()).collect()),
            ..Columns::default()
        },
    )
}

/// Members and scores.
pub fn list_scored(pairs: Vec<(Vec<u8>, f64)>) -> Result<*mut ferrite_list, FfiError> {
    list(
        FERRITE_LIST_SCORED,
        pairs.len(),
        Columns {
            items: Some(pairs.iter().map(|(m, _)| Some(m.as_slice())).collect()),
            scores: Some(pairs.iter().map(|(_, s)| *s).collect()),
            ..Columns::default()
        },
    )
}

/// Integers (`kind` BOOLS or INTEGERS).
pub fn list_integers<I>(kind: c_int, values: I) -> Result<*mut ferrite_list, FfiError>
where
    I: IntoIterator<Item = i64>,
{
    let values: Vec<i64> = values.into_iter().collect();
    list(
        kind,
        values.len(),
        Columns {
            integers: Some(values),
            ..Columns::default()
        },
    )
}

/// Scores or nils.
pub fn list_optional_scores(values: Vec<Option<f64>>) -> Result<*mut ferrite_list, FfiError> {
    list(
        FERRITE_LIST_OPTIONAL_SCORES,
        values.len(),
        Columns {
            scores: Some(values.iter().map(|v| v.unwrap_or(0.0)).collect()),
            integers: Some(values.iter().map(|v| i64::from(v.is_some())).collect()),
            ..Columns::default()
        },
    )
}

/// One page of a SCAN.
pub fn list_page(page: (u64, Vec<Vec<u8>>)) -> Result<*mut ferrite_list, FfiError> {
    let (cursor, items) = page;
    list(
        FERRITE_LIST_PAGE,
        items.len(),
        Columns {
            items: Some(items.iter().map(|v| Some(v.as_slice())).collect()),
            cursor,
            ..Columns::default()
        },
    )
}

/// A reply tree as one block: the nodes breadth-first, each array's elements contiguous.
pub fn reply(root: &Reply) -> Result<*mut ferrite_reply, FfiError> {
    let mut b = Block::new();
    let node_size = std::mem::size_of::<ferrite_reply>();
    let first = b.reserve(node_size);
    let mut queue = std::collections::VecDeque::from([(root, first)]);
    while let Some((node, at)) = queue.pop_front() {
        let kind_at = at + std::mem::offset_of!(ferrite_reply, kind);
        match node {
            Reply::Nil => b.put(kind_at, 0 as c_int),
            Reply::Status(text) => {
                b.put(kind_at, 1 as c_int);
                let t = b.text(text.as_bytes());
                b.point(at + std::mem::offset_of!(ferrite_reply, str), t);
                b.put(at + std::mem::offset_of!(ferrite_reply, len), text.len());
            }
            Reply::Integer(n) => {
                b.put(kind_at, 2 as c_int);
                b.put(at + std::mem::offset_of!(ferrite_reply, integer), *n);
            }
            Reply::Bulk(data) => {
                b.put(kind_at, 3 as c_int);
                let t = b.text(data);
                b.point(at + std::mem::offset_of!(ferrite_reply, str), t);
                b.put(at + std::mem::offset_of!(ferrite_reply, len), data.len());
            }
            Reply::Array(items) => {
                b.put(kind_at, 4 as c_int);
                b.put(at + std::mem::offset_of!(ferrite_reply, count), items.len());
                if !items.is_empty() {
                    let elements = b.reserve(node_size * items.len());
                    b.point(at + std::mem::offset_of!(ferrite_reply, elements), elements);
                    for (i, item) in items.iter().enumerate() {
                        queue.push_back((item, elements + i * node_size));
                    }
                }
            }
        }
    }
    b.finish()
}
