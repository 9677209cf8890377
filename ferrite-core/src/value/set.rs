//! Set values.

/// A set value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SetValue {
    members: Vec<Vec<u8>>,
}

impl SetValue {
    /// An empty set.
    pub fn new() -> SetValue {
        SetValue::default()
    }
    /// Number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
    /// Heap bytes owned.
    pub fn heap_size(&self) -> usize {
        self.members.iter().map(|m| m.capacity() + 24).sum()
    }
}
