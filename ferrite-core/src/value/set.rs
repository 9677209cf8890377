//! Set values.
//!
//! Three encodings, chosen as Redis 7.0 chooses its own and converted one way only (towards the
//! general form), like Redis:
//! - `Ints`: a sorted `Vec<i64>` while every member is a canonical integer (`string2ll` rules) and
//!   there are at most [`MAX_INTSET_ENTRIES`] members (Redis's intset).
//! - `Small`: a `Vec` of boxed members while there are at most [`MAX_SMALL_ENTRIES`] members of at
//!   most [`MAX_SMALL_VALUE`] bytes (Ferrite's listpack-like form; Redis 7.0 uses a hashtable).
//! - `Large`: an insertion-ordered vector plus an open-addressing index (see [`IndexSet`]), so
//!   membership is O(1) and a random member (SPOP, SRANDMEMBER) is O(1) too.
//!
//! Invariant: members are unique in every encoding; `Ints` is sorted.

use std::borrow::Cow;

use crate::hash::{hash64, process_seed, Rng};
use crate::parse;

/// The most members an integer-only set keeps in the `Ints` encoding (`set-max-intset-entries`).
pub const MAX_INTSET_ENTRIES: usize = 512;
/// The most members of the `Small` encoding.
pub const MAX_SMALL_ENTRIES: usize = 128;
/// The longest member (in bytes) of the `Small` encoding.
pub const MAX_SMALL_VALUE: usize = 64;

/// A set value.
#[derive(Clone, Debug)]
pub struct SetValue {
    repr: Repr,
    /// Bytes of the members' own allocations (none for `Ints`), kept by every mutation for O(1)
    /// `mem_usage`.
    heap: usize,
}

#[derive(Clone, Debug)]
enum Repr {
    Ints(Vec<i64>),
    Small(Vec<Box<[u8]>>),
    Large(IndexSet),
}

impl Default for SetValue {
    fn default() -> SetValue {
        SetValue {
            repr: Repr::Ints(Vec::new()),
            heap: 0,
        }
    }
}

impl PartialEq for SetValue {
    /// Semantic equality: the same members, whatever the encodings.
    fn eq(&self, other: &SetValue) -> bool {
        self.len() == other.len() && self.iter().all(|m| other.contains(&m))
    }
}

impl SetValue {
    /// An empty set.
    pub fn new() -> SetValue {
        SetValue::default()
    }

