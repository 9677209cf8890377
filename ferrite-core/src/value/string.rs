//! String values, with an integer encoding for canonical integers.
//!
//! Invariant: `StrValue::Int(n)` is used only when the bytes are exactly the canonical decimal
//! form of `n` (what Redis's `string2ll` accepts and `ll2string` prints back), so `GET` returns
//! the bytes the user wrote.

/// A string value.
#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    /// Canonical decimal integer.
    Int(i64),
    /// Any other bytes.
    Raw(Vec<u8>),
}

impl StrValue {
    /// Stores `bytes`, choosing the integer encoding when it round-trips exactly.
    pub fn from_bytes(bytes: &[u8]) -> StrValue {
        match crate::parse::canonical_i64(bytes) {
            Some(n) => StrValue::Int(n),
            None => StrValue::Raw(bytes.to_vec()),
        }
    }

    /// The value's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        match self {
            StrValue::Int(n) => n.to_string().into_bytes(),
            StrValue::Raw(bytes) => bytes.clone(),
        }
    }

    /// Calls `f` with the value's bytes without allocating for raw strings.
    pub fn with_bytes<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            StrValue::Int(n) => {
                let mut buf = [0u8; 20];
                f(crate::parse::format_i64(*n, &mut buf))
            }
            StrValue::Raw(bytes) => f(bytes),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.with_bytes(|b| b.len())
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Heap bytes owned.
    pub fn heap_size(&self) -> usize {
        match self {
            StrValue::Int(_) => 0,
            StrValue::Raw(bytes) => bytes.capacity(),
        }
    }
}
