//! Conversions between Python values and the argv / `Reply` of the Rust API, which the generated
//! methods (`generated/python/commands.rs`) call.
//!
//! - Arguments: `Arg` encodes one Python value as Redis text, as redis-py does: `bytes`,
//!   `bytearray` and `memoryview` as they are, `str` as UTF-8, `int` in decimal (any size: Redis
//!   itself rejects what does not fit in 64 bits), `float` as its shortest round-trip text (`1.5`,
//!   `1e+100`, `inf`, `nan`); anything else (`bool`, `None`, containers) is a `ferrite.DataError`.
//!   `Argv` collects a command line; its helpers are the shapes the generated code needs (flags,
//!   tokened values, many values, repeated blocks, optional blocks).
//! - Replies: `reply` turns a `Reply` into the Python value of a reply kind (`Shape`), in
//!   redis-py's shapes; a reply whose shape is not the expected one is converted generically
//!   (`generic`), so a conversion never fails except on decoding (`decode_responses`), where
//!   non-UTF-8 bytes raise Python's own `UnicodeDecodeError`.
//!
//! Invariant: nothing here names a command; the generated code passes names and tokens in.

#![allow(dead_code)] // Each helper and shape is used once some command of the table needs it.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyList, PyMapping, PySet, PyString,
    PyTuple,
};
use pyo3::IntoPyObjectExt;

use ferrite_rs::embedded::Reply;

use crate::errors::exc::DataError;

/// One argument, encoded as Redis text.
pub struct Arg(pub Vec<u8>);

impl<'py> FromPyObject<'py> for Arg {
    fn extract_bound(ob: &Bound<'py, PyAny>) -> PyResult<Self> {
        encode(ob).map(Arg)
    }
}

/// redis-py's rule for what may be sent: bytes-like, str, int, float.
pub fn encode(ob: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(bytes) = ob.downcast::<PyBytes>() {
        return Ok(bytes.as_bytes().to_vec());
    }
    if let Ok(text) = ob.downcast::<PyString>() {
        // A lone surrogate cannot be UTF-8: Python's UnicodeEncodeError.
        return Ok(text.to_cow()?.as_bytes().to_vec());
    }
    if ob.is_instance_of::<PyBool>() {
        return Err(invalid_input(ob));
    }
    if ob.is_instance_of::<PyInt>() {
        // `__index__` gives a plain int for subclasses (IntEnum), whose str() may differ.
        let plain = ob.call_method0("__index__")?;
        return Ok(plain.str()?.to_cow()?.as_bytes().to_vec());
    }
    if ob.is_instance_of::<PyFloat>() {
        let value: f64 = ob.extract()?;
        return Ok(float_text(value).into_bytes());
    }
    if let Ok(bytes) = ob.downcast::<PyByteArray>() {
        return Ok(bytes.to_vec());
    }
    if ob.hasattr("tobytes")? && ob.get_type().name()?.to_cow()? == "memoryview" {
        let bytes = ob.call_method0("tobytes")?;
        return Ok(bytes.downcast::<PyBytes>()?.as_bytes().to_vec());
    }
    Err(invalid_input(ob))
}

fn invalid_input(ob: &Bound<'_, PyAny>) -> PyErr {
    let name = ob
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    DataError::new_err(format!(
        "Invalid input of type: '{name}'. Convert to a bytes, string, int or float first."
    ))
}

/// A float as Redis text: the shortest text that reads back to the same value, as Python's
/// `repr` writes it (`1.5`, `1e+100`, `inf`, `-inf`, `nan`).
pub fn float_text(value: f64) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    // `{:?}` is the shortest round-trip form; Python writes the exponent with a sign.
    let text = format!("{value:?}");
    match text.split_once('e') {
        Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
        _ => text,
    }
}

/// A command line being built.
pub struct Argv {
    args: Vec<Vec<u8>>,
    /// The lower-case command name, for the messages of `block`.
    command: &'static str,
}

impl Argv {
    /// A command line that starts with the command's name.
    pub fn new(name: &'static str, command: &'static str) -> Argv {
        Argv {
            args: vec![name.as_bytes().to_vec()],
            command,
        }
    }

    /// Appends one value.
    pub fn push(&mut self, value: Arg) {
        self.args.push(value.0);
    }

    /// Appends a token (or any literal).
    pub fn token(&mut self, token: &str) {
        self.args.push(token.as_bytes().to_vec());
    }

    /// Appends a value if it is given.
    pub fn push_opt(&mut self, value: Option<Arg>) {
        if let Some(value) = value {
            self.push(value);
        }
    }

