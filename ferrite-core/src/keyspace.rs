//! The keyspace: `num_databases` logical databases, each a fixed set of shards behind
//! `parking_lot` read-write locks, and the views through which command handlers touch it.
//!
//! Invariants this module keeps, so that no handler has to:
//! - A key whose deadline has passed is never visible: read views hide it, write views delete it
//!   on first touch (lazy expiry); writes also sweep a few expired keys of the shards they lock.
//! - A key whose aggregate was emptied by a write is deleted when the write finishes.
//!   Every `SWEEP_EVERY` writes one more shard is swept round-robin, so memory held by expired
//!   keys is reclaimed even where nobody writes.
//! - Locks are always taken in (database, shard) order, and a transaction holds every lock, so
//!   there is no deadlock and a transaction is isolated.
//! - Inside a transaction, the first mutation of each key saves its previous entry, so a rollback
//!   restores exactly the state before the transaction.

mod capture;
mod table;

pub use capture::{Capture, BLOCK_ENTRIES};

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering};

use parking_lot::{RwLock, RwLockWriteGuard};

use crate::hash::{hash64, process_seed, Rng};
use crate::persist::argv::ArgvWriter;
use crate::value::Value;
use table::Table;

/// log2 of the number of shards per logical database.
pub const SHARD_BITS: u32 = 4;
/// Shards per logical database.
pub const SHARDS: usize = 1 << SHARD_BITS;
/// Keys removed per shard lock by the bounded active-expiry sweep.
const SWEEP_BUDGET: usize = 4;
/// Every this many writes, one more shard (round-robin over the keyspace) is swept, so expired
/// keys are reclaimed even in shards that nobody writes to.
const SWEEP_EVERY: u64 = 64;

/// A stored value and its absolute deadline in Unix milliseconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The value.
    pub value: Value,
    /// Absolute expiry deadline in Unix milliseconds, if any.
    pub expires_at: Option<i64>,
}

/// One shard: a table of keys ordered by hash (see [`table`]) plus an index of deadlines for
/// active expiry. Every key operation takes the key's keyspace hash, computed once by the caller.
pub struct Shard {
    map: Table<Entry>,
    deadlines: BTreeSet<(i64, Box<[u8]>)>,
    /// The keyspace seed, to rehash keys taken from the deadline index.
    seed: u64,
    /// Bytes accounted to this shard (see "Memory accounting" below): its table's slots, and per
    /// key the key, the value's heap and the deadline index entry.
    used: usize,
    /// The part of `used` already added to the keyspace's `used_memory`.
    published: usize,
    /// A value handed out mutably by a write view: its slot index and its heap usage then. Its
    /// new usage is counted (`settle`) before the table next changes.
    pending: Option<(usize, usize)>,
    /// The keyspace's `used_memory`, which `publish` brings up to date.
    used_memory: std::sync::Arc<AtomicI64>,
}

impl Shard {
    fn new(seed: u64, used_memory: std::sync::Arc<AtomicI64>) -> Shard {
        Shard {
            map: Table::new(),
            deadlines: BTreeSet::new(),
            seed,
            used: 0,
            published: 0,
            pending: None,
            used_memory,
        }
    }

    fn get_live(&self, h: u64, key: &[u8], now: i64) -> Option<&Entry> {
        self.map.get(h, key).filter(|e| !is_expired(e, now))
    }

    fn remove(&mut self, h: u64, key: &[u8]) -> Option<Entry> {
        self.settle();
        let (boxed_key, entry) = self.map.remove(h, key)?;
        self.used -= entry_bytes(boxed_key.len(), &entry);
        if let Some(at) = entry.expires_at {
            self.deadlines.remove(&(at, boxed_key));
        }
        Some(entry)
    }

    fn insert(&mut self, h: u64, key: &[u8], entry: Entry) -> Option<Entry> {
        self.settle();
        let new_at = entry.expires_at;
        let new_heap = entry.value.heap_usage();
        if let Some(slot) = self.map.get_mut(h, key) {
            // Overwrite in place: the key's allocation is kept.
            let old = std::mem::replace(slot, entry);
            self.used = self.used - old.value.heap_usage() + new_heap;
            if old.expires_at != new_at {
                if let Some(old_at) = old.expires_at {
                    self.deadlines.remove(&(old_at, Box::<[u8]>::from(key)));
                    self.used -= deadline_bytes(key.len());
                }
                if let Some(at) = new_at {
                    self.deadlines.insert((at, key.into()));
                    self.used += deadline_bytes(key.len());
                }
            }
            return Some(old);
        }
        if let Some(at) = new_at {
            self.deadlines.insert((at, key.into()));
            self.used += deadline_bytes(key.len());
        }
        let slots_before = self.map.alloc_bytes();
        self.map.insert(h, key, entry);
        self.used += key.len() + new_heap + self.map.alloc_bytes() - slots_before;
        None
    }

    fn set_deadline(&mut self, h: u64, key: &[u8], at: Option<i64>) -> bool {
        let Some(entry) = self.map.get_mut(h, key) else {
            return false;
        };
        let old = std::mem::replace(&mut entry.expires_at, at);
        if old == at {
            return true;
        }
        match (old, at) {
            (None, Some(_)) => self.used += deadline_bytes(key.len()),
            (Some(_), None) => self.used -= deadline_bytes(key.len()),
            _ => {}
        }
        if let Some(old_at) = old {
            self.deadlines.remove(&(old_at, Box::<[u8]>::from(key)));
        }
        if let Some(new_at) = at {
            self.deadlines.insert((new_at, key.into()));
        }
        true
    }

    /// Removes up to `budget` keys whose deadline has passed; returns how many.
    fn sweep(&mut self, now: i64, budget: usize) -> usize {
        let mut removed = 0;
        while removed < budget {
            let Some((at, key)) = self.deadlines.first() else {
                break;
            };
            if *at > now {
                break;
            }
            let key = key.clone();
            self.remove(hash64(self.seed, &key), &key);
            removed += 1;
        }
        removed
    }

    fn clear(&mut self) {
        self.map.clear();
        self.deadlines.clear();
        self.used = 0;
        self.pending = None;
    }

    /// Keys whose deadline is at or before `now` (expired, not yet reclaimed).
    fn expired_count(&self, now: i64) -> usize {
        let bound = (now.saturating_add(1), Box::<[u8]>::from(&[][..]));
        self.deadlines.range(..bound).count()
    }
}

/// The shard a keyspace hash belongs to (its top `SHARD_BITS` bits).
fn shard_of_hash(h: u64) -> usize {
    (h >> (64 - SHARD_BITS)) as usize
}

fn is_expired(entry: &Entry, now: i64) -> bool {
    matches!(entry.expires_at, Some(at) if at <= now)
}

