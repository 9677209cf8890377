//! Sorted set values.
//!
//! Entries are kept ordered by (score, member) in a chunked sorted list: a `Vec` of sorted chunks
//! of at most [`CHUNK_MAX`] entries, with a Fenwick tree over the chunk lengths. Finding an entry
//! or a rank, and seeking to a rank or a score, cost O(log n) plus a move of at most `CHUNK_MAX`
//! entries inside one chunk; a chunk split or merge rebuilds the Fenwick tree in O(n / CHUNK_MAX).
//!
//! Two encodings, converted one way only, exactly when Redis 7.0 converts:
//! - listpack-like (`index == None`): at most [`MAX_LISTPACK_ENTRIES`] entries whose members are at
//!   most [`MAX_LISTPACK_VALUE`] bytes; it is a single chunk, and a member lookup is a linear scan.
//!   As in Redis's listpack, a score of -0 is stored as 0.
//! - skiplist-like (`index == Some`): the same ordered chunks plus a member -> score hash map.
//!   A -0 score is kept as -0, as Redis's skiplist keeps it.
//!
//! Invariants: no NaN score is ever stored; (score, member) pairs are unique by member; the order
//! is total because scores are never NaN (-0 and 0 compare equal, then members decide).

use std::cmp::Ordering;
use std::collections::HashMap;

use super::{hash_table_bytes, Buckets};
use crate::hash::SeededState;

/// The most entries of the listpack-like encoding (`zset-max-listpack-entries`).
pub const MAX_LISTPACK_ENTRIES: usize = 128;
/// The longest member of the listpack-like encoding (`zset-max-listpack-value`).
pub const MAX_LISTPACK_VALUE: usize = 64;
/// The most entries of one chunk of the ordered list.
pub const CHUNK_MAX: usize = 256;

type Entry = (f64, Box<[u8]>);

fn cmp_entry(a_score: f64, a_member: &[u8], b_score: f64, b_member: &[u8]) -> Ordering {
    a_score
        .partial_cmp(&b_score)
        .unwrap_or(Ordering::Equal)
        .then_with(|| a_member.cmp(b_member))
}

/// A sorted set value, ordered by (score, member).
#[derive(Clone, Debug, Default)]
pub struct ZSetValue {
    order: Ordered,
    index: Option<HashMap<Box<[u8]>, f64, SeededState>>,
    /// The index's bucket count, for memory accounting.
    index_buckets: Buckets,
    /// Total length of the members (each is allocated once in the order, and once more in the
    /// index when there is one), kept by every mutation for O(1) `mem_usage`.
    member_bytes: usize,
}

