//! Hash values.

/// A hash value: field -> value, in insertion order while small.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HashValue {
    fields: Vec<(Vec<u8>, Vec<u8>)>,
}

impl HashValue {
    /// An empty hash.
    pub fn new() -> HashValue {
        HashValue::default()
    }
    /// Number of fields.
    pub fn len(&self) -> usize {
        self.fields.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
    /// Heap bytes owned.
    pub fn heap_size(&self) -> usize {
        self.fields.iter().map(|(f, v)| f.capacity() + v.capacity() + 48).sum()
    }
}