// Memory accounting.
//
// A shard counts, in `used`: its table's slot array (which holds each key's hash, key pointer,
// inline `Value` and deadline), and per key the key's bytes, the value's heap
// (`Value::heap_usage`, O(1)) and, with a deadline, the deadline index's copy of the key plus
// its share of a B-tree node. Every `Shard` method that changes a key updates `used`; a value
// handed out mutably is measured when handed out and again (`settle`) before the table next
// changes or when the write finishes. `publish`, called with the shard's lock held when a write
// finishes (and after sweeps and rollbacks), adds the change to the keyspace's `used_memory`:
// one atomic add per write.

/// Bytes the deadline index holds per entry besides its copy of the key: the 24-byte
/// (deadline, key) element in a B-tree node of 11, at the fill that appending (about 49 bytes
/// per element) and random insertion (about 38) leave.
const DEADLINE_ENTRY_BYTES: usize = 44;

/// Bytes a deadline costs a key of `key_len` bytes (the index's copy of the key and its node
/// share).
fn deadline_bytes(key_len: usize) -> usize {
    key_len + DEADLINE_ENTRY_BYTES
}

/// Bytes accounted to a key of `key_len` bytes holding `entry`, besides its table slot.
fn entry_bytes(key_len: usize, entry: &Entry) -> usize {
    let deadline = match entry.expires_at {
        Some(_) => deadline_bytes(key_len),
        None => 0,
    };
    key_len + entry.value.heap_usage() + deadline
}

impl Shard {
    /// Counts the new usage of the value handed out mutably, if any.
    #[inline]
    fn settle(&mut self) {
        if self.pending.is_some() {
            self.settle_pending();
        }
    }

    #[inline]
    fn settle_pending(&mut self) {
        if let Some((index, before)) = self.pending.take() {
            if let Some(entry) = self.map.value_at(index) {
                self.used = self.used - before + entry.value.heap_usage();
            }
        }
    }

    /// Brings the keyspace's `used_memory` up to date with this shard (one atomic add, none when
    /// nothing changed).
    #[inline]
    fn publish(&mut self) {
        self.settle();
        if self.used != self.published {
            let delta = self.used as i64 - self.published as i64;
            self.used_memory.fetch_add(delta, Ordering::Relaxed);
            self.published = self.used;
        }
    }

    /// `used`, recomputed by walking every key and value.
    fn recompute_used(&self) -> usize {
        self.map.alloc_bytes()
            + self
                .map
                .iter()
                .map(|(_, key, entry)| {
                    let deadline = entry.expires_at.map_or(0, |_| deadline_bytes(key.len()));
                    key.len() + entry.value.recompute_heap_usage() + deadline
                })
                .sum::<usize>()
    }
}

impl Keyspace {
    /// Bytes of memory the stored data occupies: every key, value and deadline, and the shard
    /// tables' slots, as the allocator is asked for them (requested sizes, not the allocator's
    /// own rounding or headers). Expired keys count until they are reclaimed. O(1).
    pub fn used_memory(&self) -> usize {
        usize::try_from(self.used_memory.load(Ordering::Relaxed)).unwrap_or(0)
    }

    /// Sets the memory limit (Redis's `maxmemory`, with the `noeviction` policy): while
    /// [`Keyspace::used_memory`] is above it, write commands that may grow memory fail with
    /// `OOM` ([`Ctx::admit`]). `None` removes the limit.
    pub fn set_memory_limit(&self, limit: Option<usize>) {
        self.memory_limit
            .store(limit.unwrap_or(usize::MAX), Ordering::Relaxed);
    }

    /// The memory limit, if one is set.
    pub fn memory_limit(&self) -> Option<usize> {
        match self.memory_limit.load(Ordering::Relaxed) {
            usize::MAX => None,
            limit => Some(limit),
        }
    }

    /// True when a memory limit is set and used memory is above it.
    pub fn over_memory_limit(&self) -> bool {
        let limit = self.memory_limit.load(Ordering::Relaxed);
        limit != usize::MAX && self.used_memory() > limit
    }

    /// [`Keyspace::used_memory`] recomputed by walking every key and value (for tests of the
    /// accounting; takes each shard's read lock in turn).
    #[doc(hidden)]
    pub fn recompute_used_memory(&self) -> usize {
        self.dbs
            .iter()
            .flat_map(|db| db.iter())
            .map(|shard| shard.read().recompute_used())
            .sum()
    }
}

/// Counters shared by all handles of one keyspace.
#[derive(Debug, Default)]
pub struct Counters {
    /// Commands executed.
    pub commands: AtomicU64,
    /// Keys deleted because their deadline passed.
    pub expired_keys: AtomicU64,
}

/// Where write commands go once they have changed the keyspace: the write-ahead log (or a test's
/// tap). Called with the command's shard locks held, so the log's order agrees with the order in
/// which conflicting commands changed the keyspace.
pub trait LogSink: Send + Sync {
    /// Appends one record holding `count` commands encoded by [`crate::persist::argv`]; returns
    /// the record's position in the log.
    fn append(&self, commands: &[u8], count: u32) -> u64;
    /// Waits until the record at `position` is as durable as the sync mode promises for a single
    /// command (`transaction`: for a transaction's commit). Err when the log has failed.
    fn wait(&self, position: u64, transaction: bool) -> crate::Result<()>;
    /// Fails when the log can take no more writes (a write or fsync failed).
    fn check(&self) -> crate::Result<()>;
}

/// The whole keyspace: every logical database and every shard.
pub struct Keyspace {
    /// The log that write commands are appended to (unset: nothing is logged).
    sink: std::sync::OnceLock<std::sync::Arc<dyn LogSink>>,
    /// The snapshot being captured, if any (see `capture.rs`).
    capture: parking_lot::Mutex<Option<std::sync::Arc<Capture>>>,
    /// True while a snapshot capture runs: writers then capture pending shards they lock.
    capturing: std::sync::atomic::AtomicBool,
    dbs: Box<[Box<[RwLock<Shard>]>]>,
    seed: u64,
    /// When non-zero, the clock reads this fixed Unix-millisecond time (for tests).
    fixed_now: AtomicI64,
    rng_state: AtomicU64,
    /// Counts writes, to run one extra shard sweep every `SWEEP_EVERY` writes.
    writes: AtomicU64,
    /// Shared counters.
    pub counters: Counters,
    /// Bytes of memory the data occupies (each shard adds its changes; see `Shard::publish`).
    used_memory: std::sync::Arc<AtomicI64>,
    /// The memory limit in bytes (`usize::MAX`: none).
    memory_limit: AtomicUsize,
}