impl PartialEq for ZSetValue {
    /// Semantic equality: the same members with the same scores, whatever the encodings.
    fn eq(&self, other: &ZSetValue) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl ZSetValue {
    /// An empty sorted set.
    pub fn new() -> ZSetValue {
        ZSetValue::default()
    }

    /// A sorted set of `entries`, given in strictly ascending (score, member) order, built in
    /// one pass (for loaders). The encoding is the one these contents end up in when added one by
    /// one (skiplist-like past either listpack limit, as [`ZSetValue::insert`] converts), chosen
    /// before any entry goes in, so a -0 score stays -0 in the skiplist-like encoding as it was
    /// in the saved value. Chunks hold `CHUNK_MAX / 2` entries each, leaving room to grow.
    ///
    /// `Err(i)` when entry `i` has a NaN score, is not above entry `i - 1`, or repeats a member.
    pub fn from_sorted(entries: &[(&[u8], f64)]) -> Result<ZSetValue, usize> {
        let longest = entries.iter().map(|(m, _)| m.len()).max().unwrap_or(0);
        let mut zset = ZSetValue::new();
        if entries.len() > MAX_LISTPACK_ENTRIES || longest > MAX_LISTPACK_VALUE {
            zset.index = Some(HashMap::with_capacity_and_hasher(
                entries.len(),
                SeededState::default(),
            ));
        }
        let mut chunks: Vec<Vec<Entry>> = Vec::new();
        let mut previous: Option<(&[u8], f64)> = None;
        for (i, &(member, score)) in entries.iter().enumerate() {
            let out_of_order = matches!(previous, Some((m, s))
                if cmp_entry(s, m, score, member) != Ordering::Less);
            if score.is_nan() || out_of_order {
                return Err(i);
            }
            previous = Some((member, score));
            let score = zset.normalize(score);
            let boxed: Box<[u8]> = member.into();
            match &mut zset.index {
                Some(map) => {
                    if map.insert(boxed.clone(), score).is_some() {
                        return Err(i);
                    }
                }
                None => {
                    if entries[..i].iter().any(|(m, _)| *m == member) {
                        return Err(i);
                    }
                }
            }
            match chunks.last_mut() {
                Some(chunk) if chunk.len() < CHUNK_MAX / 2 => chunk.push((score, boxed)),
                _ => {
                    let mut chunk = Vec::with_capacity(CHUNK_MAX / 2);
                    chunk.push((score, boxed));
                    chunks.push(chunk);
                }
            }
        }
        zset.order.chunk_cap = chunks.iter().map(Vec::capacity).sum();
        zset.order.chunks = chunks;
        zset.order.len = entries.len();
        zset.order.rebuild();
        // The memory accounting's counters, as the insert path keeps them.
        zset.member_bytes = entries.iter().map(|(m, _)| m.len()).sum();
        if let Some(map) = &zset.index {
            zset.index_buckets = Buckets::fresh(map.capacity());
        }
        Ok(zset)
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.order.len
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.order.len == 0
    }

    /// Bytes of the structure without the members' own allocations, given the total of the
    /// chunks' capacities.
    fn structure_bytes(&self, chunk_cap: usize) -> usize {
        let order = self.order.chunks.capacity() * std::mem::size_of::<Vec<Entry>>()
            + chunk_cap * std::mem::size_of::<Entry>()
            + self.order.fenwick.capacity() * std::mem::size_of::<usize>();
        let index = hash_table_bytes(
            self.index_buckets.get(),
            std::mem::size_of::<(Box<[u8]>, f64)>(),
        );
        order + index
    }

    /// How many copies of each member are allocated (one more with the index).
    fn member_copies(&self) -> usize {
        1 + usize::from(self.index.is_some())
    }

    /// Bytes occupied: the sorted set itself, its chunks, Fenwick tree, index table and the
    /// members' allocations. O(1).
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<ZSetValue>()
            + self.structure_bytes(self.order.chunk_cap)
            + self.member_bytes * self.member_copies()
    }

    /// Heap bytes owned, recomputed by walking the chunks and members (for tests of the
    /// accounting).
    #[doc(hidden)]
    pub fn recompute_heap_usage(&self) -> usize {
        let chunk_cap = self.order.chunks.iter().map(Vec::capacity).sum();
        let order_members: usize = self.iter().map(|(m, _)| m.len()).sum();
        let index_members: usize = self
            .index
            .as_ref()
            .map_or(0, |map| map.keys().map(|m| m.len()).sum());
        self.structure_bytes(chunk_cap) + order_members + index_members
    }

