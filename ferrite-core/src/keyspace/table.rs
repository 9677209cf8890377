//! A shard's key table: open addressing with linear probing, kept sorted by hash.
//!
//! Each slot holds the key's 64-bit keyspace hash, the key and its value. The hash is computed
//! once per operation by the caller (the same hash whose top [`SHARD_BITS`] bits picked the
//! shard) and passed in; a lookup compares the stored hash before the key bytes.
//!
//! **Ordering invariant.** An entry's *rank* is its hash shifted left by [`SHARD_BITS`] (the bits
//! that chose the shard are equal for every key of a shard, so rank order is hash order), and its
//! *home* slot is the top `log2(capacity)` bits of its rank. Home is monotone in rank. The table
//! keeps three facts true after every operation:
//! 1. occupied slots, read in index order, have non-decreasing rank (equal ranks are adjacent);
//! 2. every entry sits at or after its home slot;
//! 3. every slot from an entry's home up to its position is occupied (so a probe that meets an
//!    empty slot, or a larger rank, may stop).
//!
//! Insertion walks from the home slot past smaller-or-equal ranks and shifts the rest of the run
//! right by one (Robin Hood order with rank as tie-break); deletion shifts the following
//! displaced entries left by one (backward-shift deletion). There is no wrap-around: past the
//! `capacity` home slots the table keeps a small overflow tail, extended one slot at a time if
//! the last run needs it, so the sorted order is global, not circular. Growing (at 85% load)
//! re-places the entries in order at their new homes in one pass; the order, being defined by
//! the hash value and not the capacity, is unchanged.
//!
//! **Scan resumption.** [`Table::iter_from`] with cursor hash `c` starts at `home(c)`: no entry of
//! rank at least `rank(c)` sits before it (fact 2 and monotone homes), and the entries of smaller
//! rank after it are a prefix of the run there (fact 1), skipped. So resuming costs the length of
//! that run, not a pass over the table, and because the cursor is a hash value it stays valid
//! across inserts, deletes and resizes between steps.

use super::SHARD_BITS;

/// Home slots of a freshly allocated table.
const MIN_BITS: u32 = 3;
/// Overflow slots past the last home slot, allocated up front.
const TAIL: usize = 8;

/// An entry's position in the table order.
#[inline]
pub fn rank(hash: u64) -> u64 {
    hash << SHARD_BITS
}

struct Slot<V> {
    hash: u64,
    key: Box<[u8]>,
    value: V,
}

/// An open-addressing table keyed by byte strings with caller-supplied hashes, sorted by rank.
pub struct Table<V> {
    slots: Vec<Option<Slot<V>>>,
    len: usize,
    /// log2 of the number of home slots; 0 when nothing is allocated.
    bits: u32,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table::new()
    }
}

