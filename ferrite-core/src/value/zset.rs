//! Sorted set values.

/// A sorted set value, ordered by (score, member).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ZSetValue {
    entries: Vec<(f64, Vec<u8>)>,
}

impl ZSetValue {
    /// An empty sorted set.
    pub fn new() -> ZSetValue {
        ZSetValue::default()
    }
    /// Number of members.
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Heap bytes owned.
    pub fn heap_size(&self) -> usize {
        self.entries.iter().map(|(_, m)| m.capacity() + 32).sum()
    }
}