    /// Appends a flag's token when it is set.
    pub fn flag(&mut self, on: bool, token: &str) {
        if on {
            self.token(token);
        }
    }

    /// Appends `token value` when the value is given.
    pub fn tokened(&mut self, token: &str, value: Option<Arg>) {
        if let Some(value) = value {
            self.token(token);
            self.push(value);
        }
    }

    /// Appends each of many values (`*values`; a list or tuple among them is spread, as
    /// redis-py's `mget(keys, *args)` allows).
    pub fn many(&mut self, values: &Bound<'_, PyTuple>) -> PyResult<()> {
        for value in values.iter() {
            if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
                for item in value.try_iter()? {
                    self.args.push(encode(&item?)?);
                }
            } else {
                self.args.push(encode(&value)?);
            }
        }
        Ok(())
    }

    /// Appends each value of a sequence (a `multiple` argument that is not the last).
    pub fn sequence(&mut self, values: &Bound<'_, PyAny>) -> PyResult<()> {
        if values.is_instance_of::<PyString>() || values.is_instance_of::<PyBytes>() {
            self.args.push(encode(values)?);
            return Ok(());
        }
        for item in values.try_iter()? {
            self.args.push(encode(&item?)?);
        }
        Ok(())
    }

    /// Appends a repeated block of `width` members from a mapping (two members: the member at
    /// `key_index` is the mapping's key, the other its value) or an iterable of tuples (in the
    /// same order as the mapping's items, so `mapping.items()` works too).
    pub fn items(
        &mut self,
        items: &Bound<'_, PyAny>,
        width: usize,
        key_index: usize,
    ) -> PyResult<()> {
        let rows: Vec<Bound<'_, PyAny>> = if let Ok(mapping) = items.downcast::<PyMapping>() {
            mapping.items()?.iter().collect()
        } else if items.is_instance_of::<PyString>() || items.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(format!(
                "{}: expected a mapping or an iterable of tuples, not {}",
                self.command,
                items.get_type().name()?
            )));
        } else {
            items.try_iter()?.collect::<PyResult<_>>()?
        };
        for row in rows {
            let tuple = row.downcast::<PyTuple>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "{}: each item must be a tuple of {width}",
                    self.command
                ))
            })?;
            if tuple.len() != width {
                return Err(PyTypeError::new_err(format!(
                    "{}: each item must be a tuple of {width}, not {}",
                    self.command,
                    tuple.len()
                )));
            }
            let parts: Vec<Vec<u8>> = tuple.iter().map(|v| encode(&v)).collect::<PyResult<_>>()?;
            self.push_row(parts, width, key_index);
        }
        Ok(())
    }

    /// A row given in mapping order (key first) appended in the table's member order.
    fn push_row(&mut self, mut parts: Vec<Vec<u8>>, width: usize, key_index: usize) {
        if width == 2 && key_index == 1 {
            parts.swap(0, 1);
        }
        self.args.extend(parts);
    }

    /// A repeated block of two members that is also offered as one pair of keyword arguments
    /// (`hset(name, key=None, value=None, mapping=None)`): the pair first, then the mapping. A
    /// mapping given as the first argument (`hset(name, {"a": 1})`) is taken as the mapping.
    #[allow(clippy::too_many_arguments)]
    pub fn pair_or_items(
        &mut self,
        key: Option<&Bound<'_, PyAny>>,
        value: Option<&Bound<'_, PyAny>>,
        mapping: Option<&Bound<'_, PyAny>>,
        key_index: usize,
        names: [&str; 3],
    ) -> PyResult<()> {
        let [key_name, value_name, mapping_name] = names;
        let before = self.args.len();
        let key = key.filter(|k| !k.is_none());
        let value = value.filter(|v| !v.is_none());
        match (key, value) {
            (Some(map), None) if map.downcast::<PyMapping>().is_ok() => {
                self.items(map, 2, key_index)?;
            }
            (Some(key), Some(value)) => {
                self.push_row(vec![encode(key)?, encode(value)?], 2, key_index);
            }
            (None, None) => {}
            _ => {
                return Err(DataError::new_err(format!(
                    "{}: '{key_name}' and '{value_name}' must be given together",
                    self.command
                )))
            }
        }
        if let Some(mapping) = mapping.filter(|m| !m.is_none()) {
            self.items(mapping, 2, key_index)?;
        }
        if self.args.len() == before {
            // Nothing to set: redis-py raises DataError here too (Redis would reply with the
            // wrong-arity error, which says less).
            return Err(DataError::new_err(format!(
                "{}: '{key_name}' and '{value_name}', or '{mapping_name}', must be given",
                self.command
            )));
        }
        Ok(())
    }

    /// An optional block (`LIMIT offset count`): appended, after its token if it has one, when
    /// any member is given; every required member must be given then.
    pub fn block(&mut self, token: Option<&str>, parts: Vec<Part>) -> PyResult<()> {
        let given = parts.iter().any(|p| match p {
            Part::Value { value, .. } => value.is_some(),
            Part::Flag { on, .. } => *on,
        });
        if !given {
            return Ok(());
        }
        let missing: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Value {
                    name,
                    value: None,
                    required: true,
                } => Some(*name),
                _ => None,
            })
            .collect();
        if !missing.is_empty() {
            let names: Vec<String> = parts
                .iter()
                .filter_map(|p| match p {
                    Part::Value {
                        name,
                        required: true,
                        ..
                    } => Some(format!("'{name}'")),
                    _ => None,
                })
                .collect();
            return Err(DataError::new_err(format!(
                "{}: {} must be given together",
                self.command,
                names.join(" and ")
            )));
        }
        if let Some(token) = token {
            self.token(token);
        }
        for part in parts {
            match part {
                Part::Value { value, .. } => self.push_opt(value),
                Part::Flag { on, token } => self.flag(on, token),
            }
        }
        Ok(())
    }

    /// The position the next argument will take (a cursor iterator's slot).
    pub fn position(&self) -> usize {
        self.args.len()
    }

    /// The arguments.
    pub fn into_vec(self) -> Vec<Vec<u8>> {
        self.args
    }
}

