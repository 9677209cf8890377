//! The keyspace side of persistence: point-in-time snapshot capture without a long pause, and
//! loading entries back at open.
//!
//! A snapshot starts with every shard lock held for an instant (the WAL is rotated then, so the
//! snapshot is exactly the state at that segment boundary) and every shard marked *pending*.
//! The snapshot thread then visits the shards one at a time under a read lock, serializing each
//! pending one. A writer that locks a still-pending shard serializes it first, before changing
//! it. Whoever flips a shard's pending flag does so holding a lock that keeps the shard
//! unchanged, so each shard is captured exactly once, as it was at the boundary.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::{hash64, Entry, Keyspace, Shard, SHARDS};
use crate::persist::argv::put_uvarint;
use crate::persist::codec::encode_entry;

/// Payload kind of a snapshot block holding entries.
pub const BLOCK_ENTRIES: u8 = 1;
/// A block is closed once its entries pass this many bytes.
const BLOCK_TARGET: usize = 1 << 20;

/// A snapshot being captured.
pub struct Capture {
    pending: Box<[AtomicBool]>,
    /// Blocks serialized by writers, waiting for the snapshot thread: (payload, entries).
    ready: Mutex<Vec<(Vec<u8>, u64)>>,
}

/// Serializes one shard of database `db` into block payloads (kind, count, entries).
fn serialize_shard(db: usize, shard: &Shard, out: &mut Vec<(Vec<u8>, u64)>) {
    let mut entries = Vec::new();
    let mut count = 0u64;
    let flush = |entries: &mut Vec<u8>, count: &mut u64, out: &mut Vec<(Vec<u8>, u64)>| {
        if *count == 0 {
            return;
        }
        let mut payload = Vec::with_capacity(entries.len() + 11);
        payload.push(BLOCK_ENTRIES);
        put_uvarint(&mut payload, *count);
        payload.extend_from_slice(entries);
        out.push((payload, *count));
        entries.clear();
        *count = 0;
    };
    for (_, key, entry) in shard.map.iter() {
        encode_entry(&mut entries, db, key, entry.expires_at, &entry.value);
        count += 1;
        if entries.len() >= BLOCK_TARGET {
            flush(&mut entries, &mut count, out);
        }
    }
    flush(&mut entries, &mut count, out);
}

impl Keyspace {
    /// Begins a snapshot: with every shard lock held, runs `at_boundary` (which rotates the WAL)
    /// and, if it succeeds, marks every shard pending. Returns its result and the capture.
    pub fn start_capture<T, E>(
        &self,
        at_boundary: impl FnOnce() -> Result<T, E>,
    ) -> Result<(T, Arc<Capture>), E> {
        let guards: Vec<_> = self
            .dbs
            .iter()
            .flat_map(|db| db.iter().map(|s| s.write()))
            .collect();
        let value = at_boundary()?;
        let capture = Arc::new(Capture {
            pending: (0..guards.len()).map(|_| AtomicBool::new(true)).collect(),
            ready: Mutex::new(Vec::new()),
        });
        *self.capture.lock() = Some(Arc::clone(&capture));
        self.capturing.store(true, Ordering::Release);
        drop(guards);
        Ok((value, capture))
    }

    /// Captures every shard still pending, handing each block to `emit` (in no particular
    /// order), then ends the capture. On an error from `emit` the capture is abandoned.
    pub fn capture_rest<E>(
        &self,
        capture: &Capture,
        mut emit: impl FnMut(&[u8], u64) -> Result<(), E>,
    ) -> Result<(), E> {
        let result = (|| {
            for (i, pending) in capture.pending.iter().enumerate() {
                let ready = std::mem::take(&mut *capture.ready.lock());
                for (payload, count) in &ready {
                    emit(payload, *count)?;
                }
                let Some(lock) = self.dbs.get(i / SHARDS).and_then(|db| db.get(i % SHARDS)) else {
                    continue;
                };
                let mut blocks = Vec::new();
                {
                    let shard = lock.read();
                    if pending.swap(false, Ordering::AcqRel) {
                        serialize_shard(i / SHARDS, &shard, &mut blocks);
                    }
                }
                for (payload, count) in &blocks {
                    emit(payload, *count)?;
                }
            }
            let ready = std::mem::take(&mut *capture.ready.lock());
            for (payload, count) in &ready {
                emit(payload, *count)?;
            }
            Ok(())
        })();
        self.end_capture();
        result
    }

    /// Ends the current capture (writers stop checking for pending shards).
    pub fn end_capture(&self) {
        self.capturing.store(false, Ordering::Release);
        *self.capture.lock() = None;
    }

    /// Called by a writer holding the write locks of `locs` (database, shard) while a capture
    /// runs: serializes any of those shards still pending before the writer changes them.
    pub(super) fn capture_locked<'s>(
        &self,
        locked: impl Iterator<Item = ((usize, usize), &'s Shard)>,
    ) {
        let Some(capture) = self.capture.lock().clone() else {
            return;
        };
        let mut blocks = Vec::new();
        for ((db, s), shard) in locked {
            let Some(pending) = capture.pending.get(db * SHARDS + s) else {
                continue;
            };
            if pending.swap(false, Ordering::AcqRel) {
                serialize_shard(db, shard, &mut blocks);
            }
        }
        if !blocks.is_empty() {
            capture.ready.lock().extend(blocks);
        }
    }

    /// Stores an entry read back from a snapshot (no logging, no expiry check: recovery replays
    /// the log at its recorded times, then purges what has expired).
    pub fn restore(&self, db: usize, key: &[u8], entry: Entry) -> bool {
        let h = hash64(self.seed, key);
        let Some(lock) = self
            .dbs
            .get(db)
            .and_then(|d| d.get(super::shard_of_hash(h)))
        else {
            return false;
        };
        let mut shard = lock.write();
        shard.insert(h, key, entry);
        shard.publish();
        true
    }

    /// Deletes every key whose deadline is at or before `now` (after recovery, so no expired key
    /// comes back); returns how many.
    pub fn purge_expired(&self, now: i64) -> usize {
        let mut removed = 0;
        for db in self.dbs.iter() {
            for lock in db.iter() {
                let mut shard = lock.write();
                removed += shard.sweep(now, usize::MAX);
                shard.publish();
            }
        }
        removed
    }

    /// Total keys stored, expired or not (for recovery statistics).
    pub fn stored_keys(&self) -> usize {
        self.dbs
            .iter()
            .flat_map(|db| db.iter())
            .map(|s| s.read().map.len())
            .sum()
    }
}
