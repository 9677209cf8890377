//! The iterator API: `iter_keys`, `iter_hash`, `iter_list`, `iter_set`, `iter_zset`.
//!
//! `iter_keys` walks the keyspace one shard at a time, so it holds at most one shard's read lock
//! at a time and gives SCAN's guarantee: every key present for the whole walk is yielded exactly
//! once; keys added or removed meanwhile may or may not be. The aggregate iterators yield a consistent snapshot of
//! one value, taken when the iterator is created; a missing key (or a key of another type)
//! yields nothing.

use std::collections::VecDeque;

use ferrite_core::keyspace::SHARDS;

use crate::embedded::Database;

/// Iterator over the keys of one logical database that match a glob pattern.
///
/// It walks the keyspace one shard at a time: each step takes one shard's read lock, collects
/// that shard's matching keys in one pass, and releases it. So the whole walk costs one pass over
/// the database, and every key present for the whole walk is yielded exactly once (a key lives in
/// exactly one shard, and each shard is visited once).
pub struct KeyIterator<'a> {
    db: &'a Database,
    pattern: Vec<u8>,
    next_shard: usize,
    buffer: VecDeque<Vec<u8>>,
}

impl<'a> KeyIterator<'a> {
    pub(crate) fn new(db: &'a Database, pattern: &[u8]) -> KeyIterator<'a> {
        KeyIterator {
            db,
            pattern: pattern.to_vec(),
            next_shard: 0,
            buffer: VecDeque::new(),
        }
    }
}

impl Iterator for KeyIterator<'_> {
    type Item = Vec<u8>;

    fn next(&mut self) -> Option<Vec<u8>> {
        loop {
            if let Some(key) = self.buffer.pop_front() {
                return Some(key);
            }
            if self.next_shard >= SHARDS {
                return None;
            }
            let pattern = &self.pattern;
            let match_all = pattern.as_slice() == b"*";
            let buffer = &mut self.buffer;
            self.db.ctx().read_shard(self.next_shard, |view| {
                view.for_each(|key, _| {
                    if match_all || ferrite_core::glob::matches(pattern, key) {
                        buffer.push_back(key.to_vec());
                    }
                })
            });
            self.next_shard += 1;
        }
    }
}

/// Iterator over a snapshot of one aggregate value's items.
pub struct SnapshotIterator<T> {
    items: std::vec::IntoIter<T>,
}

impl<T> SnapshotIterator<T> {
    pub(crate) fn new(items: Vec<T>) -> SnapshotIterator<T> {
        SnapshotIterator {
            items: items.into_iter(),
        }
    }
}

impl<T> Iterator for SnapshotIterator<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.items.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl<T> ExactSizeIterator for SnapshotIterator<T> {}

/// Iterator over a hash's (field, value) pairs.
pub type HashIterator = SnapshotIterator<(Vec<u8>, Vec<u8>)>;
/// Iterator over a list's elements, head to tail.
pub type ListIterator = SnapshotIterator<Vec<u8>>;
/// Iterator over a set's members.
pub type SetIterator = SnapshotIterator<Vec<u8>>;
/// Iterator over a sorted set's (member, score) pairs, lowest score first.
pub type ZSetIterator = SnapshotIterator<(Vec<u8>, f64)>;

impl Database {
    /// Iterates over the keys of the selected logical database that match the glob `pattern`
    /// (`*`, `?`, `[a-z]`, `\\` escapes, as KEYS and SCAN MATCH).
    pub fn iter_keys(&self, pattern: impl AsRef<[u8]>) -> KeyIterator<'_> {
        KeyIterator::new(self, pattern.as_ref())
    }
}

impl Database {
    /// Takes a snapshot of one value under the read lock of its shard.
    fn value_snapshot<T>(
        &self,
        key: &[u8],
        take: impl FnOnce(&ferrite_core::Value) -> Option<Vec<T>>,
    ) -> SnapshotIterator<T> {
        let items = self
            .ctx()
            .read(key, |value| value.and_then(take))
            .unwrap_or_default();
        SnapshotIterator::new(items)
    }

    /// Iterates over a snapshot of the hash at `key`: (field, value) pairs, in HGETALL order.
    pub fn iter_hash(&self, key: impl AsRef<[u8]>) -> HashIterator {
        self.value_snapshot(key.as_ref(), |value| match value {
            ferrite_core::Value::Hash(hash) => {
                Some(hash.iter().map(|(f, v)| (f.to_vec(), v.to_vec())).collect())
            }
            _ => None,
        })
    }

    /// Iterates over a snapshot of the list at `key`, head to tail.
    pub fn iter_list(&self, key: impl AsRef<[u8]>) -> ListIterator {
        self.value_snapshot(key.as_ref(), |value| match value {
            ferrite_core::Value::List(list) => Some(list.iter().map(<[u8]>::to_vec).collect()),
            _ => None,
        })
    }

    /// Iterates over a snapshot of the set at `key`.
    pub fn iter_set(&self, key: impl AsRef<[u8]>) -> SetIterator {
        self.value_snapshot(key.as_ref(), |value| match value {
            ferrite_core::Value::Set(set) => Some(set.iter().map(|m| m.into_owned()).collect()),
            _ => None,
        })
    }

    /// Iterates over a snapshot of the sorted set at `key`: (member, score), lowest score first.
    pub fn iter_zset(&self, key: impl AsRef<[u8]>) -> ZSetIterator {
        self.value_snapshot(key.as_ref(), |value| match value {
            ferrite_core::Value::ZSet(zset) => {
                Some(zset.iter().map(|(m, s)| (m.to_vec(), s)).collect())
            }
            _ => None,
        })
    }
}
