//! The generic reply of `execute(argv)`: the shape Redis would send over RESP2, without the
//! encoding. Typed handler results become a `Reply` through the `from_*` constructors, one per
//! reply kind of the command table, so all formatting rules (float text, map flattening) live here.

use std::borrow::Cow;

use crate::parse;
use crate::value::KeyType;

/// A reply, as Redis would send it.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// A nil bulk string or nil array.
    Nil,
    /// A simple status string such as `OK` or `string`.
    Status(Cow<'static, str>),
    /// An integer.
    Integer(i64),
    /// A bulk string.
    Bulk(Vec<u8>),
    /// An array of replies.
    Array(Vec<Reply>),
}

impl Reply {
    /// `+OK`.
    pub fn ok() -> Reply {
        Reply::Status(Cow::Borrowed("OK"))
    }

    /// Reply kind `ok`.
    pub fn from_ok(_: ()) -> Reply {
        Reply::ok()
    }

    /// Reply kind `bool`: `:1` or `:0`.
    pub fn from_bool(value: bool) -> Reply {
        Reply::Integer(i64::from(value))
    }

    /// Reply kind `integer`.
    pub fn from_integer(value: i64) -> Reply {
        Reply::Integer(value)
    }

    /// Reply kind `count`.
    pub fn from_count(value: usize) -> Reply {
        Reply::Integer(i64::try_from(value).unwrap_or(i64::MAX))
    }

    /// Reply kind `optional_count`: an integer or nil.
    pub fn from_optional_count(value: Option<usize>) -> Reply {
        value.map_or(Reply::Nil, Reply::from_count)
    }

    /// Reply kind `optional_integer`: an integer or nil.
    pub fn from_optional_integer(value: Option<i64>) -> Reply {
        value.map_or(Reply::Nil, Reply::Integer)
    }

    /// Reply kind `float`: a bulk string in Redis's `%.17g` form.
    pub fn from_float(value: f64) -> Reply {
        Reply::Bulk(parse::format_double(value).into_bytes())
    }

    /// Reply kind `incr_float`: a bulk string as INCRBYFLOAT prints it.
    pub fn from_incr_float(value: f64) -> Reply {
        Reply::Bulk(parse::format_human_float(value).into_bytes())
    }

    /// Reply kind `optional_float`.
    pub fn from_optional_float(value: Option<f64>) -> Reply {
        value.map_or(Reply::Nil, Reply::from_float)
    }

    /// Reply kind `bytes`.
    pub fn from_bytes(value: Vec<u8>) -> Reply {
        Reply::Bulk(value)
    }

    /// Reply kind `optional_bytes`.
    pub fn from_optional_bytes(value: Option<Vec<u8>>) -> Reply {
        value.map_or(Reply::Nil, Reply::Bulk)
    }

    /// Reply kind `list` (and `set`): an array of bulk strings.
    pub fn from_list(value: Vec<Vec<u8>>) -> Reply {
        Reply::Array(value.into_iter().map(Reply::Bulk).collect())
    }

    /// Reply kind `set`.
    pub fn from_set(value: Vec<Vec<u8>>) -> Reply {
        Reply::from_list(value)
    }

    /// Reply kind `optional_list`: an array, or nil.
    pub fn from_optional_list(value: Option<Vec<Vec<u8>>>) -> Reply {
        value.map_or(Reply::Nil, Reply::from_list)
    }

    /// Reply kind `optional_bytes_list`: an array whose items may be nil (MGET).
    pub fn from_optional_bytes_list(value: Vec<Option<Vec<u8>>>) -> Reply {
        Reply::Array(value.into_iter().map(Reply::from_optional_bytes).collect())
    }

    /// Reply kind `map`: a flat array of field, value, field, value...
    pub fn from_map(value: Vec<(Vec<u8>, Vec<u8>)>) -> Reply {
        Reply::Array(
            value
                .into_iter()
                .flat_map(|(k, v)| [Reply::Bulk(k), Reply::Bulk(v)])
                .collect(),
        )
    }

    /// Reply kind `scored_list`: a flat array of member, score, member, score...
    pub fn from_scored_list(value: Vec<(Vec<u8>, f64)>) -> Reply {
        Reply::Array(
            value
                .into_iter()
                .flat_map(|(m, s)| [Reply::Bulk(m), Reply::from_float(s)])
                .collect(),
        )
    }

    /// Reply kind `bool_list`: an array of `:0`/`:1`.
    pub fn from_bool_list(value: Vec<bool>) -> Reply {
        Reply::Array(value.into_iter().map(Reply::from_bool).collect())
    }

    /// Reply kind `integer_list`.
    pub fn from_integer_list(value: Vec<i64>) -> Reply {
        Reply::Array(value.into_iter().map(Reply::Integer).collect())
    }

    /// Reply kind `optional_float_list`: an array of scores or nils (ZMSCORE).
    pub fn from_optional_float_list(value: Vec<Option<f64>>) -> Reply {
        Reply::Array(value.into_iter().map(Reply::from_optional_float).collect())
    }

    /// Reply kind `key_type`: the status TYPE replies with (`none` for a missing key).
    pub fn from_key_type(value: Option<KeyType>) -> Reply {
        Reply::Status(Cow::Borrowed(value.map_or("none", KeyType::as_str)))
    }

    /// Reply kind `cursor_page`: `[cursor, [items...]]`.
    pub fn from_cursor_page(value: (u64, Vec<Vec<u8>>)) -> Reply {
        Reply::Array(vec![
            Reply::Bulk(value.0.to_string().into_bytes()),
            Reply::from_list(value.1),
        ])
    }

    /// Reply kind `reply`: already generic.
    pub fn from_reply(value: Reply) -> Reply {
        value
    }

    /// The bulk bytes, if this is a bulk string.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Reply::Bulk(bytes) => Some(bytes),
            _ => None,
        }
    }
}

impl std::fmt::Display for Reply {
    /// Formats the reply the way `redis-cli` shows it on one line (for messages and tests).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reply::Nil => f.write_str("(nil)"),
            Reply::Status(s) => f.write_str(s),
            Reply::Integer(n) => write!(f, "(integer) {n}"),
            Reply::Bulk(b) => write!(f, "{:?}", String::from_utf8_lossy(b)),
            Reply::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
        }
    }
}