/// One member of an optional block.
pub enum Part {
    /// A value member.
    Value {
        /// Its Python name (for the message when it is missing).
        name: &'static str,
        /// The value, if given.
        value: Option<Arg>,
        /// Whether the block needs it.
        required: bool,
    },
    /// A flag member.
    Flag {
        /// Its token.
        token: &'static str,
        /// Whether it is set.
        on: bool,
    },
}

/// What a method's reply is converted to: one per reply kind of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Shape {
    Ok,
    Bool,
    Integer,
    Count,
    OptionalCount,
    OptionalInteger,
    Float,
    IncrFloat,
    OptionalFloat,
    Bytes,
    OptionalBytes,
    List,
    Set,
    OptionalList,
    OptionalBytesList,
    Map,
    ScoredList,
    BoolList,
    IntegerList,
    OptionalFloatList,
    KeyType,
    CursorPage,
    Reply,
    OptionalString,
    OptionalDurationS,
    OptionalDurationMs,
}

/// Bytes as `bytes`, or as `str` when decoding (strict UTF-8: Python's `UnicodeDecodeError`).
pub fn text(py: Python<'_>, bytes: &[u8], decode: bool) -> PyResult<PyObject> {
    if !decode {
        return Ok(PyBytes::new(py, bytes).into_any().unbind());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(PyString::new(py, s).into_any().unbind()),
        // Let Python raise its own error, with the position and reason it always gives.
        Err(_) => Ok(PyBytes::new(py, bytes)
            .call_method1("decode", ("utf-8",))?
            .unbind()),
    }
}

/// A reply as it comes: nil `None`, a status `str`, an integer `int`, bulk `bytes` (`str` when
/// decoding), an array `list`.
pub fn generic(py: Python<'_>, reply: Reply, decode: bool) -> PyResult<PyObject> {
    Ok(match reply {
        Reply::Nil => py.None(),
        Reply::Status(status) => PyString::new(py, &status).into_any().unbind(),
        Reply::Integer(n) => n.into_py_any(py)?,
        Reply::Bulk(bytes) => text(py, &bytes, decode)?,
        Reply::Array(items) => {
            let items = items
                .into_iter()
                .map(|item| generic(py, item, decode))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any().unbind()
        }
    })
}

/// A list of the items of an array, each converted by `one` (`None` if an item does not fit).
fn list_of(
    py: Python<'_>,
    items: &[Reply],
    one: impl Fn(&Reply) -> Option<PyResult<PyObject>>,
) -> Option<PyResult<PyObject>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match one(item)? {
            Ok(value) => out.push(value),
            Err(err) => return Some(Err(err)),
        }
    }
    Some(PyList::new(py, out).map(|l| l.into_any().unbind()))
}

/// The reply converted to the Python value of `shape` (redis-py's shapes).
pub fn reply(py: Python<'_>, reply: Reply, shape: Shape, decode: bool) -> PyResult<PyObject> {
    if matches!(reply, Reply::Nil) {
        return Ok(py.None());
    }
    match shaped(py, &reply, shape, decode) {
        Some(value) => value,
        None => generic(py, reply, decode),
    }
}

