//! List values.

use std::collections::VecDeque;

/// A list value.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListValue {
    items: VecDeque<Vec<u8>>,
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
    /// Heap bytes owned.
    pub fn heap_size(&self) -> usize {
        self.items.iter().map(|i| i.capacity() + 24).sum()
    }
}