impl<V> Table<V> {
    /// An empty table (allocates nothing).
    pub fn new() -> Self {
        Table {
            slots: Vec::new(),
            len: 0,
            bits: 0,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Number of home slots (a power of two, or 0).
    pub fn capacity(&self) -> usize {
        if self.bits == 0 {
            0
        } else {
            1 << self.bits
        }
    }

    #[inline]
    fn home(&self, hash: u64) -> usize {
        if self.bits == 0 {
            0
        } else {
            (rank(hash) >> (64 - self.bits)) as usize
        }
    }

    /// The slot index of `key`, if present.
    #[inline]
    fn find(&self, hash: u64, key: &[u8]) -> Option<usize> {
        let r = rank(hash);
        let start = self.home(hash);
        for (i, slot) in self.slots.get(start..)?.iter().enumerate() {
            let s = slot.as_ref()?;
            if s.hash == hash && *s.key == *key {
                return Some(start + i);
            }
            if rank(s.hash) > r {
                return None;
            }
        }
        None
    }

    /// The value of `key`.
    #[inline]
    pub fn get(&self, hash: u64, key: &[u8]) -> Option<&V> {
        let i = self.find(hash, key)?;
        self.slots[i].as_ref().map(|s| &s.value)
    }

    /// The value of `key`, mutable.
    #[inline]
    pub fn get_mut(&mut self, hash: u64, key: &[u8]) -> Option<&mut V> {
        let i = self.find(hash, key)?;
        self.slots[i].as_mut().map(|s| &mut s.value)
    }

    /// Stores `value` under `key`; returns the value it replaced (the key's allocation is kept).
    pub fn insert(&mut self, hash: u64, key: &[u8], value: V) -> Option<V> {
        if let Some(old) = self.get_mut(hash, key) {
            return Some(std::mem::replace(old, value));
        }
        self.insert_new(hash, key.into(), value);
        None
    }

    /// The slot index of `key`, inserting `make()` when absent.
    pub fn get_or_insert_index(
        &mut self,
        hash: u64,
        key: &[u8],
        make: impl FnOnce() -> V,
    ) -> usize {
        match self.find(hash, key) {
            Some(i) => i,
            None => self.insert_new(hash, key.into(), make()),
        }
    }

    /// The slot index of `key`, if present. An index stays valid until the table next changes.
    #[inline]
    pub fn index_of(&self, hash: u64, key: &[u8]) -> Option<usize> {
        self.find(hash, key)
    }

    /// The value in slot `index` (from [`Table::index_of`], with no change since).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<&V> {
        self.slots.get(index)?.as_ref().map(|s| &s.value)
    }

    /// The value in slot `index`, mutable.
    #[inline]
    pub fn value_at_mut(&mut self, index: usize) -> Option<&mut V> {
        self.slots.get_mut(index)?.as_mut().map(|s| &mut s.value)
    }

    /// Bytes of the slot array (the keys' own allocations are not included).
    #[inline]
    pub fn alloc_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Option<Slot<V>>>()
    }

    /// Inserts a key known to be absent; returns its slot index.
    fn insert_new(&mut self, hash: u64, key: Box<[u8]>, value: V) -> usize {
        if (self.len + 1) * 100 > self.capacity() * 85 {
            let bits = if self.bits == 0 {
                MIN_BITS
            } else {
                self.bits + 1
            };
            self.rebuild(bits);
        }
        let r = rank(hash);
        let mut p = self.home(hash);
        while let Some(Some(s)) = self.slots.get(p) {
            if rank(s.hash) > r {
                break;
            }
            p += 1;
        }
        let mut end = p;
        while let Some(Some(_)) = self.slots.get(end) {
            end += 1;
        }
        if end == self.slots.len() {
            self.push_tail();
        }
        // The empty slot at `end` moves to `p`; the run p..end moves right by one.
        self.slots[p..=end].rotate_right(1);
        self.slots[p] = Some(Slot { hash, key, value });
        self.len += 1;
        p
    }

    /// Appends one empty overflow slot without doubling the allocation.
    fn push_tail(&mut self) {
        if self.slots.len() == self.slots.capacity() {
            self.slots.reserve_exact(TAIL);
        }
        self.slots.push(None);
    }

    /// Re-places every entry, in order, in a table of `1 << bits` home slots.
    fn rebuild(&mut self, bits: u32) {
        let old = std::mem::take(&mut self.slots);
        self.bits = bits;
        let n = (1usize << bits) + TAIL;
        self.slots = Vec::with_capacity(n);
        self.slots.resize_with(n, || None);
        let mut next = 0;
        for s in old.into_iter().flatten() {
            let p = self.home(s.hash).max(next);
            if p == self.slots.len() {
                self.push_tail();
            }
            self.slots[p] = Some(s);
            next = p + 1;
        }
    }

