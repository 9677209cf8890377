//! The five value types a key can hold.
//!
//! Each type lives in its own module with its own compact encoding; this module only ties them
//! together. Invariant: an aggregate (list, hash, set, sorted set) stored in the keyspace is never
//! empty — the keyspace view deletes a key whose aggregate a command emptied.

pub mod hash;
pub mod list;
pub mod set;
pub mod string;
pub mod zset;

pub use hash::HashValue;
pub use list::ListValue;
pub use set::SetValue;
pub use string::StrValue;
pub use zset::ZSetValue;

/// The type of a key, as `TYPE` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyType {
    /// A string (also integers and floats stored as strings).
    String,
    /// A list.
    List,
    /// A hash.
    Hash,
    /// A set.
    Set,
    /// A sorted set.
    ZSet,
    /// A stream (never created by Ferrite today; kept so the enum matches Redis).
    Stream,
}

impl KeyType {
    /// The name `TYPE` replies with.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyType::String => "string",
            KeyType::List => "list",
            KeyType::Hash => "hash",
            KeyType::Set => "set",
            KeyType::ZSet => "zset",
            KeyType::Stream => "stream",
        }
    }

    /// Parses a `TYPE` name, case-insensitively, as `SCAN ... TYPE` does.
    pub fn from_name(name: &[u8]) -> Option<KeyType> {
        let lower = name.to_ascii_lowercase();
        Some(match lower.as_slice() {
            b"string" => KeyType::String,
            b"list" => KeyType::List,
            b"hash" => KeyType::Hash,
            b"set" => KeyType::Set,
            b"zset" => KeyType::ZSet,
            b"stream" => KeyType::Stream,
            _ => return None,
        })
    }
}

impl std::fmt::Display for KeyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value stored under a key.
///
/// Aggregates are boxed so that a `Value` stays small (32 bytes): most keys of most databases are
/// strings, and each keyspace slot holds a `Value` inline.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A string.
    Str(StrValue),
    /// A list.
    List(Box<ListValue>),
    /// A hash.
    Hash(Box<HashValue>),
    /// A set.
    Set(Box<SetValue>),
    /// A sorted set.
    ZSet(Box<ZSetValue>),
}

impl Value {
    /// A list value.
    pub fn list(list: ListValue) -> Value {
        Value::List(Box::new(list))
    }

    /// A hash value.
    pub fn hash(hash: HashValue) -> Value {
        Value::Hash(Box::new(hash))
    }

    /// A set value.
    pub fn set(set: SetValue) -> Value {
        Value::Set(Box::new(set))
    }

    /// A sorted set value.
    pub fn zset(zset: ZSetValue) -> Value {
        Value::ZSet(Box::new(zset))
    }
}

impl Value {
    /// The key type of this value.
    pub fn key_type(&self) -> KeyType {
        match self {
            Value::Str(_) => KeyType::String,
            Value::List(_) => KeyType::List,
            Value::Hash(_) => KeyType::Hash,
            Value::Set(_) => KeyType::Set,
            Value::ZSet(_) => KeyType::ZSet,
        }
    }

    /// True for an aggregate with no elements (which must not stay in the keyspace).
    pub fn is_empty_aggregate(&self) -> bool {
        match self {
            Value::Str(_) => false,
            Value::List(v) => v.is_empty(),
            Value::Hash(v) => v.is_empty(),
            Value::Set(v) => v.is_empty(),
            Value::ZSet(v) => v.is_empty(),
        }
    }

    /// Bytes this value occupies: its inline size plus every heap allocation it owns
    /// (capacities, not lengths; per-element allocations; table overheads). O(1): aggregates keep
    /// their element bytes in a counter updated by their mutation methods.
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<Value>() + self.heap_usage()
    }

    /// Heap bytes this value owns (for an aggregate, its box included), O(1). The keyspace counts
    /// this per key; the inline `Value` is part of the key's table slot.
    #[inline]
    pub fn heap_usage(&self) -> usize {
        match self {
            Value::Str(v) => v.heap_usage(),
            _ => self.aggregate_heap_usage(),
        }
    }

    /// [`Value::heap_usage`] of an aggregate, out of line so the string path stays small.
    #[inline(never)]
    fn aggregate_heap_usage(&self) -> usize {
        match self {
            Value::Str(v) => v.heap_usage(),
            Value::List(v) => v.mem_usage(),
            Value::Hash(v) => v.mem_usage(),
            Value::Set(v) => v.mem_usage(),
            Value::ZSet(v) => v.mem_usage(),
        }
    }

    /// [`Value::heap_usage`] recomputed by walking every element, ignoring the maintained
    /// counters (for tests of the accounting).
    #[doc(hidden)]
    pub fn recompute_heap_usage(&self) -> usize {
        match self {
            Value::Str(v) => v.heap_usage(),
            Value::List(v) => std::mem::size_of::<ListValue>() + v.recompute_heap_usage(),
            Value::Hash(v) => std::mem::size_of::<HashValue>() + v.recompute_heap_usage(),
            Value::Set(v) => std::mem::size_of::<SetValue>() + v.recompute_heap_usage(),
            Value::ZSet(v) => std::mem::size_of::<ZSetValue>() + v.recompute_heap_usage(),
        }
    }
}

