//! Hash values, in two encodings, as Redis does it.
//!
//! - Compact (Redis's listpack): a `Vec` of (field, value) pairs in insertion order, searched
//!   linearly. Used while the hash has at most [`MAX_COMPACT_ENTRIES`] fields and every field
//!   and value is at most [`MAX_COMPACT_ELEMENT`] bytes. Replies list fields in insertion order
//!   (setting an existing field keeps its place; deleting one closes the gap), exactly as
//!   redis-server does for such hashes.
//! - Table (Redis's hashtable): a seeded `HashMap`, in no particular order.
//!
//! Invariant: a hash turns into a table as soon as it breaks a compact limit, and never turns
//! back (as in Redis), so both engines agree on when the reply order stops being meaningful.
//! Fields and values are [`CompactBytes`]: up to 22 bytes need no allocation of their own.

use std::collections::HashMap;

use super::list::CompactBytes;
use super::{hash_table_bytes, Buckets};
use crate::hash::SeededState;

/// Most fields a compact hash holds (Redis's `hash-max-listpack-entries`).
pub const MAX_COMPACT_ENTRIES: usize = 128;
/// Longest field or value a compact hash holds (Redis's `hash-max-listpack-value`).
pub const MAX_COMPACT_ELEMENT: usize = 64;

/// A hash value: field -> value.
#[derive(Clone, Debug)]
pub struct HashValue {
    repr: Repr,
    /// Heap bytes of the out-of-line fields and values (kept by every mutation, for O(1)
    /// `mem_usage`).
    heap: usize,
}

type Pair = (CompactBytes, CompactBytes);

#[derive(Clone, Debug)]
enum Repr {
    Compact(Vec<Pair>),
    /// The map, and its bucket count for memory accounting.
    Table(HashMap<CompactBytes, CompactBytes, SeededState>, Buckets),
}

impl Default for HashValue {
    fn default() -> HashValue {
        HashValue {
            repr: Repr::Compact(Vec::new()),
            heap: 0,
        }
    }
}

impl PartialEq for HashValue {
    /// Semantic equality: the same fields with the same values, whatever the encoding or order.
    fn eq(&self, other: &HashValue) -> bool {
        self.len() == other.len() && self.iter().all(|(f, v)| other.get(f) == Some(v))
    }
}

impl HashValue {
    /// An empty hash.
    pub fn new() -> HashValue {
        HashValue::default()
    }

    /// Number of fields.
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Compact(pairs) => pairs.len(),
            Repr::Table(map, _) => map.len(),
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True while the hash uses the compact, insertion-ordered encoding.
    pub fn is_compact(&self) -> bool {
        matches!(self.repr, Repr::Compact(_))
    }

    /// Bytes of the pair storage: the vector's capacity, or the hash table's allocation.
    fn slots_bytes(&self) -> usize {
        let pair = std::mem::size_of::<Pair>();
        match &self.repr {
            Repr::Compact(pairs) => pairs.capacity() * pair,
            Repr::Table(_, buckets) => hash_table_bytes(buckets.get(), pair),
        }
    }

    /// Bytes occupied: the hash itself, its pair storage and out-of-line field and value bytes.
    /// O(1).
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<HashValue>() + self.slots_bytes() + self.heap
    }

    /// Heap bytes owned, recomputed by walking the pairs (for tests of the accounting).
    #[doc(hidden)]
    pub fn recompute_heap_usage(&self) -> usize {
        self.slots_bytes()
            + self
                .iter_pairs()
                .map(|(f, v)| f.heap_size() + v.heap_size())
                .sum::<usize>()
    }

    fn iter_pairs(&self) -> Box<dyn Iterator<Item = (&CompactBytes, &CompactBytes)> + '_> {
        match &self.repr {
            Repr::Compact(pairs) => Box::new(pairs.iter().map(|(f, v)| (f, v))),
            Repr::Table(map, _) => Box::new(map.iter()),
        }
    }

    /// The value of `field`.
    pub fn get(&self, field: &[u8]) -> Option<&[u8]> {
        match &self.repr {
            Repr::Compact(pairs) => pairs
                .iter()
                .find(|(f, _)| f.as_slice() == field)
                .map(|(_, v)| v.as_slice()),
            Repr::Table(map, _) => map.get(field).map(CompactBytes::as_slice),
        }
    }

    /// True when `field` exists.
    pub fn contains(&self, field: &[u8]) -> bool {
        self.get(field).is_some()
    }

    /// Sets `field` to `value`; returns true when the field is new. An existing field keeps
    /// its place in the order.
    pub fn insert(&mut self, field: &[u8], value: &[u8]) -> bool {
        if field.len() > MAX_COMPACT_ELEMENT || value.len() > MAX_COMPACT_ELEMENT {
            self.convert_to_table();
        }
        let value = CompactBytes::new(value);
        let added = match &mut self.repr {
            Repr::Compact(pairs) => match pairs.iter_mut().find(|(f, _)| f.as_slice() == field) {
                Some((_, slot)) => {
                    self.heap = self.heap - slot.heap_size() + value.heap_size();
                    *slot = value;
                    false
                }
                None => {
                    let field = CompactBytes::new(field);
                    self.heap += field.heap_size() + value.heap_size();
                    pairs.push((field, value));
                    true
                }
            },
            Repr::Table(map, buckets) => match map.get_mut(field) {
                Some(slot) => {
                    self.heap = self.heap - slot.heap_size() + value.heap_size();
                    *slot = value;
                    false
                }
                None => {
                    let field = CompactBytes::new(field);
                    self.heap += field.heap_size() + value.heap_size();
                    map.insert(field, value);
                    buckets.after_insert(map.capacity());
                    true
                }
            },
        };
        if self.len() > MAX_COMPACT_ENTRIES {
            self.convert_to_table();
        }
        added
    }

    /// Removes `field`; returns true when it existed. The other fields keep their order.
    pub fn remove(&mut self, field: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Compact(pairs) => match pairs.iter().position(|(f, _)| f.as_slice() == field) {
                Some(index) => {
                    let (f, v) = pairs.remove(index);
                    self.heap -= f.heap_size() + v.heap_size();
                    true
                }
                None => false,
            },
            Repr::Table(map, _) => match map.remove_entry(field) {
                Some((f, v)) => {
                    self.heap -= f.heap_size() + v.heap_size();
                    true
                }
                None => false,
            },
        }
    }

    /// Every (field, value), in reply order (insertion order while compact).
    pub fn iter(&self) -> HashIter<'_> {
        HashIter {
            inner: match &self.repr {
                Repr::Compact(pairs) => IterRepr::Compact(pairs.iter()),
                Repr::Table(map, _) => IterRepr::Table(map.iter()),
            },
        }
    }

    /// Every field, in reply order.
    pub fn keys(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.iter().map(|(f, _)| f)
    }

    /// Every value, in reply order.
    pub fn values(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.iter().map(|(_, v)| v)
    }

    fn convert_to_table(&mut self) {
        if let Repr::Compact(pairs) = &mut self.repr {
            let mut map = HashMap::with_capacity_and_hasher(pairs.len(), SeededState::new());
            let mut buckets = Buckets::fresh(map.capacity());
            map.extend(std::mem::take(pairs));
            buckets.after_insert(map.capacity());
            self.repr = Repr::Table(map, buckets);
        }
    }
}