impl Keyspace {
    /// A keyspace with `num_databases` empty logical databases.
    pub fn new(num_databases: usize) -> Keyspace {
        let seed = process_seed();
        let used_memory = std::sync::Arc::new(AtomicI64::new(0));
        let dbs = (0..num_databases.max(1))
            .map(|_| {
                (0..SHARDS)
                    .map(|_| RwLock::new(Shard::new(seed, used_memory.clone())))
                    .collect()
            })
            .collect();
        Keyspace {
            sink: std::sync::OnceLock::new(),
            capture: parking_lot::Mutex::new(None),
            capturing: std::sync::atomic::AtomicBool::new(false),
            dbs,
            seed,
            fixed_now: AtomicI64::new(0),
            rng_state: AtomicU64::new(seed ^ 0x5DEECE66D),
            writes: AtomicU64::new(0),
            counters: Counters::default(),
            used_memory,
            memory_limit: AtomicUsize::new(usize::MAX),
        }
    }

    /// Number of logical databases.
    pub fn num_dbs(&self) -> usize {
        self.dbs.len()
    }

    /// Sends every later write command to `sink` (set once; a second call is ignored and
    /// returns false).
    pub fn set_log_sink(&self, sink: std::sync::Arc<dyn LogSink>) -> bool {
        self.sink.set(sink).is_ok()
    }

    /// The log sink, if one is set.
    pub fn log_sink(&self) -> Option<&std::sync::Arc<dyn LogSink>> {
        self.sink.get()
    }

    /// The current time in Unix milliseconds (or the fixed test time).
    pub fn now_ms(&self) -> i64 {
        match self.fixed_now.load(Ordering::Relaxed) {
            0 => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_millis() as i64)
                .unwrap_or(0),
            fixed => fixed,
        }
    }

    /// Pins the clock to `now_ms` (Unix milliseconds), or back to the system clock with `None`.
    /// Meant for tests of expiry.
    pub fn set_fixed_time(&self, now_ms: Option<i64>) {
        self.fixed_now.store(now_ms.unwrap_or(0), Ordering::Relaxed);
    }

    /// A fresh random generator (for SPOP, SRANDMEMBER, RANDOMKEY).
    pub fn rng(&self) -> Rng {
        Rng::new(
            self.rng_state
                .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed),
        )
    }

    /// The keyspace hash of `key`; its top bits pick the shard.
    pub fn hash(&self, key: &[u8]) -> u64 {
        hash64(self.seed, key)
    }

    /// Counts one write; every `SWEEP_EVERY` writes, sweeps the next shard in round-robin order.
    /// Called with no lock held.
    fn after_write(&self) {
        let n = self.writes.fetch_add(1, Ordering::Relaxed);
        if !n.is_multiple_of(SWEEP_EVERY) {
            return;
        }
        let total = self.dbs.len() * SHARDS;
        let idx = ((n / SWEEP_EVERY) % total as u64) as usize;
        if let Some(lock) = self
            .dbs
            .get(idx / SHARDS)
            .and_then(|db| db.get(idx % SHARDS))
        {
            let mut shard = lock.write();
            let removed = shard.sweep(self.now_ms(), SWEEP_BUDGET * 4);
            shard.publish();
            self.counters
                .expired_keys
                .fetch_add(removed as u64, Ordering::Relaxed);
        }
    }

    /// Begins a transaction: takes every lock, in order, until the returned state is dropped.
    pub fn begin(&self) -> TxState<'_> {
        let guards = self
            .dbs
            .iter()
            .flat_map(|db| db.iter().map(|s| s.write()))
            .collect::<Vec<_>>();
        if self.capturing.load(Ordering::Acquire) {
            self.capture_locked(
                guards
                    .iter()
                    .enumerate()
                    .map(|(i, g)| ((i / SHARDS, i % SHARDS), &**g)),
            );
        }
        TxState {
            inner: RefCell::new(TxInner {
                guards,
                undo: HashMap::default(),
                log: Vec::new(),
                logged: 0,
            }),
        }
    }
}

/// Where a slot lives: (database, shard).
type Loc = (usize, usize);

/// A sequence that holds one element inline: the common single-key command allocates nothing
/// for its locks and views.
enum Few<T> {
    One([T; 1]),
    Many(Vec<T>),
}

impl<T> std::ops::Deref for Few<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match self {
            Few::One(one) => one,
            Few::Many(many) => many,
        }
    }
}

impl<T> std::ops::DerefMut for Few<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        match self {
            Few::One(one) => one,
            Few::Many(many) => many,
        }
    }
}

impl<T> FromIterator<T> for Few<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Few<T> {
        let mut iter = iter.into_iter();
        let Some(first) = iter.next() else {
            return Few::Many(Vec::new());
        };
        let Some(second) = iter.next() else {
            return Few::One([first]);
        };
        let mut many = vec![first, second];
        many.extend(iter);
        Few::Many(many)
    }
}

/// Read access to some shards of the keyspace.
pub struct ReadView<'a> {
    ks: &'a Keyspace,
    now: i64,
    db: usize,
    shards: Few<(Loc, &'a Shard)>,
}

impl<'a> ReadView<'a> {
    /// The command's clock, in Unix milliseconds.
    pub fn now(&self) -> i64 {
        self.now
    }