    /// The current encoding as `OBJECT ENCODING` names it: `listpack` or `skiplist`.
    pub fn encoding(&self) -> &'static str {
        if self.index.is_some() {
            "skiplist"
        } else {
            "listpack"
        }
    }

    /// The score of `member`.
    pub fn score(&self, member: &[u8]) -> Option<f64> {
        match &self.index {
            Some(map) => map.get(member).copied(),
            None => self
                .order
                .chunks
                .iter()
                .flatten()
                .find(|e| &e.1[..] == member)
                .map(|e| e.0),
        }
    }

    fn convert_to_skiplist(&mut self) {
        let mut map = HashMap::with_capacity_and_hasher(self.len() + 1, SeededState::default());
        self.index_buckets = Buckets::fresh(map.capacity());
        for (member, score) in self.iter() {
            map.insert(Box::from(member), score);
        }
        self.index_buckets.after_insert(map.capacity());
        self.index = Some(map);
    }

    /// Sets the score of `member` (which must not be NaN), adding it if new; returns its previous
    /// score. An equal score (including 0 vs -0) leaves the entry untouched, as Redis does.
    pub fn insert(&mut self, member: &[u8], score: f64) -> Option<f64> {
        debug_assert!(!score.is_nan());
        let old = self.score(member);
        match old {
            Some(old_score) if old_score == score => {}
            Some(old_score) => {
                let boxed = self
                    .order
                    .remove(old_score, member)
                    .unwrap_or_else(|| member.into());
                let score = self.normalize(score);
                if let Some(map) = &mut self.index {
                    map.insert(boxed.clone(), score);
                }
                self.order.insert(score, boxed);
            }
            None => {
                if self.index.is_none()
                    && (self.len() + 1 > MAX_LISTPACK_ENTRIES || member.len() > MAX_LISTPACK_VALUE)
                {
                    self.convert_to_skiplist();
                }
                let score = self.normalize(score);
                if let Some(map) = &mut self.index {
                    map.insert(member.into(), score);
                    self.index_buckets.after_insert(map.capacity());
                }
                self.member_bytes += member.len();
                self.order.insert(score, member.into());
            }
        }
        old
    }

    /// The listpack-like encoding stores -0 as 0.
    fn normalize(&self, score: f64) -> f64 {
        if self.index.is_none() && score == 0.0 {
            0.0
        } else {
            score
        }
    }

    /// Removes `member`; returns its score if it was there.
    pub fn remove(&mut self, member: &[u8]) -> Option<f64> {
        let score = self.score(member)?;
        self.order.remove(score, member);
        if let Some(map) = &mut self.index {
            map.remove(member);
        }
        self.member_bytes -= member.len();
        Some(score)
    }

    /// The 0-based rank of `member` in ascending order.
    pub fn rank(&self, member: &[u8]) -> Option<usize> {
        let score = self.score(member)?;
        self.order.rank(score, member)
    }

    /// The entry at ascending rank `rank`.
    pub fn get_by_rank(&self, rank: usize) -> Option<(&[u8], f64)> {
        self.order.get(rank)
    }

    /// The number of leading entries (in ascending order) for which `before(member, score)` is
    /// true; `before` must be true for a prefix of the order and false after it.
    pub fn partition_point(&self, before: impl Fn(&[u8], f64) -> bool) -> usize {
        self.order
            .partition_point(|score, member| before(member, score))
    }

    /// Entries in ascending order starting at rank `from`.
    pub fn iter_from(&self, from: usize) -> impl Iterator<Item = (&[u8], f64)> + '_ {
        self.order.iter_from(from)
    }

    /// Entries in descending order starting at rank `from` (inclusive) down to rank 0.
    pub fn iter_rev_from(&self, from: usize) -> impl Iterator<Item = (&[u8], f64)> + '_ {
        self.order.iter_rev_from(from)
    }

    /// Every entry (member, score) in ascending (score, member) order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], f64)> + '_ {
        self.order.iter_from(0)
    }

    /// Removes the entries of ascending ranks `start..end`; returns them in ascending order.
    pub fn remove_range(&mut self, start: usize, end: usize) -> Vec<(Vec<u8>, f64)> {
        let drained = self.order.drain(start, end.min(self.len()));
        if let Some(map) = &mut self.index {
            for (_, member) in &drained {
                map.remove(member);
            }
        }
        self.member_bytes -= drained.iter().map(|(_, m)| m.len()).sum::<usize>();
        drained
            .into_iter()
            .map(|(score, member)| (member.into_vec(), score))
            .collect()
    }
}

/// The chunked sorted list with a Fenwick tree of chunk lengths.
#[derive(Debug, Default)]
struct Ordered {
    chunks: Vec<Vec<Entry>>,
    fenwick: Vec<usize>,
    len: usize,
    /// The sum of the chunks' capacities (for memory accounting).
    chunk_cap: usize,
}