impl<'a> FromIterator<(&'a [u8], &'a [u8])> for HashValue {
    fn from_iter<I: IntoIterator<Item = (&'a [u8], &'a [u8])>>(iter: I) -> HashValue {
        let mut hash = HashValue::new();
        for (field, value) in iter {
            hash.insert(field, value);
        }
        hash
    }
}

/// Iterator over a hash's (field, value) pairs, in reply order.
pub struct HashIter<'a> {
    inner: IterRepr<'a>,
}

enum IterRepr<'a> {
    Compact(std::slice::Iter<'a, (CompactBytes, CompactBytes)>),
    Table(std::collections::hash_map::Iter<'a, CompactBytes, CompactBytes>),
}

impl<'a> Iterator for HashIter<'a> {
    type Item = (&'a [u8], &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            IterRepr::Compact(it) => it.next().map(|(f, v)| (f.as_slice(), v.as_slice())),
            IterRepr::Table(it) => it.next().map(|(f, v)| (f.as_slice(), v.as_slice())),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            IterRepr::Compact(it) => it.size_hint(),
            IterRepr::Table(it) => it.size_hint(),
        }
    }
}

impl ExactSizeIterator for HashIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_keeps_insertion_order() {
        let mut h = HashValue::new();
        assert!(h.insert(b"a", b"1"));
        assert!(h.insert(b"b", b"2"));
        assert!(h.insert(b"c", b"3"));
        assert!(!h.insert(b"a", b"9"));
        assert!(h.remove(b"b"));
        assert!(!h.remove(b"b"));
        assert!(h.insert(b"b", b"4"));
        let pairs: Vec<_> = h.iter().collect();
        assert_eq!(pairs, [(&b"a"[..], &b"9"[..]), (b"c", b"3"), (b"b", b"4")]);
        assert!(h.is_compact());
    }

    #[test]
    fn mem_usage_follows_every_mutation() {
        let mut rng = crate::hash::Rng::new(5);
        let mut h = HashValue::new();
        for step in 0..6_000 {
            let field = format!("f{}", rng.below(300)).into_bytes();
            let value = vec![b'v'; rng.below(if step < 500 { 40 } else { 90 })];
            if rng.below(3) == 0 {
                h.remove(&field);
            } else {
                h.insert(&field, &value);
            }
            assert_eq!(
                h.mem_usage(),
                std::mem::size_of::<HashValue>() + h.recompute_heap_usage(),
                "step {step}"
            );
        }
        assert!(!h.is_compact());
    }

    #[test]
    fn converts_past_limits_and_stays_converted() {
        let mut h = HashValue::new();
        for i in 0..MAX_COMPACT_ENTRIES {
            h.insert(format!("f{i}").as_bytes(), b"v");
        }
        assert!(h.is_compact());
        h.insert(b"one-more", b"v");
        assert!(!h.is_compact());
        assert_eq!(h.len(), MAX_COMPACT_ENTRIES + 1);
        assert_eq!(h.get(b"f7"), Some(&b"v"[..]));

        let mut h = HashValue::new();
        h.insert(b"f", &[b'x'; MAX_COMPACT_ELEMENT]);
        assert!(h.is_compact());
        h.insert(b"g", &[b'x'; MAX_COMPACT_ELEMENT + 1]);
        assert!(!h.is_compact());
        h.remove(b"g");
        assert!(!h.is_compact());
        assert_eq!(h.keys().collect::<Vec<_>>(), [&b"f"[..]]);
    }

    #[test]
    fn equality_is_semantic() {
        let a: HashValue = [(&b"x"[..], &b"1"[..]), (b"y", b"2")].into_iter().collect();
        let b: HashValue = [(&b"y"[..], &b"2"[..]), (b"x", b"1")].into_iter().collect();
        assert_eq!(a, b);
        let mut c = b.clone();
        c.insert(&[b'z'; 100], b"3");
        c.remove(&[b'z'; 100]);
        assert!(!c.is_compact());
        assert_eq!(a, c);
        c.insert(b"x", b"0");
        assert_ne!(a, c);
    }
}