    /// The live entry of `key` in database `db`: one hash picks the shard and finds the slot.
    fn live(&self, db: usize, key: &[u8]) -> Option<&'a Entry> {
        let h = self.ks.hash(key);
        let loc = (db, shard_of_hash(h));
        let found = self.shards.iter().find(|(l, _)| *l == loc).map(|(_, s)| *s);
        debug_assert!(found.is_some(), "key read outside the locked shards");
        found?.get_live(h, key, self.now)
    }

    /// The live value of `key` in the current database.
    pub fn get(&self, key: &[u8]) -> Option<&'a Value> {
        self.entry(key).map(|e| &e.value)
    }

    /// The live entry (value and deadline) of `key`.
    pub fn entry(&self, key: &[u8]) -> Option<&'a Entry> {
        self.live(self.db, key)
    }

    /// The live value of `key` in database `db` (which must be locked by this view).
    pub fn get_in(&self, db: usize, key: &[u8]) -> Option<&'a Value> {
        self.live(db, key).map(|e| &e.value)
    }

    /// Calls `f` for every live key of the current database (whole-database views only).
    pub fn for_each(&self, mut f: impl FnMut(&'a [u8], &'a Entry)) {
        let now = self.now;
        for ((db, _), shard) in self.shards.iter() {
            if *db == self.db {
                for (_, key, entry) in shard.map.iter() {
                    if !is_expired(entry, now) {
                        f(key, entry);
                    }
                }
            }
        }
    }

    /// Number of live keys in the current database (DBSIZE). Keys past their deadline that no
    /// write has reclaimed yet are not counted: in Redis any access deletes them, so they are
    /// invisible. Counting them costs a range query over the deadline index, not a scan.
    pub fn len(&self) -> usize {
        let now = self.now;
        self.shards
            .iter()
            .filter(|((db, _), _)| *db == self.db)
            .map(|(_, shard)| shard.map.len() - shard.expired_count(now))
            .sum()
    }

    /// True when the current database has no keys.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// One SCAN step over the current database: returns live keys (in hash order) whose hash is
    /// at least `cursor`, about `count` of them, filtered by `filter`, and the next cursor
    /// (0 when the iteration is complete). Keys present for the whole iteration are returned
    /// exactly once, whatever is inserted or deleted meanwhile. The shard tables are ordered by
    /// hash, so a step costs its keys plus one probe run, not a pass over the shard.
    pub fn scan(
        &self,
        cursor: u64,
        count: usize,
        mut filter: impl FnMut(&[u8], &Value) -> bool,
    ) -> (u64, Vec<Vec<u8>>) {
        let count = count.max(1);
        let mut out = Vec::new();
        let mut shard_idx = shard_of_hash(cursor);
        let mut from = cursor;
        // Counts keys visited over all shards of this call, so COUNT bounds the work.
        let mut visited = 0;
        while shard_idx < SHARDS {
            let Some((_, shard)) = self
                .shards
                .iter()
                .find(|((db, s), _)| *db == self.db && *s == shard_idx)
            else {
                break;
            };
            let mut last_hash = None;
            // Every hash of this shard has the shard's top bits, as `from` does, so the table's
            // order from `from` is hash order from `from`.
            for (h, key, entry) in shard.map.iter_from(from) {
                if is_expired(entry, self.now) {
                    continue;
                }
                // Stop only between groups of equal hashes, so none is split across calls.
                if visited >= count && last_hash != Some(h) {
                    return (h, out);
                }
                visited += 1;
                last_hash = Some(h);
                if filter(key, &entry.value) {
                    out.push(key.to_vec());
                }
            }
            shard_idx += 1;
            if shard_idx == SHARDS {
                break;
            }
            from = (shard_idx as u64) << (64 - SHARD_BITS);
            if visited >= count {
                return (from, out);
            }
        }
        (0, out)
    }

    /// A uniformly random live key of the current database.
    pub fn random_key(&self, rng: &mut Rng) -> Option<Vec<u8>> {
        let mut live = Vec::new();
        self.for_each(|k, _| live.push(k));
        if live.is_empty() {
            return None;
        }
        Some(live[rng.below(live.len())].to_vec())
    }
}

/// The saved state of keys touched by a transaction, for rollback.
type UndoLog = HashMap<(usize, Box<[u8]>), Option<Entry>>;

/// A key named to `write`: (address, length, database, shard position in the view, hash).
type Declared = (usize, usize, usize, usize, u64);

/// Write access to some shards of the keyspace.
pub struct View<'a> {
    ks: &'a Keyspace,
    /// The command's clock, read on first use (most writes never need it).
    now: std::cell::OnceCell<i64>,
    /// Set when a handler took mutable access to an aggregate, which it may have emptied.
    may_empty: bool,
    db: usize,
    shards: Few<(Loc, &'a mut Shard)>,
    undo: Option<&'a mut UndoLog>,
    expired: u64,
    /// The keys named to `write` (address, length, database) with their shard positions and
    /// hashes, so a handler's calls on them hash nothing. Sound because those slices stay
    /// borrowed for the whole life of the view: no other key can appear at the same address
    /// meanwhile.
    declared: Few<Declared>,
    /// Set by every change to the keyspace; a write that changed nothing is not logged.
    dirty: bool,
    /// The argv to log instead of the command's own (for a command whose effect its argv does
    /// not determine, such as SPOP's random choice).
    log_override: Option<Vec<Vec<u8>>>,
}

impl<'a> View<'a> {
    /// Logs this write as `argv` instead of the command that ran: for commands whose argv does
    /// not determine their effect (SPOP logs the SREM of the members it popped).
    pub fn log_as(&mut self, argv: Vec<Vec<u8>>) {
        self.log_override = Some(argv);
    }

    /// The command's clock, in Unix milliseconds (read once per command, on first use).
    pub fn now(&self) -> i64 {
        *self.now.get_or_init(|| self.ks.now_ms())
    }

    /// The database that key-level calls use.
    pub fn db(&self) -> usize {
        self.db
    }

    /// Switches the database that key-level calls use (it must be locked by this view).
    pub fn set_db(&mut self, db: usize) {
        self.db = db;
    }

    /// The position in the view of `key`'s shard, and `key`'s hash (hashed at most once).
    fn shard_idx(&self, db: usize, key: &[u8]) -> Option<(usize, u64)> {
        let id = (key.as_ptr() as usize, key.len(), db);
        if let Some(&(_, _, _, idx, h)) = self
            .declared
            .iter()
            .find(|(ptr, len, d, _, _)| (*ptr, *len, *d) == id)
        {
            return Some((idx, h));
        }
        let h = self.ks.hash(key);
        let loc = (db, shard_of_hash(h));
        let found = self.shards.iter().position(|(l, _)| *l == loc);
        debug_assert!(found.is_some(), "key written outside the locked shards");
        Some((found?, h))
    }

    /// The shard position and hash of `key` in the current database, with `key` expired away if
    /// its time is up.
    fn live_shard(&mut self, key: &[u8]) -> Option<(usize, u64)> {
        let (idx, h) = self.shard_idx(self.db, key)?;
        let has_deadlines = !self.shards[idx].1.deadlines.is_empty();
        // A shard without deadlines has nothing to expire: skip the clock and the lookup.
        let now = if has_deadlines { self.now() } else { 0 };
        let db = self.db;
        let shard = &mut *self.shards[idx].1;
        if has_deadlines && matches!(shard.map.get(h, key), Some(e) if is_expired(e, now)) {
            if let Some(undo) = self.undo.as_deref_mut() {
                undo.entry((db, key.into()))
                    .or_insert_with(|| shard.map.get(h, key).cloned());
            }
            shard.remove(h, key);
            self.expired += 1;
        }
        Some((idx, h))
    }

    fn save_undo(&mut self, idx: usize, h: u64, key: &[u8]) {
        self.dirty = true;
        let db = self.db;
        if let Some(undo) = self.undo.as_deref_mut() {
            if !undo.contains_key(&(db, Box::<[u8]>::from(key))) {
                let old = self.shards[idx].1.map.get(h, key).cloned();
                undo.insert((db, key.into()), old);
            }
        }
    }

    /// The live value of `key`.
    pub fn get(&mut self, key: &[u8]) -> Option<&Value> {
        self.entry(key).map(|e| &e.value)
    }

    /// The live entry (value and deadline) of `key`.
    pub fn entry(&mut self, key: &[u8]) -> Option<&Entry> {
        let (idx, h) = self.live_shard(key)?;
        self.shards[idx].1.map.get(h, key)
    }