    /// A set of the given members (duplicates are dropped).
    pub fn from_members<'a>(members: impl IntoIterator<Item = &'a [u8]>) -> SetValue {
        let mut set = SetValue::new();
        for m in members {
            set.insert(m);
        }
        set
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Ints(v) => v.len(),
            Repr::Small(v) => v.len(),
            Repr::Large(s) => s.len(),
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes of the member storage: vector capacities and the index table.
    fn slots_bytes(&self) -> usize {
        match &self.repr {
            Repr::Ints(v) => v.capacity() * std::mem::size_of::<i64>(),
            Repr::Small(v) => v.capacity() * std::mem::size_of::<Box<[u8]>>(),
            Repr::Large(s) => {
                s.entries.capacity() * std::mem::size_of::<Box<[u8]>>()
                    + s.slots.capacity() * std::mem::size_of::<u32>()
            }
        }
    }

    /// Bytes of the members' own allocations, by walking them.
    fn member_bytes(&self) -> usize {
        match &self.repr {
            Repr::Ints(_) => 0,
            Repr::Small(v) => v.iter().map(|m| m.len()).sum(),
            Repr::Large(s) => s.entries.iter().map(|m| m.len()).sum(),
        }
    }

    /// Bytes occupied: the set itself, its member storage and the members' allocations. O(1).
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<SetValue>() + self.slots_bytes() + self.heap
    }

    /// Heap bytes owned, recomputed by walking the members (for tests of the accounting).
    #[doc(hidden)]
    pub fn recompute_heap_usage(&self) -> usize {
        self.slots_bytes() + self.member_bytes()
    }

    /// The name of the current encoding, as `OBJECT ENCODING` would say it
    /// (`intset`, `listpack`, `hashtable`).
    pub fn encoding(&self) -> &'static str {
        match &self.repr {
            Repr::Ints(_) => "intset",
            Repr::Small(_) => "listpack",
            Repr::Large(_) => "hashtable",
        }
    }

    /// The members of an integer-encoded set, ascending; `None` in the other encodings.
    pub fn ints(&self) -> Option<&[i64]> {
        match &self.repr {
            Repr::Ints(v) => Some(v),
            _ => None,
        }
    }

    /// True if `member` is in the set.
    pub fn contains(&self, member: &[u8]) -> bool {
        match &self.repr {
            Repr::Ints(v) => {
                parse::canonical_i64(member).is_some_and(|n| v.binary_search(&n).is_ok())
            }
            Repr::Small(v) => v.iter().any(|m| &m[..] == member),
            Repr::Large(s) => s.find(member).is_some(),
        }
    }

    /// Adds `member`; true if it was not there.
    pub fn insert(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Ints(v) => {
                if let Some(n) = parse::canonical_i64(member) {
                    match v.binary_search(&n) {
                        Ok(_) => return false,
                        Err(pos) if v.len() < MAX_INTSET_ENTRIES => {
                            v.insert(pos, n);
                            return true;
                        }
                        Err(_) => {}
                    }
                }
                // A non-integer member, or one integer too many: leave the intset.
                let fits_small = v.len() < MAX_SMALL_ENTRIES && member.len() <= MAX_SMALL_VALUE;
                let members = v
                    .iter()
                    .map(|n| n.to_string().into_bytes().into_boxed_slice());
                self.repr = if fits_small {
                    let mut small: Vec<Box<[u8]>> = members.collect();
                    small.push(member.into());
                    Repr::Small(small)
                } else {
                    let mut large = IndexSet::with_capacity(v.len() + 1);
                    for m in members {
                        large.insert(m);
                    }
                    large.insert(member.into());
                    Repr::Large(large)
                };
                // A conversion walks every member anyway.
                self.heap = self.member_bytes();
                true
            }
            Repr::Small(v) => {
                if v.iter().any(|m| &m[..] == member) {
                    return false;
                }
                self.heap += member.len();
                if v.len() < MAX_SMALL_ENTRIES && member.len() <= MAX_SMALL_VALUE {
                    v.push(member.into());
                } else {
                    let mut large = IndexSet::with_capacity(v.len() + 1);
                    for m in v.drain(..) {
                        large.insert(m);
                    }
                    large.insert(member.into());
                    self.repr = Repr::Large(large);
                }
                true
            }
            Repr::Large(s) => {
                if s.find(member).is_some() {
                    return false;
                }
                self.heap += member.len();
                s.insert(member.into());
                true
            }
        }
    }

    /// Removes `member`; true if it was there.
    pub fn remove(&mut self, member: &[u8]) -> bool {
        match &mut self.repr {
            Repr::Ints(v) => match parse::canonical_i64(member).map(|n| v.binary_search(&n)) {
                Some(Ok(pos)) => {
                    v.remove(pos);
                    true
                }
                _ => false,
            },
            Repr::Small(v) => match v.iter().position(|m| &m[..] == member) {
                Some(pos) => {
                    self.heap -= v.swap_remove(pos).len();
                    true
                }
                None => false,
            },
            Repr::Large(s) => {
                let removed = s.remove(member);
                if removed {
                    self.heap -= member.len();
                }
                removed
            }
        }
    }

    /// The member at position `index` (< `len()`) of the current iteration order.
    pub fn get_index(&self, index: usize) -> Option<Cow<'_, [u8]>> {
        match &self.repr {
            Repr::Ints(v) => v.get(index).map(|n| Cow::Owned(n.to_string().into_bytes())),
            Repr::Small(v) => v.get(index).map(|m| Cow::Borrowed(&m[..])),
            Repr::Large(s) => s.entries.get(index).map(|m| Cow::Borrowed(&m[..])),
        }
    }

    /// A uniformly random member, or `None` when empty.
    pub fn random_member(&self, rng: &mut Rng) -> Option<Cow<'_, [u8]>> {
        if self.is_empty() {
            return None;
        }
        self.get_index(rng.below(self.len()))
    }

    /// Removes and returns a uniformly random member.
    pub fn pop_random(&mut self, rng: &mut Rng) -> Option<Vec<u8>> {
        if self.is_empty() {
            return None;
        }
        let index = rng.below(self.len());
        Some(match &mut self.repr {
            Repr::Ints(v) => v.remove(index).to_string().into_bytes(),
            Repr::Small(v) => {
                let member = v.swap_remove(index);
                self.heap -= member.len();
                member.into_vec()
            }
            Repr::Large(s) => {
                let member = s.remove_index(index);
                self.heap -= member.len();
                member.into_vec()
            }
        })
    }

    /// The members, borrowed where the encoding stores bytes (integers are formatted).
    /// Order: ascending for integer sets, otherwise insertion order disturbed by removals.
    pub fn iter(&self) -> impl Iterator<Item = Cow<'_, [u8]>> + '_ {
        (0..self.len()).filter_map(move |i| self.get_index(i))
    }

    /// Every member, copied.
    pub fn members(&self) -> Vec<Vec<u8>> {
        self.iter().map(Cow::into_owned).collect()
    }
}

const EMPTY: u32 = u32::MAX;

/// An insertion-ordered set of byte strings: the members in a `Vec` (so a random member is one
/// index away) and an open-addressing table of indexes into it (linear probing, backward-shift
/// deletion, load factor at most 1/2). Removal swaps the last member into the hole.
#[derive(Clone, Debug, Default)]
struct IndexSet {
    entries: Vec<Box<[u8]>>,
    slots: Vec<u32>,
}

fn member_hash(member: &[u8]) -> usize {
    hash64(process_seed(), member) as usize
}