    /// Removes `key`; returns its stored key and value.
    pub fn remove(&mut self, hash: u64, key: &[u8]) -> Option<(Box<[u8]>, V)> {
        let i = self.find(hash, key)?;
        let removed = self.slots[i].take()?;
        self.len -= 1;
        // Backward shift: the displaced entries that follow move one slot closer to home.
        let mut end = i + 1;
        while let Some(Some(s)) = self.slots.get(end) {
            if self.home(s.hash) == end {
                break;
            }
            end += 1;
        }
        self.slots[i..end].rotate_left(1);
        Some((removed.key, removed.value))
    }

    /// Removes every entry and frees the allocation.
    pub fn clear(&mut self) {
        *self = Table::new();
    }

    /// Every entry as (hash, key, value), in rank order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &[u8], &V)> + '_ {
        self.slots
            .iter()
            .flatten()
            .map(|s| (s.hash, &*s.key, &s.value))
    }

    /// The entries of rank at least `rank(from)`, in rank order; costs the probe run at
    /// `home(from)` plus the entries yielded.
    pub fn iter_from(&self, from: u64) -> impl Iterator<Item = (u64, &[u8], &V)> + '_ {
        let r = rank(from);
        let start = self.home(from).min(self.slots.len());
        self.slots[start..]
            .iter()
            .flatten()
            .skip_while(move |s| rank(s.hash) < r)
            .map(|s| (s.hash, &*s.key, &s.value))
    }

    /// Checks the ordering invariant (tests only).
    #[cfg(test)]
    fn check(&self) {
        let mut prev = 0u64;
        let mut count = 0;
        for (i, slot) in self.slots.iter().enumerate() {
            if let Some(s) = slot {
                count += 1;
                assert!(rank(s.hash) >= prev, "order broken at {i}");
                prev = rank(s.hash);
                let h = self.home(s.hash);
                assert!(h <= i, "entry before its home at {i}");
                assert!(self.slots[h..i].iter().all(|s| s.is_some()), "gap at {i}");
            }
        }
        assert_eq!(count, self.len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;
    use std::collections::BTreeMap;

    /// Keys drawn from a small space so overwrites and removes hit; the hash is a function of
    /// the key, with some forced collisions of the rank to exercise equal-rank runs.
    fn key_and_hash(rng: &mut Rng, space: u64) -> (Vec<u8>, u64) {
        let k = rng.next_u64() % space;
        let key = format!("key:{k}").into_bytes();
        let mut h = crate::hash::hash64(7, &key);
        if k.is_multiple_of(97) {
            // Same rank for a group of keys (only the top shard bits differ).
            h = (k % 5) << (64 - SHARD_BITS) | 0x0123_4567;
        }
        (key, h)
    }

    fn assert_same(t: &Table<u64>, model: &BTreeMap<Vec<u8>, (u64, u64)>) {
        t.check();
        assert_eq!(t.len(), model.len());
        for (k, (h, v)) in model {
            assert_eq!(t.get(*h, k), Some(v));
        }
        let mut got: Vec<(u64, Vec<u8>, u64)> =
            t.iter().map(|(h, k, v)| (h, k.to_vec(), *v)).collect();
        let ranks: Vec<u64> = got.iter().map(|(h, _, _)| rank(*h)).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
        got.sort();
        let mut want: Vec<(u64, Vec<u8>, u64)> = model
            .iter()
            .map(|(k, (h, v))| (*h, k.clone(), *v))
            .collect();
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn model_random_operations() {
        for seed in [1u64, 2, 3] {
            let mut rng = Rng::new(seed);
            let mut t = Table::<u64>::new();
            let mut model = BTreeMap::new();
            // Phases: grow with inserts, churn, then drain with removes (several resizes).
            for (phase, (ops, space, insert_pct)) in [
                (60_000, 200_000, 90),
                (40_000, 50_000, 50),
                (60_000, 200_000, 10),
            ]
            .into_iter()
            .enumerate()
            {
                for op in 0..ops {
                    let (key, h) = key_and_hash(&mut rng, space);
                    let v = rng.next_u64();
                    if (rng.next_u64() % 100) < insert_pct {
                        let old = t.insert(h, &key, v);
                        assert_eq!(old, model.insert(key, (h, v)).map(|(_, v)| v));
                    } else {
                        let got = t.remove(h, &key).map(|(k, v)| (k.into_vec(), v));
                        let want = model.remove(&key).map(|(_, v)| (key.clone(), v));
                        assert_eq!(got, want);
                    }
                    if op % 20_000 == 0 {
                        t.check();
                    }
                    // Absent keys are absent.
                    let (probe, ph) = key_and_hash(&mut rng, 1 << 40);
                    assert_eq!(t.get(ph, &probe).is_some(), model.contains_key(&probe));
                }
                assert_same(&t, &model);
                assert!(t.capacity() >= t.len(), "phase {phase}");
            }
            t.clear();
            model.clear();
            assert_same(&t, &model);
        }
    }

    #[test]
    fn iter_from_yields_exactly_the_ranks_at_or_after_the_cursor() {
        let mut rng = Rng::new(9);
        let mut t = Table::<u64>::new();
        for _ in 0..5_000 {
            let (key, h) = key_and_hash(&mut rng, 1 << 30);
            t.insert(h, &key, 0);
        }
        let all: Vec<u64> = t.iter().map(|(h, _, _)| rank(h)).collect();
        for _ in 0..500 {
            let c = rng.next_u64();
            let want = all.iter().filter(|r| **r >= rank(c)).count();
            let got: Vec<u64> = t.iter_from(c).map(|(h, _, _)| rank(h)).collect();
            assert_eq!(got.len(), want);
            assert!(got.iter().all(|r| *r >= rank(c)));
        }
        // Past the last home slot and at zero.
        assert_eq!(
            t.iter_from(u64::MAX).count(),
            all.iter().filter(|r| **r >= rank(u64::MAX)).count()
        );
        assert_eq!(t.iter_from(0).count(), t.len());
    }

    #[test]
    fn scan_by_cursor_is_exactly_once_under_churn() {
        for seed in [11u64, 12, 13, 14] {
            let mut rng = Rng::new(seed);
            let mut t = Table::<u64>::new();
            let mut stable = BTreeMap::new();
            for i in 0..3_000u64 {
                let key = format!("stable:{i}").into_bytes();
                let h = crate::hash::hash64(seed, &key);
                t.insert(h, &key, 0);
                stable.insert(key, 0usize);
            }
            let mut churn = Vec::new();
            let mut cursor = 0u64;
            let mut step = 0u64;
            loop {
                // One step: up to 7 entries, never splitting equal ranks.
                let mut next = None;
                let mut last = None;
                for (n, (h, k, _)) in t.iter_from(cursor).enumerate() {
                    if n >= 7 && last != Some(rank(h)) {
                        next = Some(h);
                        break;
                    }
                    last = Some(rank(h));
                    if let Some(c) = stable.get_mut(k) {
                        *c += 1;
                    }
                }
                // Churn: inserts (sometimes a burst forcing growth), deletes of churn keys.
                let burst = if step.is_multiple_of(50) { 2_000 } else { 5 };
                for _ in 0..burst {
                    let key = format!("churn:{}", rng.next_u64()).into_bytes();
                    let h = crate::hash::hash64(seed, &key);
                    t.insert(h, &key, 1);
                    churn.push((h, key));
                }
                for _ in 0..4 {
                    if churn.is_empty() {
                        break;
                    }
                    let i = rng.below(churn.len());
                    let (h, key) = churn.swap_remove(i);
                    assert!(t.remove(h, &key).is_some());
                }
                step += 1;
                match next {
                    Some(n) => cursor = n,
                    None => break,
                }
            }
            t.check();
            assert!(t.capacity() > 16_000, "growth was forced");
            for (k, c) in &stable {
                assert_eq!(*c, 1, "{}", String::from_utf8_lossy(k));
            }
        }
    }
}