    /// The live value of `key`, for changing in place. An aggregate left empty is deleted when
    /// the write finishes.
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut Value> {
        let (idx, h) = self.live_shard(key)?;
        self.save_undo(idx, h, key);
        let shard = &mut *self.shards[idx].1;
        // A value handed out earlier is measured before another is.
        shard.settle();
        let index = shard.map.index_of(h, key)?;
        // Measured now and again when the write finishes (or the shard next changes).
        let before = shard.map.value_at(index)?.value.heap_usage();
        shard.pending = Some((index, before));
        let value = shard.map.value_at_mut(index).map(|e| &mut e.value);
        if matches!(&value, Some(v) if !matches!(v, Value::Str(_))) {
            self.may_empty = true;
        }
        value
    }

    /// The live value of `key`, inserting `make()` (without a deadline) when the key is absent.
    pub fn get_or_insert_with(&mut self, key: &[u8], make: impl FnOnce() -> Value) -> &mut Value {
        let (idx, h) = match self.live_shard(key) {
            Some(found) => found,
            // Only for a key outside the locked shards (a handler bug, asserted in debug).
            None => (0, self.ks.hash(key)),
        };
        self.save_undo(idx, h, key);
        self.may_empty = true;
        let shard = &mut *self.shards[idx].1;
        // A value handed out earlier is measured before the table may change.
        shard.settle();
        let (len, slots) = (shard.map.len(), shard.map.alloc_bytes());
        // A new entry has no deadline, so the deadline index is unchanged.
        let index = shard.map.get_or_insert_index(h, key, || Entry {
            value: make(),
            expires_at: None,
        });
        // Measured now and again when the write finishes (or the shard next changes); a new
        // key's bytes and table growth are counted now, its value then.
        let before = if shard.map.len() > len {
            shard.used += key.len() + shard.map.alloc_bytes() - slots;
            0
        } else {
            shard
                .map
                .value_at(index)
                .map_or(0, |e| e.value.heap_usage())
        };
        shard.pending = Some((index, before));
        match shard.map.value_at_mut(index) {
            Some(entry) => &mut entry.value,
            // `index` is the slot just found or filled.
            None => unreachable!("slot {index} was just filled"),
        }
    }

    /// Stores `value` under `key` with no deadline (as SET does), replacing any old value.
    pub fn insert(&mut self, key: &[u8], value: Value) -> Option<Value> {
        self.insert_entry(
            key,
            Entry {
                value,
                expires_at: None,
            },
        )
        .map(|e| e.value)
    }

    /// Stores `entry` (value and deadline) under `key`; returns the live entry it replaced.
    pub fn insert_entry(&mut self, key: &[u8], entry: Entry) -> Option<Entry> {
        let (idx, h) = self.live_shard(key)?;
        self.save_undo(idx, h, key);
        self.shards[idx].1.insert(h, key, entry)
    }

    /// Deletes `key`; returns its live entry.
    pub fn remove(&mut self, key: &[u8]) -> Option<Entry> {
        let (idx, h) = self.live_shard(key)?;
        self.save_undo(idx, h, key);
        self.shards[idx].1.remove(h, key)
    }

    /// The deadline of `key`: `None` if the key is missing, `Some(None)` if it has none.
    pub fn expires_at(&mut self, key: &[u8]) -> Option<Option<i64>> {
        self.entry(key).map(|e| e.expires_at)
    }

    /// Sets or clears the deadline of `key`; false if the key is missing.
    pub fn set_expires_at(&mut self, key: &[u8], at: Option<i64>) -> bool {
        let Some((idx, h)) = self.live_shard(key) else {
            return false;
        };
        if self.shards[idx].1.map.get(h, key).is_none() {
            return false;
        }
        self.save_undo(idx, h, key);
        self.shards[idx].1.set_deadline(h, key, at)
    }

    /// Deletes every key of the current database (whole-database views only).
    pub fn clear(&mut self) {
        self.dirty = true;
        let db = self.db;
        for ((shard_db, _), shard) in self.shards.iter_mut() {
            if *shard_db != db {
                continue;
            }
            if let Some(undo) = self.undo.as_deref_mut() {
                for (_, key, entry) in shard.map.iter() {
                    undo.entry((db, key.into()))
                        .or_insert_with(|| Some(entry.clone()));
                }
            }
            shard.clear();
        }
    }

    /// A read-only view of the same shards (e.g. for SCAN-like walks inside a write).
    pub fn as_read(&self) -> ReadView<'_> {
        ReadView {
            ks: self.ks,
            now: self.now(),
            db: self.db,
            shards: self.shards.iter().map(|(l, s)| (*l, &**s)).collect(),
        }
    }

    /// Deletes the named keys that hold an emptied aggregate (run when a write finishes).
    fn finish(&mut self, keys: &[&[u8]]) {
        let keys = if self.may_empty { keys } else { &[] };
        for key in keys {
            let id = (key.as_ptr() as usize, key.len());
            for &(ptr, len, _, idx, h) in self.declared.iter() {
                if (ptr, len) != id {
                    continue;
                }
                if let Some((_, shard)) = self.shards.get_mut(idx) {
                    if matches!(shard.map.get(h, key), Some(e) if e.value.is_empty_aggregate()) {
                        shard.remove(h, key);
                    }
                }
            }
        }
        self.ks
            .counters
            .expired_keys
            .fetch_add(self.expired, Ordering::Relaxed);
        for (_, shard) in self.shards.iter_mut() {
            shard.publish();
        }
    }
}

/// A transaction's hold on the whole keyspace: every lock, plus the undo log.
pub struct TxState<'a> {
    inner: RefCell<TxInner<'a>>,
}

struct TxInner<'a> {
    guards: Vec<RwLockWriteGuard<'a, Shard>>,
    undo: UndoLog,
    /// The transaction's logged commands, appended to the log as one record at commit.
    log: Vec<u8>,
    logged: u32,
}

impl TxState<'_> {
    /// Restores every key the transaction changed to its state before the transaction.
    pub fn rollback(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.log.clear();
        inner.logged = 0;
        let undo = std::mem::take(&mut inner.undo);
        for ((db, key), old) in undo {
            let h = hash64(process_seed(), &key);
            let idx = db * SHARDS + shard_of_hash(h);
            if let Some(shard) = inner.guards.get_mut(idx) {
                shard.remove(h, &key);
                if let Some(entry) = old {
                    shard.insert(h, &key, entry);
                }
            }
        }
        for shard in inner.guards.iter_mut() {
            shard.publish();
        }
    }

    /// Keeps every change made so far (a later `rollback` undoes only what follows).
    pub fn commit(&self) {
        self.inner.borrow_mut().undo.clear();
    }

    /// Appends the transaction's commands to the log as one record (all or none after a
    /// crash), with every lock still held; returns the record's position, if anything was
    /// logged. Call after [`TxState::commit`], then wait on the position with the locks released.
    pub fn append_to_log(&self, ks: &Keyspace) -> Option<u64> {
        let mut inner = self.inner.borrow_mut();
        let sink = ks.sink.get()?;
        if inner.logged == 0 {
            return None;
        }
        let position = sink.append(&inner.log, inner.logged);
        inner.log.clear();
        inner.logged = 0;
        Some(position)
    }
}