impl IndexSet {
    fn with_capacity(n: usize) -> IndexSet {
        let mut set = IndexSet {
            entries: Vec::with_capacity(n),
            slots: Vec::new(),
        };
        set.rehash((n * 2).next_power_of_two().max(8));
        set
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn rehash(&mut self, capacity: usize) {
        self.slots = vec![EMPTY; capacity];
        let mask = self.mask();
        for (idx, member) in self.entries.iter().enumerate() {
            let mut slot = member_hash(member) & mask;
            while self.slots[slot] != EMPTY {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = idx as u32;
        }
    }

    /// The slot holding `member`.
    fn find(&self, member: &[u8]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut slot = member_hash(member) & mask;
        loop {
            match self.slots[slot] {
                EMPTY => return None,
                idx if &self.entries[idx as usize][..] == member => return Some(slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// Adds a member known to be absent.
    fn insert(&mut self, member: Box<[u8]>) {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.rehash((self.slots.len() * 2).max(8));
        }
        let mask = self.mask();
        let mut slot = member_hash(&member) & mask;
        while self.slots[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = self.entries.len() as u32;
        self.entries.push(member);
    }

    fn remove(&mut self, member: &[u8]) -> bool {
        match self.find(member) {
            Some(slot) => {
                let idx = self.slots[slot] as usize;
                self.remove_at(slot, idx);
                true
            }
            None => false,
        }
    }

    fn remove_index(&mut self, idx: usize) -> Box<[u8]> {
        let mask = self.mask();
        let mut slot = member_hash(&self.entries[idx]) & mask;
        while self.slots[slot] as usize != idx {
            slot = (slot + 1) & mask;
        }
        self.remove_at(slot, idx)
    }

    fn remove_at(&mut self, slot: usize, idx: usize) -> Box<[u8]> {
        let mask = self.mask();
        // Backward-shift deletion: pull later members of the probe run into the hole when their
        // home slot allows it, so lookups never need tombstones.
        let mut hole = slot;
        let mut next = slot;
        loop {
            next = (next + 1) & mask;
            let at = self.slots[next];
            if at == EMPTY {
                break;
            }
            let home = member_hash(&self.entries[at as usize]) & mask;
            if (next.wrapping_sub(home) & mask) >= (next.wrapping_sub(hole) & mask) {
                self.slots[hole] = at;
                hole = next;
            }
        }
        self.slots[hole] = EMPTY;
        // Move the last member into position `idx` and repoint its slot.
        let last = self.entries.len() - 1;
        if idx != last {
            let mut last_slot = member_hash(&self.entries[last]) & mask;
            while self.slots[last_slot] as usize != last {
                last_slot = (last_slot + 1) & mask;
            }
            self.slots[last_slot] = idx as u32;
        }
        let removed = self.entries.swap_remove(idx);
        if self.slots.len() > 64 && self.entries.len() * 8 < self.slots.len() {
            self.rehash((self.entries.len() * 2).next_power_of_two().max(8));
            self.entries.shrink_to(self.entries.len() * 2);
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_convert_like_redis() {
        let mut set = SetValue::new();
        assert!(set.insert(b"1"));
        assert!(!set.insert(b"1"));
        assert_eq!(set.encoding(), "intset");
        assert!(set.insert(b"01"));
        assert_eq!(set.encoding(), "listpack");
        assert!(set.contains(b"1") && set.contains(b"01") && !set.contains(b"001"));
        let mut ints = SetValue::new();
        for n in 0..MAX_INTSET_ENTRIES {
            ints.insert(n.to_string().as_bytes());
        }
        assert_eq!(ints.encoding(), "intset");
        ints.insert(b"-1");
        assert_eq!(ints.encoding(), "hashtable");
        assert_eq!(ints.len(), MAX_INTSET_ENTRIES + 1);
        assert!(ints.contains(b"-1") && ints.contains(b"511"));
        let mut long = SetValue::from_members([&b"a"[..]]);
        long.insert(&[b'x'; 65]);
        assert_eq!(long.encoding(), "hashtable");
    }

    #[test]
    fn index_set_survives_churn() {
        let mut set = SetValue::new();
        let mut model = std::collections::BTreeSet::new();
        let mut rng = Rng::new(7);
        for step in 0..20_000 {
            let member = format!("m{}", rng.below(700)).into_bytes();
            if rng.below(3) == 0 {
                assert_eq!(set.remove(&member), model.remove(&member), "step {step}");
            } else {
                assert_eq!(
                    set.insert(&member),
                    model.insert(member.clone()),
                    "step {step}"
                );
            }
            assert_eq!(
                set.mem_usage(),
                std::mem::size_of::<SetValue>() + set.recompute_heap_usage(),
                "step {step}"
            );
            if step % 997 == 0 {
                let mut got = set.members();
                got.sort();
                assert_eq!(got, model.iter().cloned().collect::<Vec<_>>());
            }
        }
        while let Some(m) = set.pop_random(&mut rng) {
            assert!(model.remove(&m));
        }
        assert!(model.is_empty());
    }

    #[test]
    fn equality_is_semantic() {
        let a = SetValue::from_members([&b"1"[..], b"2"]);
        let mut b = SetValue::from_members([&b"2"[..], b"x"]);
        b.remove(b"x");
        b.insert(b"1");
        assert_eq!(a.encoding(), "intset");
        assert_eq!(b.encoding(), "listpack");
        assert_eq!(a, b);
    }
}