/// `None` when the reply does not have the shape (the caller converts it generically).
fn shaped(py: Python<'_>, reply: &Reply, shape: Shape, decode: bool) -> Option<PyResult<PyObject>> {
    use Shape as S;
    let bulk = |r: &Reply| match r {
        Reply::Bulk(b) => Some(text(py, b, decode)),
        _ => None,
    };
    let bulk_or_nil = |r: &Reply| match r {
        Reply::Nil => Some(Ok(py.None())),
        other => bulk(other),
    };
    let float = |r: &Reply| match r {
        Reply::Bulk(b) => ferrite_core::parse::strict_f64(b).map(|f| f.into_py_any(py)),
        _ => None,
    };
    let float_or_nil = |r: &Reply| match r {
        Reply::Nil => Some(Ok(py.None())),
        other => float(other),
    };
    match (shape, reply) {
        (S::Reply, _) => None,
        (S::Ok, Reply::Status(_)) => Some(true.into_py_any(py)),
        (S::Bool, Reply::Integer(n)) => Some((*n != 0).into_py_any(py)),
        (S::Bool, Reply::Status(_)) => Some(true.into_py_any(py)),
        (S::Integer | S::Count | S::OptionalCount | S::OptionalInteger, Reply::Integer(n)) => {
            Some(n.into_py_any(py))
        }
        (S::OptionalDurationS | S::OptionalDurationMs, Reply::Integer(n)) => Some(if *n < 0 {
            Ok(py.None())
        } else {
            n.into_py_any(py)
        }),
        (S::Float | S::IncrFloat | S::OptionalFloat, r) => float(r),
        (S::Bytes | S::OptionalBytes, r) => bulk(r),
        (S::OptionalString, Reply::Bulk(b)) => Some(text(py, b, true)),
        (S::KeyType, Reply::Status(status)) => Some(text(py, status.as_bytes(), decode)),
        (S::List | S::OptionalList, Reply::Array(items)) => list_of(py, items, bulk),
        (S::OptionalBytesList, Reply::Array(items)) => list_of(py, items, bulk_or_nil),
        (S::Set, Reply::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match bulk(item)? {
                    Ok(v) => out.push(v),
                    Err(err) => return Some(Err(err)),
                }
            }
            Some(PySet::new(py, &out).map(|s| s.into_any().unbind()))
        }
        (S::Map, Reply::Array(items)) if items.len() % 2 == 0 => {
            let dict = PyDict::new(py);
            for pair in items.chunks(2) {
                let (k, v) = (bulk(&pair[0])?, bulk(&pair[1])?);
                let res = k.and_then(|k| v.and_then(|v| dict.set_item(k, v)));
                if let Err(err) = res {
                    return Some(Err(err));
                }
            }
            Some(Ok(dict.into_any().unbind()))
        }
        (S::ScoredList, Reply::Array(items)) if items.len() % 2 == 0 => {
            let mut out = Vec::with_capacity(items.len() / 2);
            for pair in items.chunks(2) {
                let member = match bulk(&pair[0])? {
                    Ok(m) => m,
                    Err(err) => return Some(Err(err)),
                };
                let score = match float(&pair[1])? {
                    Ok(s) => s,
                    Err(err) => return Some(Err(err)),
                };
                match PyTuple::new(py, [member, score]) {
                    Ok(t) => out.push(t.into_any().unbind()),
                    Err(err) => return Some(Err(err)),
                }
            }
            Some(PyList::new(py, out).map(|l| l.into_any().unbind()))
        }
        (S::BoolList, Reply::Array(items)) => list_of(py, items, |r| match r {
            Reply::Integer(n) => Some((*n != 0).into_py_any(py)),
            _ => None,
        }),
        (S::IntegerList, Reply::Array(items)) => list_of(py, items, |r| match r {
            Reply::Integer(n) => Some(n.into_py_any(py)),
            _ => None,
        }),
        (S::OptionalFloatList, Reply::Array(items)) => list_of(py, items, float_or_nil),
        (S::CursorPage, Reply::Array(items)) if items.len() == 2 => {
            let cursor = match &items[0] {
                Reply::Bulk(b) => std::str::from_utf8(b).ok()?.parse::<u64>().ok()?,
                _ => return None,
            };
            let keys = match &items[1] {
                Reply::Array(keys) => list_of(py, keys, bulk)?,
                _ => return None,
            };
            Some(keys.and_then(|keys| {
                PyTuple::new(py, [cursor.into_py_any(py)?, keys]).map(|t| t.into_any().unbind())
            }))
        }
        _ => None,
    }
}