/// The handle a command handler works through: the keyspace, the selected database, and
/// (inside a transaction) the locks the transaction holds.
pub struct Ctx<'a, 'k> {
    ks: &'k Keyspace,
    db: &'a AtomicUsize,
    tx: Option<&'a TxState<'k>>,
    /// Writes this command's argv for the write-ahead log (set by the typed API's generated
    /// methods and by `execute`; `None` logs nothing).
    log: Option<&'a dyn Fn(&mut ArgvWriter<'_>)>,
    /// The log position of this command's record, once appended (waited on by `commit`).
    pending: std::cell::Cell<Option<u64>>,
}

impl<'a, 'k> Ctx<'a, 'k> {
    /// A context for one command outside a transaction.
    pub fn new(ks: &'k Keyspace, db: &'a AtomicUsize) -> Ctx<'a, 'k> {
        Ctx {
            ks,
            db,
            tx: None,
            log: None,
            pending: std::cell::Cell::new(None),
        }
    }

    /// The same context, with `log` writing the command's argv when the write changes the
    /// keyspace (the record the write-ahead log stores and recovery replays through `execute`).
    pub fn with_log<'b>(&'b self, log: &'b dyn Fn(&mut ArgvWriter<'_>)) -> Ctx<'b, 'k>
    where
        'a: 'b,
    {
        Ctx {
            ks: self.ks,
            db: self.db,
            tx: self.tx,
            log: Some(log),
            pending: std::cell::Cell::new(None),
        }
    }

    /// Admits a write command before it runs: fails if the database can no longer log writes
    /// (a failed write or fsync poisoned it) or, for a command that may grow memory
    /// (`denyoom`), if memory used is past the limit. Nothing has changed when this fails.
    pub fn admit(&self, denyoom: bool) -> crate::Result<()> {
        // Redis checks memory before the persistence state (OOM wins over MISCONF).
        if denyoom && self.ks.over_memory_limit() {
            return Err(crate::Error::Oom);
        }
        match self.ks.sink.get() {
            Some(sink) => sink.check(),
            None => Ok(()),
        }
    }

    /// Finishes a write command: waits until its log record (if it wrote one) is as durable as
    /// the sync mode promises. Err when the log failed; the write must then not be reported as
    /// done.
    pub fn commit(&self) -> crate::Result<()> {
        match (self.pending.take(), self.ks.sink.get()) {
            (Some(position), Some(sink)) => sink.wait(position, false),
            _ => Ok(()),
        }
    }

    /// Encodes this command for the log into `out`: false if there is nothing to log it with.
    fn encode(&self, out: &mut Vec<u8>, view: &View<'_>) -> bool {
        let now = view.now();
        if let Some(argv) = &view.log_override {
            let mut w = crate::persist::argv::begin_command(out, self.db(), now);
            for arg in argv {
                w.arg(arg);
            }
            w.finish();
            return true;
        }
        let Some(log) = self.log else {
            return false;
        };
        let mut w = crate::persist::argv::begin_command(out, self.db(), now);
        log(&mut w);
        w.finish();
        true
    }

    /// Logs a write that changed the keyspace (called with its locks held).
    fn log_write(&self, view: &View<'_>) {
        let Some(sink) = self.ks.sink.get() else {
            return;
        };
        thread_local! {
            static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
        }
        SCRATCH.with(|scratch| {
            let mut out = scratch.borrow_mut();
            out.clear();
            if self.encode(&mut out, view) {
                self.pending.set(Some(sink.append(&out, 1)));
            } else {
                debug_assert!(false, "a write changed the keyspace with no argv to log");
            }
            if out.capacity() > 1 << 20 {
                *out = Vec::new();
            }
        });
    }

    /// A context for a command inside the transaction `tx`.
    pub fn in_tx(ks: &'k Keyspace, db: &'a AtomicUsize, tx: &'a TxState<'k>) -> Ctx<'a, 'k> {
        Ctx {
            ks,
            db,
            tx: Some(tx),
            log: None,
            pending: std::cell::Cell::new(None),
        }
    }

    /// The keyspace.
    pub fn keyspace(&self) -> &'k Keyspace {
        self.ks
    }

    /// The selected logical database.
    pub fn db(&self) -> usize {
        self.db.load(Ordering::Relaxed)
    }

    /// Selects logical database `index` for the rest of this handle's commands.
    pub fn select(&self, index: usize) {
        self.db.store(index, Ordering::Relaxed);
    }

    /// Number of logical databases.
    pub fn num_dbs(&self) -> usize {
        self.ks.num_dbs()
    }

    /// A random generator for this command.
    pub fn rng(&self) -> Rng {
        self.ks.rng()
    }

    /// The keys' hashes, one per key, in order.
    fn hashes(&self, keys: &[&[u8]]) -> Few<u64> {
        keys.iter().map(|k| self.ks.hash(k)).collect()
    }

    fn locs_for_hashes(db: usize, hashes: &[u64]) -> Few<Loc> {
        if let [h] = hashes {
            return Few::One([(db, shard_of_hash(*h))]);
        }
        let mut locs: Vec<Loc> = hashes.iter().map(|h| (db, shard_of_hash(*h))).collect();
        locs.sort_unstable();
        locs.dedup();
        Few::Many(locs)
    }

    fn locs_for_dbs(dbs: &[usize]) -> Few<Loc> {
        let mut locs: Vec<Loc> = dbs
            .iter()
            .flat_map(|db| (0..SHARDS).map(move |s| (*db, s)))
            .collect();
        locs.sort_unstable();
        locs.dedup();
        Few::Many(locs)
    }

    /// Runs `f` on the live value of one key.
    pub fn read<R>(&self, key: &[u8], f: impl FnOnce(Option<&Value>) -> R) -> R {
        if self.tx.is_some() {
            return self.read_keys(&[key], |view| f(view.get(key)));
        }
        // The hot path: one hash for the shard, one lock, and the clock read only for keys
        // that have a deadline.
        let h = self.ks.hash(key);
        let Some(lock) = self
            .ks
            .dbs
            .get(self.db())
            .and_then(|db| db.get(shard_of_hash(h)))
        else {
            return f(None);
        };
        let shard = lock.read();
        let entry = shard.map.get(h, key);
        let live = match entry {
            Some(e) if e.expires_at.is_some() && is_expired(e, self.ks.now_ms()) => None,
            other => other,
        };
        f(live.map(|e| &e.value))
    }

    /// Runs `f` with read access to the named keys of the selected database.
    pub fn read_keys<R>(&self, keys: &[&[u8]], f: impl FnOnce(&ReadView<'_>) -> R) -> R {
        let locs = Self::locs_for_hashes(self.db(), &self.hashes(keys));
        self.with_read(locs, f)
    }

    /// Runs `f` with read access to the whole selected database.
    pub fn read_db<R>(&self, f: impl FnOnce(&ReadView<'_>) -> R) -> R {
        let locs = Self::locs_for_dbs(&[self.db()]);
        self.with_read(locs, f)
    }

    /// Runs `f` with read access to one shard (`0..SHARDS`) of the selected database, so a walk
    /// over every key can hold one shard's lock at a time and visit each key once
    /// ([`ReadView::for_each`] sees only that shard's keys).
    pub fn read_shard<R>(&self, shard: usize, f: impl FnOnce(&ReadView<'_>) -> R) -> R {
        let locs = Few::One([(self.db(), shard.min(SHARDS - 1))]);
        self.with_read(locs, f)
    }

    /// Runs `f` with write access to the named keys of the selected database.
    pub fn write<R>(&self, keys: &[&[u8]], f: impl FnOnce(&mut View<'_>) -> R) -> R {
        let hashes = self.hashes(keys);
        let locs = Self::locs_for_hashes(self.db(), &hashes);
        self.with_write(locs, keys, None, &hashes, f)
    }

    /// Runs `f` with write access to the named keys in the named databases (e.g. COPY ... DB).
    pub fn write_in<R>(&self, keys: &[(usize, &[u8])], f: impl FnOnce(&mut View<'_>) -> R) -> R {
        let names: Vec<&[u8]> = keys.iter().map(|(_, k)| *k).collect();
        let dbs: Vec<usize> = keys.iter().map(|(db, _)| *db).collect();
        let hashes = self.hashes(&names);
        let mut locs: Vec<Loc> = dbs
            .iter()
            .zip(hashes.iter())
            .map(|(db, h)| (*db, shard_of_hash(*h)))
            .collect();
        locs.sort_unstable();
        locs.dedup();
        let locs = Few::Many(locs);
        self.with_write(locs, &names, Some(&dbs), &hashes, f)
    }

    /// Runs `f` with write access to the whole selected database.
    pub fn write_db<R>(&self, f: impl FnOnce(&mut View<'_>) -> R) -> R {
        let locs = Self::locs_for_dbs(&[self.db()]);
        self.with_write(locs, &[], None, &[], f)
    }

    /// Runs `f` with write access to the named whole databases (FLUSHALL passes them all).
    pub fn write_dbs<R>(&self, dbs: &[usize], f: impl FnOnce(&mut View<'_>) -> R) -> R {
        let locs = Self::locs_for_dbs(dbs);
        self.with_write(locs, &[], None, &[], f)
    }

    fn with_read<R>(&self, locs: Few<Loc>, f: impl FnOnce(&ReadView<'_>) -> R) -> R {
        let now = self.ks.now_ms();
        let db = self.db();
        match self.tx {
            None => {
                let guards: Few<_> = locs
                    .iter()
                    .filter_map(|(d, s)| self.ks.dbs.get(*d)?.get(*s).map(|l| l.read()))
                    .collect();
                let shards = locs
                    .iter()
                    .copied()
                    .zip(guards.iter().map(|g| &**g))
                    .collect();
                f(&ReadView {
                    ks: self.ks,
                    now,
                    db,
                    shards,
                })
            }
            Some(tx) => {
                let inner = tx.inner.borrow();
                let shards = locs
                    .iter()
                    .filter_map(|loc| {
                        inner
                            .guards
                            .get(loc.0 * SHARDS + loc.1)
                            .map(|g| (*loc, &**g))
                    })
                    .collect();
                f(&ReadView {
                    ks: self.ks,
                    now,
                    db,
                    shards,
                })
            }
        }
    }

    /// The declared keys' shard positions in `locs` (which is also their order in the view).
    fn declare(
        &self,
        locs: &Few<Loc>,
        keys: &[&[u8]],
        key_dbs: Option<&[usize]>,
        hashes: &[u64],
    ) -> Few<Declared> {
        if let ([key], [loc], None, [h]) = (keys, &locs[..], key_dbs, hashes) {
            // One key, one shard: its position is 0.
            return Few::One([(key.as_ptr() as usize, key.len(), loc.0, 0, *h)]);
        }
        keys.iter()
            .zip(hashes)
            .enumerate()
            .filter_map(|(i, (key, h))| {
                let db = key_dbs
                    .and_then(|dbs| dbs.get(i).copied())
                    .unwrap_or(self.db());
                let loc = (db, shard_of_hash(*h));
                let idx = locs.iter().position(|l| *l == loc)?;
                Some((key.as_ptr() as usize, key.len(), db, idx, *h))
            })
            .collect()
    }

    fn with_write<R>(
        &self,
        locs: Few<Loc>,
        keys: &[&[u8]],
        key_dbs: Option<&[usize]>,
        hashes: &[u64],
        f: impl FnOnce(&mut View<'_>) -> R,
    ) -> R {
        let now = std::cell::OnceCell::new();
        let db = self.db();
        let declared = self.declare(&locs, keys, key_dbs, hashes);
        match self.tx {
            None => {
                let mut guards: Few<_> = locs
                    .iter()
                    .filter_map(|(d, s)| self.ks.dbs.get(*d)?.get(*s).map(|l| l.write()))
                    .collect();
                if self.ks.capturing.load(Ordering::Acquire) {
                    self.ks
                        .capture_locked(locs.iter().copied().zip(guards.iter().map(|g| &**g)));
                }
                let mut swept = 0;
                for guard in guards.iter_mut() {
                    if !guard.deadlines.is_empty() {
                        swept += guard.sweep(*now.get_or_init(|| self.ks.now_ms()), SWEEP_BUDGET);
                    }
                }
                let shards = locs
                    .iter()
                    .copied()
                    .zip(guards.iter_mut().map(|g| &mut **g))
                    .collect();
                let mut view = View {
                    ks: self.ks,
                    now,
                    may_empty: false,
                    db,
                    shards,
                    undo: None,
                    expired: swept as u64,
                    declared,
                    dirty: false,
                    log_override: None,
                };
                let res = f(&mut view);
                view.finish(keys);
                if view.dirty {
                    self.log_write(&view);
                }
                drop(view);
                drop(guards);
                self.ks.after_write();
                res
            }
            Some(tx) => {
                let mut inner = tx.inner.borrow_mut();
                let TxInner {
                    guards,
                    undo,
                    log,
                    logged,
                } = &mut *inner;
                let wanted: Vec<usize> = locs.iter().map(|(d, s)| d * SHARDS + s).collect();
                let shards = guards
                    .iter_mut()
                    .enumerate()
                    .filter(|(i, _)| wanted.binary_search(i).is_ok())
                    .map(|(i, g)| ((i / SHARDS, i % SHARDS), &mut **g))
                    .collect();
                let mut view = View {
                    ks: self.ks,
                    now,
                    may_empty: false,
                    db,
                    shards,
                    undo: Some(undo),
                    expired: 0,
                    declared,
                    dirty: false,
                    log_override: None,
                };
                let res = f(&mut view);
                view.finish(keys);
                // A transaction's commands are appended to the log as one record at commit.
                if view.dirty && self.ks.sink.get().is_some() && self.encode(log, &view) {
                    *logged += 1;
                }
                res
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::StrValue;

    fn put(ctx: &Ctx, key: &[u8], expires_at: Option<i64>) {
        ctx.write(&[key], |view| {
            view.insert_entry(
                key,
                Entry {
                    value: Value::Str(StrValue::from_bytes(b"v")),
                    expires_at,
                },
            )
        });
    }

    #[test]
    fn active_sweep_reclaims_keys_nobody_touches() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000));
        for i in 0..200u32 {
            put(&ctx, format!("ttl:{i}").as_bytes(), Some(1_500));
        }
        ks.set_fixed_time(Some(2_000));
        // Writes to one unrelated key only; the round-robin sweep must still reclaim the rest.
        for _ in 0..(SWEEP_EVERY as usize * SHARDS * 8) {
            put(&ctx, b"other", None);
        }
        assert_eq!(ctx.read_db(|view| view.len()), 1);
        assert_eq!(ks.counters.expired_keys.load(Ordering::Relaxed), 200);
    }

    #[test]
    fn scan_returns_every_key_once_despite_concurrent_changes() {
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        for i in 0..1000u32 {
            put(&ctx, format!("k{i}").as_bytes(), None);
        }
        let mut seen = std::collections::HashMap::<Vec<u8>, usize>::new();
        let mut cursor = 0;
        let mut step = 0u32;
        loop {
            let (next, keys) = ctx.read_db(|view| view.scan(cursor, 10, |_, _| true));
            for key in keys {
                *seen.entry(key).or_default() += 1;
            }
            // Churn between calls: add new keys and delete some added ones.
            put(&ctx, format!("new{step}").as_bytes(), None);
            ctx.write(&[format!("new{}", step / 2).as_bytes()], |view| {
                view.remove(format!("new{}", step / 2).as_bytes())
            });
            step += 1;
            if next == 0 {
                break;
            }
            cursor = next;
        }
        for i in 0..1000u32 {
            assert_eq!(seen.get(format!("k{i}").as_bytes()), Some(&1), "k{i}");
        }
    }

    #[test]
    fn scan_is_exactly_once_under_churn_and_growth() {
        // Several key sets (the keyspace seed is per process, so the sets stand in for seeds),
        // with inserts, deletes and bursts that force every shard table to grow between steps.
        for set in 0..4u32 {
            let ks = Keyspace::new(1);
            let db = AtomicUsize::new(0);
            let ctx = Ctx::new(&ks, &db);
            for i in 0..2_000u32 {
                put(&ctx, format!("s{set}:{i}").as_bytes(), None);
            }
            let mut seen = std::collections::HashMap::<Vec<u8>, usize>::new();
            let mut rng = Rng::new(u64::from(set) + 1);
            let (mut cursor, mut step, mut added) = (0u64, 0u32, 0u32);
            loop {
                let (next, keys) =
                    ctx.read_db(|view| view.scan(cursor, 10 + step as usize % 20, |_, _| true));
                for key in keys {
                    *seen.entry(key).or_default() += 1;
                }
                // Four bursts early on (each doubles the tables), then a trickle.
                let burst = if step < 100 && step.is_multiple_of(25) {
                    3_000
                } else {
                    3
                };
                for _ in 0..burst {
                    put(&ctx, format!("c{set}:{added}").as_bytes(), None);
                    added += 1;
                }
                for _ in 0..2 {
                    let victim = format!("c{set}:{}", rng.below(added as usize + 1) as u32);
                    ctx.write(&[victim.as_bytes()], |view| view.remove(victim.as_bytes()));
                }
                step += 1;
                if next == 0 {
                    break;
                }
                cursor = next;
            }
            for i in 0..2_000u32 {
                assert_eq!(
                    seen.get(format!("s{set}:{i}").as_bytes()),
                    Some(&1),
                    "s{set}:{i}"
                );
            }
            assert!(added > 6_000, "growth was forced");
        }
    }

    #[test]
    fn rollback_restores_deadlines_and_deleted_keys() {
        let ks = Keyspace::new(2);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(1_000));
        put(&ctx, b"a", Some(5_000));
        put(&ctx, b"b", None);
        {
            let tx = ks.begin();
            let tctx = Ctx::in_tx(&ks, &db, &tx);
            tctx.write(&[b"a"], |view| view.set_expires_at(b"a", None));
            tctx.write(&[b"b"], |view| view.remove(b"b"));
            tctx.write_db(|view| view.clear());
            tx.rollback();
        }
        ctx.read_keys(&[b"a", b"b"], |view| {
            assert_eq!(view.entry(b"a").and_then(|e| e.expires_at), Some(5_000));
            assert!(view.get(b"b").is_some());
        });
        ks.set_fixed_time(Some(6_000));
        assert!(ctx.read(b"a", |v| v.is_none()));
    }

    #[test]
    fn one_scan_step_visits_about_count_keys_even_over_sparse_shards() {
        // A bug story: the visited count used to restart at each shard, so with fewer keys per
        // shard than COUNT one SCAN step walked every shard and returned the whole database.
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        for i in 0..64u32 {
            put(&ctx, format!("k{i}").as_bytes(), None);
        }
        let (next, keys) = ctx.read_db(|view| view.scan(0, 10, |_, _| true));
        assert_ne!(next, 0);
        assert!(keys.len() < 64, "one step returned {} keys", keys.len());
    }

    #[test]
    fn expired_keys_do_not_count() {
        // A bug story: `SET a x PXAT 1`, then a read of `a`, then DBSIZE gave 1 where Redis
        // gives 0 (its read deletes the expired key; ours only hides it). Found by the
        // differential test.
        let ks = Keyspace::new(1);
        let db = AtomicUsize::new(0);
        let ctx = Ctx::new(&ks, &db);
        ks.set_fixed_time(Some(10_000));
        put(&ctx, b"past", Some(1));
        put(&ctx, b"now", Some(10_000));
        put(&ctx, b"later", Some(20_000));
        put(&ctx, b"never", None);
        assert_eq!(ctx.read_db(|view| view.len()), 2);
        ks.set_fixed_time(Some(20_000));
        assert_eq!(ctx.read_db(|view| view.len()), 1);
    }
}
