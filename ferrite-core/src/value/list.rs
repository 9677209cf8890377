//! List values, and [`CompactBytes`], the element type of lists and hashes.
//!
//! A list is a `VecDeque` of [`CompactBytes`]: an element of up to 22 bytes lives inline in its
//! 24-byte slot (no allocation, like an entry of Redis's listpack), a longer one in one boxed
//! slice. Pushing and popping at either end is O(1); indexing is O(1).
//!
//! Invariant: indexes given to the methods here are already resolved (non-negative, checked
//! against `len()` by the caller or by the method, which then does nothing); Redis's negative
//! index and clamping rules live in the command handlers.

use std::borrow::Borrow;
use std::collections::VecDeque;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Bytes stored inline in a [`CompactBytes`].
const INLINE: usize = 22;

/// An immutable byte string that keeps up to 22 bytes inline and longer ones in one boxed
/// slice; 24 bytes in either case. Compares, hashes and orders as the `[u8]` it holds.
#[derive(Clone)]
pub struct CompactBytes(Repr);

#[derive(Clone)]
enum Repr {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<[u8]>),
}

impl CompactBytes {
    /// Copies `bytes`.
    pub fn new(bytes: &[u8]) -> CompactBytes {
        if bytes.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..bytes.len()].copy_from_slice(bytes);
            CompactBytes(Repr::Inline {
                len: bytes.len() as u8,
                buf,
            })
        } else {
            CompactBytes(Repr::Heap(bytes.into()))
        }
    }

    /// Takes `bytes` without copying when they are too long to live inline.
    pub fn from_vec(bytes: Vec<u8>) -> CompactBytes {
        if bytes.len() <= INLINE {
            CompactBytes::new(&bytes)
        } else {
            CompactBytes(Repr::Heap(bytes.into_boxed_slice()))
        }
    }

    /// The bytes.
    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, buf } => &buf[..usize::from(*len).min(INLINE)],
            Repr::Heap(bytes) => bytes,
        }
    }

    /// The bytes, as an owned vector.
    pub fn into_vec(self) -> Vec<u8> {
        match self.0 {
            Repr::Inline { .. } => self.as_slice().to_vec(),
            Repr::Heap(bytes) => bytes.into_vec(),
        }
    }

    /// Heap bytes owned (0 when inline).
    pub fn heap_size(&self) -> usize {
        match &self.0 {
            Repr::Inline { .. } => 0,
            Repr::Heap(bytes) => bytes.len(),
        }
    }
}

impl Deref for CompactBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl Borrow<[u8]> for CompactBytes {
    fn borrow(&self) -> &[u8] {
        self.as_slice()
    }
}

impl AsRef<[u8]> for CompactBytes {
    fn as_ref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl From<&[u8]> for CompactBytes {
    fn from(bytes: &[u8]) -> CompactBytes {
        CompactBytes::new(bytes)
    }
}

impl PartialEq for CompactBytes {
    fn eq(&self, other: &CompactBytes) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for CompactBytes {}

impl Hash for CompactBytes {
    // Must hash exactly as `[u8]` does, so maps keyed by `CompactBytes` can be probed by `&[u8]`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl PartialOrd for CompactBytes {
    fn partial_cmp(&self, other: &CompactBytes) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CompactBytes {
    fn cmp(&self, other: &CompactBytes) -> std::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

impl fmt::Debug for CompactBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(self.as_slice()))
    }
}

/// A list value: a double-ended queue of byte strings, head first.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListValue {
    items: VecDeque<CompactBytes>,
    /// Heap bytes of the out-of-line elements (kept by every mutation, for O(1) `mem_usage`).
    heap: usize,
}

impl ListValue {
    /// An empty list.
    pub fn new() -> ListValue {
        ListValue::default()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Bytes occupied: the list itself, its element slots (capacity) and out-of-line element
    /// bytes. O(1).
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<ListValue>()
            + self.items.capacity() * std::mem::size_of::<CompactBytes>()
            + self.heap
    }

