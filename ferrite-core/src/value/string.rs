//! String values, with an integer encoding for canonical integers.
//!
//! Invariant: `StrValue::Int(n)` is used only when the bytes are exactly the canonical decimal
//! form of `n` (what Redis's `string2ll` accepts and `ll2string` prints back), so `GET` returns
//! the bytes the user wrote. `Raw` may also hold canonical integer bytes (after APPEND or
//! SETRANGE, as Redis keeps such strings raw); equality compares bytes, not encodings.

/// A string value.
#[derive(Clone, Debug)]
pub enum StrValue {
    /// Canonical decimal integer.
    Int(i64),
    /// Any other bytes.
    Raw(Vec<u8>),
}

impl PartialEq for StrValue {
    fn eq(&self, other: &StrValue) -> bool {
        match (self, other) {
            (StrValue::Int(a), StrValue::Int(b)) => a == b,
            (StrValue::Raw(a), StrValue::Raw(b)) => a == b,
            _ => self.with_bytes(|a| other.with_bytes(|b| a == b)),
        }
    }
}

impl StrValue {
    /// Stores `bytes`, choosing the integer encoding when it round-trips exactly.
    pub fn from_bytes(bytes: &[u8]) -> StrValue {
        match crate::parse::canonical_i64(bytes) {
            Some(n) => StrValue::Int(n),
            None => StrValue::Raw(bytes.to_vec()),
        }
    }

    /// Like [`StrValue::from_bytes`], taking ownership of the buffer.
    pub fn from_vec(bytes: Vec<u8>) -> StrValue {
        match crate::parse::canonical_i64(&bytes) {
            Some(n) => StrValue::Int(n),
            None => StrValue::Raw(bytes),
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

    /// The value as a 64-bit integer, if its bytes are one by Redis's rules (INCR and friends).
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            StrValue::Int(n) => Some(*n),
            StrValue::Raw(bytes) => crate::parse::canonical_i64(bytes),
        }
    }

    /// Runs `f` on the value's bytes as one raw buffer (the integer encoding is converted
    /// first) for in-place edits such as APPEND and SETRANGE, which leave the value raw as Redis
    /// does.
    pub fn edit_raw<R>(&mut self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let mut bytes = match std::mem::replace(self, StrValue::Raw(Vec::new())) {
            StrValue::Int(n) => n.to_string().into_bytes(),
            StrValue::Raw(bytes) => bytes,
        };
        let res = f(&mut bytes);
        *self = StrValue::Raw(bytes);
        res
    }

    /// Appends `tail`; returns the new length.
    pub fn append(&mut self, tail: &[u8]) -> usize {
        self.edit_raw(|bytes| {
            bytes.extend_from_slice(tail);
            bytes.len()
        })
    }

    /// Writes `patch` at byte `offset`, padding with zero bytes if the string is shorter;
    /// returns the new length. The caller checks that `offset + patch.len()` is acceptable.
    pub fn set_range(&mut self, offset: usize, patch: &[u8]) -> usize {
        self.edit_raw(|bytes| {
            let end = offset + patch.len();
            if bytes.len() < end {
                bytes.resize(end, 0);
            }
            bytes[offset..end].copy_from_slice(patch);
            bytes.len()
        })
    }

    /// The bytes from `start` to `end` inclusive, with GETRANGE's rules: negative indexes count
    /// from the end, both are clamped to the string, and an empty range gives an empty string.
    pub fn get_range(&self, start: i64, end: i64) -> Vec<u8> {
        self.with_bytes(|bytes| {
            let len = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
            if start < 0 && end < 0 && start > end {
                return Vec::new();
            }
            let mut start = if start < 0 { len + start } else { start };
            let mut end = if end < 0 { len + end } else { end };
            start = start.max(0);
            end = end.max(0);
            if end >= len {
                end = len - 1;
            }
            if start > end || len == 0 {
                return Vec::new();
            }
            // 0 <= start <= end < len here.
            bytes[start as usize..=end as usize].to_vec()
        })
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        match self {
            StrValue::Int(n) => decimal_len(*n),
            StrValue::Raw(bytes) => bytes.len(),
        }
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Heap bytes owned: the buffer's capacity (an integer owns none). O(1).
    #[inline]
    pub fn heap_usage(&self) -> usize {
        match self {
            StrValue::Int(_) => 0,
            StrValue::Raw(bytes) => bytes.capacity(),
        }
    }

    /// Bytes occupied: the inline size plus [`StrValue::heap_usage`]. O(1).
    pub fn mem_usage(&self) -> usize {
        std::mem::size_of::<StrValue>() + self.heap_usage()
    }
}

/// Number of bytes in the decimal form of `n`.
fn decimal_len(n: i64) -> usize {
    let mut digits = 1;
    let mut rest = n.unsigned_abs();
    while rest >= 10 {
        rest /= 10;
        digits += 1;
    }
    digits + usize::from(n < 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(StrValue::from_bytes(b"123"), StrValue::Int(123));
        assert!(matches!(StrValue::from_bytes(b"0123"), StrValue::Raw(_)));
        assert!(matches!(StrValue::from_bytes(b"-0"), StrValue::Raw(_)));
        assert_eq!(StrValue::Raw(b"12".to_vec()), StrValue::Int(12));
        assert_ne!(StrValue::Raw(b"012".to_vec()), StrValue::Int(12));
        assert_eq!(StrValue::Raw(b"12".to_vec()).as_i64(), Some(12));
        assert_eq!(StrValue::Raw(b"1 ".to_vec()).as_i64(), None);
    }

    #[test]
    fn lengths() {
        for n in [0, 1, 9, 10, -1, -10, 99, 100, i64::MAX, i64::MIN] {
            assert_eq!(StrValue::Int(n).len(), n.to_string().len(), "{n}");
        }
        assert_eq!(StrValue::Raw(Vec::new()).len(), 0);
        assert!(StrValue::Raw(Vec::new()).is_empty());
    }

    #[test]
    fn append_and_set_range() {
        let mut v = StrValue::Int(12);
        assert_eq!(v.append(b"3"), 3);
        assert_eq!(v.to_bytes(), b"123");
        assert_eq!(v.set_range(5, b"x"), 6);
        assert_eq!(v.to_bytes(), b"123\0\0x");
        assert_eq!(v.set_range(0, b"ab"), 6);
        assert_eq!(v.to_bytes(), b"ab3\0\0x");
    }

    #[test]
    fn get_range_follows_getrange() {
        let v = StrValue::Raw(b"hello".to_vec());
        let r = |s, e| String::from_utf8(v.get_range(s, e)).unwrap();
        assert_eq!(r(0, -1), "hello");
        assert_eq!(r(-1, 0), "");
        assert_eq!(r(-3, -1), "llo");
        assert_eq!(r(-1, -3), "");
        assert_eq!(r(10, 20), "");
        assert_eq!(r(2, 100), "llo");
        assert_eq!(r(-100, -50), "h");
        assert_eq!(r(-100, 1), "he");
        assert_eq!(r(3, 2), "");
        assert_eq!(r(0, i64::MIN), "h");
        assert_eq!(r(i64::MIN, -1), "hello");
        assert_eq!(r(i64::MAX, i64::MAX), "");
        assert_eq!(StrValue::Int(12345).get_range(1, -2), b"234");
        assert_eq!(StrValue::Raw(Vec::new()).get_range(0, -1), b"");
        assert_eq!(StrValue::Raw(Vec::new()).get_range(-1, 0), b"");
    }
}