impl Clone for Ordered {
    /// A clone's chunks have their own capacities, so `chunk_cap` is recounted.
    fn clone(&self) -> Ordered {
        let chunks = self.chunks.clone();
        let chunk_cap = chunks.iter().map(Vec::capacity).sum();
        Ordered {
            chunks,
            fenwick: self.fenwick.clone(),
            len: self.len,
            chunk_cap,
        }
    }
}

impl Ordered {
    /// Index of the first chunk whose last entry is not below (score, member).
    fn chunk_for(&self, score: f64, member: &[u8]) -> usize {
        self.chunks.partition_point(|chunk| match chunk.last() {
            Some(last) => cmp_entry(last.0, &last.1, score, member) == Ordering::Less,
            None => true,
        })
    }

    fn rebuild(&mut self) {
        let n = self.chunks.len();
        self.fenwick.clear();
        self.fenwick.extend(self.chunks.iter().map(Vec::len));
        for i in 0..n {
            let parent = i | (i + 1);
            if parent < n {
                self.fenwick[parent] += self.fenwick[i];
            }
        }
    }

    fn fenwick_add(&mut self, chunk: usize, delta: isize) {
        let mut i = chunk;
        while i < self.fenwick.len() {
            self.fenwick[i] = self.fenwick[i].wrapping_add_signed(delta);
            i |= i + 1;
        }
    }

    /// Entries in chunks before `chunk`.
    fn prefix(&self, chunk: usize) -> usize {
        let mut sum = 0;
        let mut i = chunk;
        while i > 0 {
            sum += self.fenwick[i - 1];
            i &= i - 1;
        }
        sum
    }

    /// (chunk, offset) of rank `rank` (< len).
    fn locate(&self, rank: usize) -> (usize, usize) {
        let n = self.fenwick.len();
        let mut pos = 0;
        let mut rem = rank;
        let mut step = if n == 0 {
            0
        } else {
            1 << (usize::BITS - 1 - n.leading_zeros())
        };
        while step > 0 {
            if pos + step <= n && self.fenwick[pos + step - 1] <= rem {
                pos += step;
                rem -= self.fenwick[pos - 1];
            }
            step >>= 1;
        }
        (pos, rem)
    }

    fn insert(&mut self, score: f64, member: Box<[u8]>) {
        self.len += 1;
        if self.chunks.is_empty() {
            let chunk = vec![(score, member)];
            self.chunk_cap += chunk.capacity();
            self.chunks.push(chunk);
            self.rebuild();
            return;
        }
        let c = self.chunk_for(score, &member).min(self.chunks.len() - 1);
        let chunk = &mut self.chunks[c];
        let pos = chunk.partition_point(|e| cmp_entry(e.0, &e.1, score, &member) == Ordering::Less);
        let before = chunk.capacity();
        chunk.insert(pos, (score, member));
        self.chunk_cap = self.chunk_cap - before + chunk.capacity();
        if chunk.len() > CHUNK_MAX {
            let tail = chunk.split_off(CHUNK_MAX / 2);
            self.chunk_cap += tail.capacity();
            self.chunks.insert(c + 1, tail);
            self.rebuild();
        } else {
            self.fenwick_add(c, 1);
        }
    }

    fn find(&self, score: f64, member: &[u8]) -> Option<(usize, usize)> {
        let c = self.chunk_for(score, member);
        let chunk = self.chunks.get(c)?;
        let pos = chunk
            .binary_search_by(|e| cmp_entry(e.0, &e.1, score, member))
            .ok()?;
        Some((c, pos))
    }

    fn remove(&mut self, score: f64, member: &[u8]) -> Option<Box<[u8]>> {
        let (c, pos) = self.find(score, member)?;
        let (_, boxed) = self.chunks[c].remove(pos);
        self.len -= 1;
        self.fenwick_add(c, -1);
        self.after_shrink(c);
        Some(boxed)
    }

