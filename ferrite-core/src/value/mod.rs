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

    /// An estimate of the heap bytes this value owns, for memory accounting.
    pub fn heap_size(&self) -> usize {
        match self {
            Value::Str(v) => v.heap_size(),
            Value::List(v) => std::mem::size_of::<ListValue>() + v.heap_size(),
            Value::Hash(v) => std::mem::size_of::<HashValue>() + v.heap_size(),
            Value::Set(v) => std::mem::size_of::<SetValue>() + v.heap_size(),
            Value::ZSet(v) => std::mem::size_of::<ZSetValue>() + v.heap_size(),
        }
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
}