    /// Heap bytes owned, recomputed by walking the elements (for tests of the accounting).
    #[doc(hidden)]
    pub fn recompute_heap_usage(&self) -> usize {
        self.items.capacity() * std::mem::size_of::<CompactBytes>()
            + self
                .items
                .iter()
                .map(CompactBytes::heap_size)
                .sum::<usize>()
    }

    fn stored(&mut self, element: &[u8]) -> CompactBytes {
        let element = CompactBytes::new(element);
        self.heap += element.heap_size();
        element
    }

    fn taken(&mut self, element: CompactBytes) -> Vec<u8> {
        self.heap -= element.heap_size();
        element.into_vec()
    }

    /// Adds `element` at the head.
    pub fn push_front(&mut self, element: &[u8]) {
        let element = self.stored(element);
        self.items.push_front(element);
    }

    /// Adds `element` at the tail.
    pub fn push_back(&mut self, element: &[u8]) {
        let element = self.stored(element);
        self.items.push_back(element);
    }

    /// Removes and returns the head element.
    pub fn pop_front(&mut self) -> Option<Vec<u8>> {
        let element = self.items.pop_front()?;
        Some(self.taken(element))
    }

    /// Removes and returns the tail element.
    pub fn pop_back(&mut self) -> Option<Vec<u8>> {
        let element = self.items.pop_back()?;
        Some(self.taken(element))
    }

    /// The element at `index` (0 = head).
    pub fn get(&self, index: usize) -> Option<&[u8]> {
        self.items.get(index).map(CompactBytes::as_slice)
    }

    /// Replaces the element at `index`; false when `index` is out of range.
    pub fn set(&mut self, index: usize, element: &[u8]) -> bool {
        match self.items.get_mut(index) {
            Some(slot) => {
                let element = CompactBytes::new(element);
                self.heap = self.heap - slot.heap_size() + element.heap_size();
                *slot = element;
                true
            }
            None => false,
        }
    }

    /// Inserts `element` so that it ends up at `index` (`index <= len()`; clamped otherwise).
    pub fn insert(&mut self, index: usize, element: &[u8]) {
        let index = index.min(self.items.len());
        let element = self.stored(element);
        self.items.insert(index, element);
    }

    /// Every element, head to tail.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &[u8]> + ExactSizeIterator + '_ {
        self.items.iter().map(CompactBytes::as_slice)
    }

    /// The elements at indexes `start..end` (clamped to the list), head to tail.
    pub fn range(
        &self,
        start: usize,
        end: usize,
    ) -> impl DoubleEndedIterator<Item = &[u8]> + ExactSizeIterator + '_ {
        let end = end.min(self.items.len());
        let start = start.min(end);
        self.items.range(start..end).map(CompactBytes::as_slice)
    }

    /// Keeps only the elements at indexes `start..end` (clamped to the list).
    pub fn retain_range(&mut self, start: usize, end: usize) {
        let end = end.min(self.items.len());
        let start = start.min(end);
        let dropped: usize = self
            .items
            .range(..start)
            .chain(self.items.range(end..))
            .map(CompactBytes::heap_size)
            .sum();
        self.heap -= dropped;
        self.items.truncate(end);
        self.items.drain(..start);
    }

    /// Removes elements equal to `element`: the first `count` from the head when `count > 0`,
    /// the last `-count` from the tail when `count < 0`, all of them when `count == 0`.
    /// Returns how many were removed.
    pub fn remove_matching(&mut self, count: i64, element: &[u8]) -> usize {
        let limit = if count == 0 {
            usize::MAX
        } else {
            usize::try_from(count.unsigned_abs()).unwrap_or(usize::MAX)
        };
        let mut removed = 0;
        let mut freed = 0;
        if count >= 0 {
            self.items.retain(|item| {
                if removed < limit && item.as_slice() == element {
                    removed += 1;
                    freed += item.heap_size();
                    false
                } else {
                    true
                }
            });
        } else {
            // Find where the `limit`-th match from the tail sits, then drop every match from there.
            let mut cut = 0;
            let mut seen = 0;
            for (index, item) in self.items.iter().enumerate().rev() {
                if item.as_slice() == element {
                    seen += 1;
                    if seen == limit {
                        cut = index;
                        break;
                    }
                }
            }
            let mut index = 0;
            self.items.retain(|item| {
                let keep = index < cut || item.as_slice() != element;
                index += 1;
                if !keep {
                    removed += 1;
                    freed += item.heap_size();
                }
                keep
            });
        }
        self.heap -= freed;
        removed
    }

    /// The index of the first element equal to `element`, from the head.
    pub fn position(&self, element: &[u8]) -> Option<usize> {
        self.items
            .iter()
            .position(|item| item.as_slice() == element)
    }
}