    /// Drops an emptied chunk, or merges a small one with its successor.
    fn after_shrink(&mut self, c: usize) {
        if self.chunks[c].is_empty() {
            self.chunk_cap -= self.chunks.remove(c).capacity();
            self.rebuild();
        } else if self.chunks[c].len() < CHUNK_MAX / 4
            && c + 1 < self.chunks.len()
            && self.chunks[c].len() + self.chunks[c + 1].len() <= CHUNK_MAX
        {
            let next = self.chunks.remove(c + 1);
            let before = self.chunks[c].capacity() + next.capacity();
            self.chunks[c].extend(next);
            self.chunk_cap = self.chunk_cap - before + self.chunks[c].capacity();
            self.rebuild();
        }
    }

    fn rank(&self, score: f64, member: &[u8]) -> Option<usize> {
        let (c, pos) = self.find(score, member)?;
        Some(self.prefix(c) + pos)
    }

    fn get(&self, rank: usize) -> Option<(&[u8], f64)> {
        if rank >= self.len {
            return None;
        }
        let (c, pos) = self.locate(rank);
        self.chunks.get(c)?.get(pos).map(|e| (&e.1[..], e.0))
    }

    fn partition_point(&self, before: impl Fn(f64, &[u8]) -> bool) -> usize {
        let c = self
            .chunks
            .partition_point(|chunk| chunk.last().is_some_and(|e| before(e.0, &e.1)));
        match self.chunks.get(c) {
            None => self.len,
            Some(chunk) => self.prefix(c) + chunk.partition_point(|e| before(e.0, &e.1)),
        }
    }