/// Group width of the standard library's hash tables (hashbrown): SSE2 groups on x86, 8-byte
/// groups elsewhere.
const HASH_GROUP: usize = if cfg!(any(target_arch = "x86", target_arch = "x86_64")) {
    16
} else {
    8
};

/// Bytes a `std::collections::HashMap` of `buckets` buckets (0: unallocated) allocates for
/// entries of `entry` bytes: the buckets, padded to the group alignment, then one control byte
/// per bucket plus one trailing group.
pub(crate) fn hash_table_bytes(buckets: usize, entry: usize) -> usize {
    if buckets == 0 {
        return 0;
    }
    let align = HASH_GROUP.max(8);
    (buckets * entry).div_ceil(align) * align + buckets + HASH_GROUP
}

/// The bucket count of a `std::collections::HashMap`, tracked from outside: the standard library
/// does not expose it, and `capacity()` (items plus growth left) drops below the table's full
/// capacity when a removal leaves a tombstone, so it cannot simply be inverted. A table only grows
/// on insertion, and right after growing its `capacity()` is the new table's full capacity, so
/// observing `capacity()` after every insertion is enough.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Buckets(usize);

impl Buckets {
    /// The bucket count of a table whose `capacity()` is `capacity` and has no tombstones (fresh
    /// or just grown).
    fn of_fresh(capacity: usize) -> usize {
        match capacity {
            0 => 0,
            // Tables of up to 8 buckets hold one element fewer than their buckets.
            1..=7 => capacity + 1,
            // Larger ones hold 7/8 of their buckets.
            _ => capacity / 7 * 8,
        }
    }

    /// The full capacity of a table of `buckets` buckets.
    fn full_capacity(buckets: usize) -> usize {
        if buckets <= 8 {
            buckets.saturating_sub(1)
        } else {
            buckets / 8 * 7
        }
    }

    /// Tracks a table created with (or just grown to) `capacity`.
    pub(crate) fn fresh(capacity: usize) -> Buckets {
        Buckets(Buckets::of_fresh(capacity))
    }

    /// Call after inserting into the table, with its `capacity()`: notices growth.
    #[inline]
    pub(crate) fn after_insert(&mut self, capacity: usize) {
        if capacity > Buckets::full_capacity(self.0) {
            self.0 = Buckets::of_fresh(capacity);
        }
    }

    /// The tracked bucket count.
    pub(crate) fn get(self) -> usize {
        self.0
    }
}

#[cfg(test)]
mod size {
    #[test]
    fn value_stays_small() {
        // Each keyspace slot holds a Value inline; a large variant would cost every key.
        assert!(
            std::mem::size_of::<super::Value>() <= 32,
            "{}",
            std::mem::size_of::<super::Value>()
        );
    }

    #[test]
    fn bucket_tracking_inverts_fresh_capacities() {
        use super::Buckets;
        for n in [1usize, 3, 4, 7, 8, 13, 14, 15, 28, 29, 100, 1000, 100_000] {
            let mut map: std::collections::HashMap<u64, u64> =
                std::collections::HashMap::with_capacity(n);
            let fresh = Buckets::fresh(map.capacity()).get();
            assert!(fresh.is_power_of_two(), "{n}: {fresh}");
            assert_eq!(Buckets::full_capacity(fresh), map.capacity(), "{n}");
            let mut tracked = Buckets::fresh(map.capacity());
            for i in 0..(3 * n as u64) {
                map.insert(i, i);
                tracked.after_insert(map.capacity());
                // Tombstones can only make `capacity()` smaller than the full capacity.
                assert!(
                    Buckets::full_capacity(tracked.get()) >= map.capacity(),
                    "{n}"
                );
                assert!(Buckets::full_capacity(tracked.get()) >= map.len(), "{n}");
                if i % 3 == 0 {
                    map.remove(&(i / 2));
                }
            }
            // Growth of a table without removals is seen exactly.
            let mut grown: std::collections::HashMap<u64, u64> = Default::default();
            let mut tracked = Buckets::fresh(grown.capacity());
            for i in 0..(3 * n as u64) {
                grown.insert(i, i);
                tracked.after_insert(grown.capacity());
                assert_eq!(
                    Buckets::full_capacity(tracked.get()),
                    grown.capacity(),
                    "{n}"
                );
            }
        }
    }
}