impl<'a> FromIterator<&'a [u8]> for ListValue {
    fn from_iter<I: IntoIterator<Item = &'a [u8]>>(iter: I) -> ListValue {
        let items: VecDeque<CompactBytes> = iter.into_iter().map(CompactBytes::new).collect();
        let heap = items.iter().map(CompactBytes::heap_size).sum();
        ListValue { items, heap }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_bytes_is_small_and_exact() {
        assert!(std::mem::size_of::<CompactBytes>() <= 24);
        for len in [0usize, 1, 21, 22, 23, 64, 1000] {
            let bytes: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let cb = CompactBytes::new(&bytes);
            assert_eq!(cb.as_slice(), &bytes[..]);
            assert_eq!(cb.heap_size(), if len <= INLINE { 0 } else { len });
            assert_eq!(CompactBytes::from_vec(bytes.clone()), cb);
            assert_eq!(cb.into_vec(), bytes);
        }
    }

    #[test]
    fn mem_usage_follows_every_mutation() {
        let mut rng = crate::hash::Rng::new(3);
        let mut list = ListValue::new();
        for step in 0..5_000 {
            let element = match rng.below(3) {
                0 => vec![b'x'; 23 + rng.below(50)],
                _ => format!("e{}", rng.below(20)).into_bytes(),
            };
            let len = list.len();
            match rng.below(9) {
                0 | 1 => list.push_front(&element),
                2 | 3 => list.push_back(&element),
                4 => drop(list.pop_front()),
                5 => drop(list.pop_back()),
                6 => drop(list.set(rng.below(len + 1), &element)),
                7 => list.insert(rng.below(len + 1), &element),
                _ => match rng.below(3) {
                    0 => list.retain_range(rng.below(3), len.saturating_sub(rng.below(3))),
                    1 => drop(list.remove_matching(rng.below(5) as i64 - 2, &element)),
                    _ => drop(list.remove_matching(0, &element)),
                },
            }
            assert_eq!(
                list.mem_usage(),
                std::mem::size_of::<ListValue>() + list.recompute_heap_usage(),
                "step {step}"
            );
        }
    }

    #[test]
    fn deque_operations() {
        let mut list: ListValue = [&b"a"[..], b"b", b"c", b"b"].into_iter().collect();
        list.push_front(b"z");
        list.push_back(b"y");
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            [&b"z"[..], b"a", b"b", b"c", b"b", b"y"]
        );
        assert_eq!(list.range(1, 3).collect::<Vec<_>>(), [&b"a"[..], b"b"]);
        assert_eq!(list.range(4, 100).count(), 2);
        assert_eq!(list.remove_matching(-1, b"b"), 1);
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            [&b"z"[..], b"a", b"b", b"c", b"y"]
        );
        list.retain_range(1, 3);
        assert_eq!(list.iter().collect::<Vec<_>>(), [&b"a"[..], b"b"]);
        assert!(list.set(1, b"q"));
        assert!(!list.set(2, b"q"));
        list.insert(1, b"m");
        assert_eq!(list.pop_front(), Some(b"a".to_vec()));
        assert_eq!(list.pop_back(), Some(b"q".to_vec()));
        assert_eq!(list.position(b"m"), Some(0));
        assert_eq!(list.len(), 1);
    }
}