    fn iter_from(&self, from: usize) -> impl Iterator<Item = (&[u8], f64)> + '_ {
        let (c, pos) = if from >= self.len {
            (self.chunks.len(), 0)
        } else {
            self.locate(from)
        };
        let first = self.chunks.get(c).map_or(&[][..], |chunk| &chunk[pos..]);
        let rest = self.chunks.get(c + 1..).unwrap_or(&[]);
        first
            .iter()
            .chain(rest.iter().flatten())
            .map(|e| (&e.1[..], e.0))
    }

    fn iter_rev_from(&self, from: usize) -> impl Iterator<Item = (&[u8], f64)> + '_ {
        let (first, before): (&[Entry], &[Vec<Entry>]) = if self.len == 0 {
            (&[], &[])
        } else {
            let (c, pos) = self.locate(from.min(self.len - 1));
            (&self.chunks[c][..=pos], &self.chunks[..c])
        };
        first
            .iter()
            .rev()
            .chain(before.iter().rev().flat_map(|chunk| chunk.iter().rev()))
            .map(|e| (&e.1[..], e.0))
    }

    /// Removes ranks `start..end` (clamped), returning them in ascending order.
    fn drain(&mut self, start: usize, end: usize) -> Vec<Entry> {
        let end = end.min(self.len);
        if start >= end {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(end - start);
        let mut offset = 0;
        for chunk in self.chunks.iter_mut() {
            let len = chunk.len();
            let lo = start.saturating_sub(offset).min(len);
            let hi = end.saturating_sub(offset).min(len);
            if lo < hi {
                out.extend(chunk.drain(lo..hi));
            }
            offset += len;
            if offset >= end {
                break;
            }
        }
        self.len -= out.len();
        let mut freed = 0;
        self.chunks.retain(|chunk| {
            if chunk.is_empty() {
                freed += chunk.capacity();
            }
            !chunk.is_empty()
        });
        self.chunk_cap -= freed;
        self.rebuild();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::Rng;
    use std::collections::BTreeMap;

    fn model_order(model: &BTreeMap<Vec<u8>, f64>) -> Vec<(Vec<u8>, f64)> {
        let mut v: Vec<_> = model.iter().map(|(m, s)| (m.clone(), *s)).collect();
        v.sort_by(|a, b| cmp_entry(a.1, &a.0, b.1, &b.0));
        v
    }

    #[test]
    fn chunked_order_matches_a_sorted_model() {
        let mut rng = Rng::new(42);
        let mut z = ZSetValue::new();
        let mut model: BTreeMap<Vec<u8>, f64> = BTreeMap::new();
        let mut max_len = 0;
        for step in 0..30_000 {
            let member = format!("m{}", rng.below(2000)).into_bytes();
            // Grow for the first half (many chunks), then shrink.
            let op = if step < 15_000 {
                rng.below(10)
            } else {
                [6, 7, 8, 9][rng.below(4)]
            };
            max_len = max_len.max(z.len());
            match op {
                0..=5 => {
                    let score = (rng.below(100) as f64) - 50.0;
                    assert_eq!(
                        z.insert(&member, score),
                        model.insert(member.clone(), score),
                        "step {step}"
                    );
                }
                6..=7 => assert_eq!(z.remove(&member), model.remove(&member), "step {step}"),
                8 => {
                    let start = rng.below(z.len() + 1);
                    let n = rng.below(if step < 15_000 { 4 } else { 40 });
                    let got = z.remove_range(start, start + n);
                    let want: Vec<_> = model_order(&model)
                        .into_iter()
                        .skip(start)
                        .take(n)
                        .collect();
                    for (m, _) in &want {
                        model.remove(m);
                    }
                    assert_eq!(got, want, "step {step}");
                }
                _ => {
                    let sorted = model_order(&model);
                    if let Some(pos) = sorted.iter().position(|(m, _)| *m == member) {
                        assert_eq!(z.rank(&member), Some(pos));
                    } else {
                        assert_eq!(z.rank(&member), None);
                    }
                    if !sorted.is_empty() {
                        let r = rng.below(sorted.len());
                        assert_eq!(z.get_by_rank(r), Some((&sorted[r].0[..], sorted[r].1)));
                        let back: Vec<_> =
                            z.iter_rev_from(r).map(|(m, s)| (m.to_vec(), s)).collect();
                        let want: Vec<_> = sorted[..=r].iter().rev().cloned().collect();
                        assert_eq!(back, want);
                    }
                }
            }
            assert_eq!(
                z.mem_usage(),
                std::mem::size_of::<ZSetValue>() + z.recompute_heap_usage(),
                "step {step}"
            );
            if step % 1000 == 0 {
                let all: Vec<_> = z.iter().map(|(m, s)| (m.to_vec(), s)).collect();
                assert_eq!(all, model_order(&model), "step {step}");
            }
        }
        assert_eq!(z.encoding(), "skiplist");
        assert!(max_len > 4 * CHUNK_MAX, "{max_len}");
        assert!(z.len() < max_len / 2, "{}", z.len());
    }

    #[test]
    fn from_sorted_matches_one_by_one_inserts() {
        for n in [
            1,
            2,
            MAX_LISTPACK_ENTRIES,
            MAX_LISTPACK_ENTRIES + 1,
            5 * CHUNK_MAX + 3,
        ] {
            let members: Vec<Vec<u8>> = (0..n).map(|i| format!("m{i:05}").into_bytes()).collect();
            let entries: Vec<(&[u8], f64)> = members
                .iter()
                .enumerate()
                .map(|(i, m)| (&m[..], (i / 3) as f64 - 10.0))
                .collect();
            let mut one_by_one = ZSetValue::new();
            for (m, s) in &entries {
                one_by_one.insert(m, *s);
            }
            let bulk = ZSetValue::from_sorted(&entries).expect("sorted and unique");
            assert_eq!(bulk, one_by_one);
            assert_eq!(bulk.encoding(), one_by_one.encoding());
            assert_eq!(bulk.rank(b"m00000"), Some(0));
            assert_eq!(
                bulk.get_by_rank(n - 1),
                entries.last().map(|(m, s)| (*m, *s))
            );
            assert_eq!(
                bulk.mem_usage(),
                std::mem::size_of::<ZSetValue>() + bulk.recompute_heap_usage(),
                "a loaded sorted set is accounted like a built one ({n} entries)"
            );
            let mut grown = bulk.clone();
            grown.insert(b"new", 0.5);
            grown.remove(b"m00000");
            one_by_one.insert(b"new", 0.5);
            one_by_one.remove(b"m00000");
            assert_eq!(grown, one_by_one);
            let mut loaded = ZSetValue::from_sorted(&entries).expect("sorted and unique");
            loaded.insert(b"new", 0.5);
            loaded.remove(b"m00000");
            assert_eq!(
                loaded.mem_usage(),
                std::mem::size_of::<ZSetValue>() + loaded.recompute_heap_usage()
            );
        }
        let long = [b'x'; MAX_LISTPACK_VALUE + 1];
        let z = ZSetValue::from_sorted(&[(&b"a"[..], -0.0), (&long[..], 1.0)]).expect("ok");
        assert_eq!(z.encoding(), "skiplist");
        assert!(z.score(b"a").expect("present").is_sign_negative());
        let z = ZSetValue::from_sorted(&[(&b"a"[..], -0.0)]).expect("ok");
        assert!(z.score(b"a").expect("present").is_sign_positive());
        assert_eq!(ZSetValue::from_sorted(&[]).map(|z| z.len()), Ok(0));
        assert_eq!(
            ZSetValue::from_sorted(&[(&b"a"[..], f64::NAN)]).err(),
            Some(0)
        );
        assert_eq!(
            ZSetValue::from_sorted(&[(&b"b"[..], 1.0), (b"a", 1.0)]).err(),
            Some(1)
        );
        assert_eq!(
            ZSetValue::from_sorted(&[(&b"a"[..], 1.0), (b"a", 2.0)]).err(),
            Some(1)
        );
        let mut dup: Vec<(&[u8], f64)> = (0..200).map(|i| (&b"m"[..], f64::from(i))).collect();
        dup[0].0 = b"first";
        assert_eq!(ZSetValue::from_sorted(&dup).err(), Some(2));
    }

    #[test]
    fn mem_usage_through_splits_merges_and_clones() {
        let check = |z: &ZSetValue, what: &str| {
            assert_eq!(
                z.mem_usage(),
                std::mem::size_of::<ZSetValue>() + z.recompute_heap_usage(),
                "{what}"
            );
            let copy = z.clone();
            assert_eq!(
                copy.mem_usage(),
                std::mem::size_of::<ZSetValue>() + copy.recompute_heap_usage(),
                "clone, {what}"
            );
        };
        let mut z = ZSetValue::new();
        for i in 0..1_500 {
            z.insert(format!("member-{i:05}").as_bytes(), i as f64);
            check(&z, &format!("insert {i}"));
        }
        assert!(z.order.chunks.len() > 5);
        // From the top: the last chunk empties and is dropped, chunk after chunk.
        for i in (1_000..1_500).rev() {
            assert!(z.remove(format!("member-{i:05}").as_bytes()).is_some());
            check(&z, &format!("remove top {i}"));
        }
        // From the bottom: the first chunk shrinks and merges with its successor.
        for i in 0..600 {
            assert!(z.remove(format!("member-{i:05}").as_bytes()).is_some());
            check(&z, &format!("remove bottom {i}"));
        }
        z.remove_range(10, 200);
        check(&z, "remove_range");
        assert!(!z.is_empty());
    }

    #[test]
    fn negative_zero_follows_the_encoding() {
        let mut small = ZSetValue::new();
        small.insert(b"a", -0.0);
        assert!(small.score(b"a").unwrap().is_sign_positive());
        let mut big = ZSetValue::new();
        for i in 0..MAX_LISTPACK_ENTRIES {
            big.insert(format!("m{i}").as_bytes(), i as f64);
        }
        assert_eq!(big.encoding(), "listpack");
        big.insert(b"z", -0.0);
        assert_eq!(big.encoding(), "skiplist");
        assert!(big.score(b"z").unwrap().is_sign_negative());
        big.insert(b"z", 0.0);
        assert!(
            big.score(b"z").unwrap().is_sign_negative(),
            "0 == -0: no update"
        );
        let mut long = ZSetValue::new();
        long.insert(&[b'x'; 65], 1.0);
        assert_eq!(long.encoding(), "skiplist");
    }
}
