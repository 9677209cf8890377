//! Arguments: JavaScript values turned into the argv of a Redis command.
//!
//! Every command method (generated, `generated/node/commands.rs`) takes its parameters as `Val`
//! (any JavaScript value) and builds an `Argv` with the conversions here: bytes from a string
//! (UTF-8) or a `Buffer`/`Uint8Array`, integers from a number or a BigInt (decimal text),
//! floats as Redis reads them back exactly (`%.17g`, `inf`), a `oneof` from its token, an
//! options object field by field. The argv then goes through `Database::execute`, which parses
//! it exactly as Redis does, so a value JavaScript accepts but Redis does not (`1.5` where an
//! integer is due, a BigInt past 64 bits, `NaN` as a score) fails with Redis's own error text.
//!
//! A value of the wrong JavaScript type is a `TypeError` with Node's code
//! `ERR_INVALID_ARG_TYPE`; an unknown option name or `oneof` token is `ERR_INVALID_ARG_VALUE`.
//!
//! Invariants: nothing here names a command; every `Val` is read during the call that received
//! it (napi values live as long as that call's handle scope), never stored or sent to a thread.

use std::ffi::CString;
use std::ptr;

use napi::bindgen_prelude::{FromNapiValue, ToNapiValue, TypeName, Unknown, ValueType};
use napi::sys;

/// A napi result.
pub type Result<T> = napi::Result<T>;

/// Any JavaScript value received by a call (valid while that call runs).
#[derive(Clone, Copy)]
pub struct Val {
    env: sys::napi_env,
    raw: sys::napi_value,
}

impl TypeName for Val {
    fn type_name() -> &'static str {
        "unknown"
    }

    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

impl FromNapiValue for Val {
    unsafe fn from_napi_value(env: sys::napi_env, raw: sys::napi_value) -> Result<Val> {
        Ok(Val { env, raw })
    }
}

impl ToNapiValue for Val {
    unsafe fn to_napi_value(_env: sys::napi_env, val: Val) -> Result<sys::napi_value> {
        Ok(val.raw)
    }
}

/// Checks a napi status.
pub(crate) fn check(status: sys::napi_status, what: &str) -> Result<()> {
    if status == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(napi::Error::new(
            napi::Status::from(status),
            format!("napi: {what} failed"),
        ))
    }
}

/// A JavaScript error object of `kind` with a `code` property, as an error napi-rs throws (or
/// rejects with) unchanged.
pub(crate) fn js_error(
    env: sys::napi_env,
    kind: ErrorKind,
    code: &str,
    message: &str,
) -> napi::Error {
    let make = || -> Result<sys::napi_value> {
        let code = crate::reply::string(env, code.as_bytes())?;
        let message = crate::reply::string(env, message.as_bytes())?;
        let mut error = ptr::null_mut();
        // SAFETY: `env` is the environment of the current call; `code` and `message` are
        // strings created in it; `error` is a valid out pointer.
        let status = unsafe {
            match kind {
                ErrorKind::Error => sys::napi_create_error(env, code, message, &mut error),
                ErrorKind::TypeError => sys::napi_create_type_error(env, code, message, &mut error),
            }
        };
        check(status, "creating an error")?;
        Ok(error)
    };
    match make() {
        // SAFETY: `error` is a value of `env`, used during the same call.
        Ok(error) => napi::Error::from(unsafe { Unknown::from_raw_unchecked(env, error) }),
        Err(err) => err,
    }
}

/// The constructor of a thrown error.
#[derive(Clone, Copy)]
pub(crate) enum ErrorKind {
    Error,
    TypeError,
}

/// How a parameter's value becomes one argument.
#[derive(Clone, Copy, Debug)]
pub enum Conv {
    /// A key or pattern: a string (UTF-8) or `Buffer`/`Uint8Array`, as is.
    Key,
    /// A value: as `Key`, or a number or BigInt as JavaScript's `String(value)` spells it.
    Bytes,
    /// A number or BigInt, in decimal.
    Int,
    /// A number (or BigInt), in the text Redis parses back to the same double.
    Float,
    /// A number (as `Float`) or a string/`Buffer` in Redis's syntax (`(1.5`, `-inf`).
    ScoreBound,
}

/// One alternative of a `oneof`: its token, and how its value converts if it has one.
#[derive(Clone, Copy, Debug)]
pub struct Alt(pub &'static str, pub Option<Conv>);

/// One member of a block given as a tuple: a value (`Some(conv)`, after `token` if any) or a
/// flag (`None`: the tuple holds a boolean and `token` is the flag's token).
#[derive(Clone, Copy, Debug)]
pub struct Member {
    pub token: Option<&'static str>,
    pub conv: Option<Conv>,
    pub optional: bool,
}

/// How an options-object field becomes arguments.
#[derive(Clone, Copy, Debug)]
pub enum Opt {
    /// `true` sends the token.
    Flag(&'static str),
    /// One value, after its token if any.
    Value(Option<&'static str>, Conv),
    /// An array of values, each after the token if any (no command of the table has a
    /// repeated option yet).
    #[allow(dead_code)]
    Many(Option<&'static str>, Conv),
    /// A tuple (the block's members), after the token if any.
    Block(Option<&'static str>, &'static [Member]),
    /// One of these alternatives.
    OneOf(&'static [Alt]),
}

/// The argv being built.
#[derive(Debug, Default)]
pub struct Argv(pub Vec<Vec<u8>>);

impl Argv {
    /// An argv starting with the command's name.
    pub fn new(name: &str) -> Argv {
        Argv(vec![name.as_bytes().to_vec()])
    }

    /// A literal token.
    pub fn token(&mut self, token: &str) {
        self.0.push(token.as_bytes().to_vec());
    }

    /// One value.
    pub fn value(&mut self, v: Val, name: &str, conv: Conv) -> Result<()> {
        let arg = v.convert(name, conv)?;
        self.0.push(arg);
        Ok(())
    }

    /// An array of values, each preceded by `token` if given; a value that is not an array is
    /// an array of one (`del('k')`, `lpush('l', 'x')`).
    pub fn many(&mut self, v: Val, name: &str, conv: Conv, token: Option<&str>) -> Result<()> {
        let items = if v.is_array()? {
            v.array(name)?
        } else {
            vec![v]
        };
        for (idx, item) in items.into_iter().enumerate() {
            if let Some(token) = token {
                self.token(token);
            }
            self.value(item, &format!("{name}[{idx}]"), conv)?;
        }
        Ok(())
    }

    /// An array of values (`execute`'s argv: an array, always).
    pub fn items(&mut self, v: Val, name: &str, conv: Conv) -> Result<()> {
        for (idx, item) in v.array(name)?.into_iter().enumerate() {
            self.value(item, &format!("{name}[{idx}]"), conv)?;
        }
        Ok(())
    }

    /// An array of tuples, each of `members.len()` values, each tuple preceded by `token`.
    pub fn tuples(
        &mut self,
        v: Val,
        name: &str,
        members: &[Conv],
        token: Option<&str>,
    ) -> Result<()> {
        for (idx, tuple) in v.array(name)?.into_iter().enumerate() {
            let item_name = format!("{name}[{idx}]");
            let items = tuple.array(&item_name)?;
            if items.len() != members.len() {
                return Err(v.invalid_value(&format!(
                    "The \"{item_name}\" argument must be a tuple of {} values (got {})",
                    members.len(),
                    items.len()
                )));
            }
            if let Some(token) = token {
                self.token(token);
            }
            for (pos, (item, conv)) in items.into_iter().zip(members).enumerate() {
                self.value(item, &format!("{item_name}[{pos}]"), *conv)?;
            }
        }
        Ok(())
    }

    /// A `oneof`: a unit alternative as its token (`'NX'`), a valued one as a one-key object
    /// (`{ EX: 10 }`). Tokens compare without case; the table's spelling is sent.
    pub fn choice(&mut self, v: Val, name: &str, alts: &[Alt]) -> Result<()> {
        let expected = || {
            alts.iter()
                .map(|Alt(token, value)| match value {
                    Some(_) => format!("{{ {token}: value }}"),
                    None => format!("'{token}'"),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        match v.type_of()? {
            sys::ValueType::napi_string => {
                let text = v.string_bytes()?;
                let alt = alts.iter().find(|Alt(token, value)| {
                    value.is_none() && token.as_bytes().eq_ignore_ascii_case(&text)
                });
                match alt {
                    Some(Alt(token, _)) => {
                        self.token(token);
                        Ok(())
                    }
                    None => Err(v.invalid_value(&format!(
                        "The \"{name}\" argument must be one of {} (got '{}')",
                        expected(),
                        String::from_utf8_lossy(&text)
                    ))),
                }
            }
            sys::ValueType::napi_object if !v.is_array()? && v.bytes_view()?.is_none() => {
                let keys = v.own_keys()?;
                let [key] = keys.as_slice() else {
                    return Err(v.invalid_value(&format!(
                        "The \"{name}\" argument must be one of {} (an object with exactly one key)",
                        expected()
                    )));
                };
                let alt = alts
                    .iter()
                    .find(|Alt(token, value)| value.is_some() && token.eq_ignore_ascii_case(key));
                match alt {
                    Some(Alt(token, Some(conv))) => {
                        let value = v.property(key)?;
                        self.token(token);
                        self.value(value, &format!("{name}.{key}"), *conv)
                    }
                    _ => Err(v.invalid_value(&format!(
                        "The \"{name}\" argument must be one of {} (got the key '{key}')",
                        expected()
                    ))),
                }
            }
            _ => Err(v.wrong_type(name, &format!("one of {}", expected()))),
        }
    }

    /// A block given as a tuple.
    fn block(&mut self, v: Val, name: &str, token: Option<&str>, members: &[Member]) -> Result<()> {
        let items = v.array(name)?;
        let required = members.iter().filter(|m| !m.optional).count();
        if items.len() < required || items.len() > members.len() {
            return Err(v.invalid_value(&format!(
                "The \"{name}\" argument must be a tuple of {required} to {} values (got {})",
                members.len(),
                items.len()
            )));
        }
        if let Some(token) = token {
            self.token(token);
        }
        for (pos, member) in members.iter().enumerate() {
            let item_name = format!("{name}[{pos}]");
            let item = items.get(pos).copied().filter(|item| !item.is_nullish());
            match (member.conv, item) {
                (None, Some(item)) => {
                    if item.boolean(&item_name)? {
                        if let Some(token) = member.token {
                            self.token(token);
                        }
                    }
                }
                (Some(conv), Some(item)) => {
                    if let Some(token) = member.token {
                        self.token(token);
                    }
                    self.value(item, &item_name, conv)?;
                }
                (_, None) if member.optional => {}
                (_, None) => return Err(v.wrong_type(&item_name, "a value")),
            }
        }
        Ok(())
    }

    /// The options-object field `field` (absent, `undefined` or `null`: nothing).
    pub fn option(&mut self, options: &Options, field: &str, opt: Opt) -> Result<()> {
        let Some(v) = options.field(field)? else {
            return Ok(());
        };
        let name = format!("{}.{field}", options.name);
        match opt {
            Opt::Flag(token) => {
                if v.boolean(&name)? {
                    self.token(token);
                }
                Ok(())
            }
            Opt::Value(token, conv) => {
                if let Some(token) = token {
                    self.token(token);
                }
                self.value(v, &name, conv)
            }
            Opt::Many(token, conv) => self.many(v, &name, conv, token),
            Opt::Block(token, members) => self.block(v, &name, token, members),
            Opt::OneOf(alts) => self.choice(v, &name, alts),
        }
    }
}

/// An options object (`undefined` or `null`: no options) with the names it may hold.
pub struct Options {
    name: String,
    object: Option<Val>,
}

impl Options {
    /// Reads the options parameter `name` of `method`; every own key must be in `fields`.
    pub fn read(v: Option<Val>, method: &str, name: &str, fields: &[&str]) -> Result<Options> {
        let object = match v {
            Some(v) if !v.is_nullish() => v,
            _ => {
                return Ok(Options {
                    name: name.to_string(),
                    object: None,
                })
            }
        };
        if object.type_of()? != sys::ValueType::napi_object || object.is_array()? {
            return Err(object.wrong_type(name, "an object"));
        }
        for key in object.own_keys()? {
            if !fields.contains(&key.as_str()) {
                return Err(object.invalid_value(&format!(
                    "{method}: unknown option '{key}' (known: {})",
                    fields.join(", ")
                )));
            }
        }
        Ok(Options {
            name: name.to_string(),
            object: Some(object),
        })
    }

    /// The value of own property `field`, unless absent, `undefined` or `null`.
    fn field(&self, field: &str) -> Result<Option<Val>> {
        match self.object {
            Some(object) if object.has_own(field)? => {
                Ok(object.get(field)?.filter(|v| !v.is_nullish()))
            }
            _ => Ok(None),
        }
    }

    /// A boolean field (absent: false).
    pub fn flag(&self, field: &str) -> Result<bool> {
        match self.field(field)? {
            Some(v) => v.boolean(&format!("{}.{field}", self.name)),
            None => Ok(false),
        }
    }

    /// A string field.
    pub fn string(&self, field: &str) -> Result<Option<String>> {
        match self.field(field)? {
            Some(v) if v.type_of()? == sys::ValueType::napi_string => Ok(Some(
                String::from_utf8_lossy(&v.string_bytes()?).into_owned(),
            )),
            Some(v) => Err(v.wrong_type(&format!("{}.{field}", self.name), "a string")),
            None => Ok(None),
        }
    }

    /// A non-negative integer field (a number or a BigInt).
    pub fn count(&self, field: &str) -> Result<Option<u64>> {
        let name = format!("{}.{field}", self.name);
        let Some(v) = self.field(field)? else {
            return Ok(None);
        };
        let text = v.convert(&name, Conv::Int)?;
        std::str::from_utf8(&text)
            .ok()
            .and_then(|t| t.parse::<u64>().ok())
            .map(Some)
            .ok_or_else(|| {
                v.invalid_value(&format!(
                    "The \"{name}\" option must be a non-negative integer"
                ))
            })
    }
}

impl Val {
    /// The environment of the call that received the value.
    pub fn env(&self) -> sys::napi_env {
        self.env
    }

    fn type_of(&self) -> Result<sys::napi_valuetype> {
        let mut ty = 0;
        check(
            // SAFETY: `env` and `raw` come from the current call (see `Val`).
            unsafe { sys::napi_typeof(self.env, self.raw, &mut ty) },
            "typeof",
        )?;
        Ok(ty)
    }

    fn type_name(&self) -> &'static str {
        match self.type_of() {
            Ok(sys::ValueType::napi_undefined) => "undefined",
            Ok(sys::ValueType::napi_null) => "null",
            Ok(sys::ValueType::napi_boolean) => "boolean",
            Ok(sys::ValueType::napi_number) => "number",
            Ok(sys::ValueType::napi_string) => "string",
            Ok(sys::ValueType::napi_symbol) => "symbol",
            Ok(sys::ValueType::napi_function) => "function",
            Ok(sys::ValueType::napi_bigint) => "bigint",
            Ok(sys::ValueType::napi_object) if self.is_array().unwrap_or(false) => "an array",
            Ok(sys::ValueType::napi_object) => "object",
            _ => "an unknown type",
        }
    }

    /// The value as napi holds it.
    pub fn raw(&self) -> sys::napi_value {
        self.raw
    }

    /// Checks that the value is a function.
    pub fn expect_function(&self, name: &str) -> Result<()> {
        if self.type_of()? == sys::ValueType::napi_function {
            Ok(())
        } else {
            Err(self.wrong_type(name, "a function"))
        }
    }

    /// A string's text (a lone surrogate becomes U+FFFD).
    pub fn text(&self, name: &str) -> Result<String> {
        if self.type_of()? != sys::ValueType::napi_string {
            return Err(self.wrong_type(name, "a string"));
        }
        Ok(String::from_utf8_lossy(&self.string_bytes()?).into_owned())
    }

    /// `undefined` or `null`.
    pub fn is_nullish(&self) -> bool {
        matches!(
            self.type_of(),
            Ok(sys::ValueType::napi_undefined | sys::ValueType::napi_null)
        )
    }

    fn is_array(&self) -> Result<bool> {
        let mut is = false;
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_is_array(self.env, self.raw, &mut is) },
            "is_array",
        )?;
        Ok(is)
    }

    /// `TypeError [ERR_INVALID_ARG_TYPE]: The "<name>" argument must be <expected> (got <type>)`.
    pub fn wrong_type(&self, name: &str, expected: &str) -> napi::Error {
        js_error(
            self.env,
            ErrorKind::TypeError,
            "ERR_INVALID_ARG_TYPE",
            &format!(
                "The \"{name}\" argument must be {expected} (got {})",
                self.type_name()
            ),
        )
    }

    /// `TypeError [ERR_INVALID_ARG_VALUE]: <message>`.
    pub fn invalid_value(&self, message: &str) -> napi::Error {
        js_error(
            self.env,
            ErrorKind::TypeError,
            "ERR_INVALID_ARG_VALUE",
            message,
        )
    }

    /// The UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, as napi converts it).
    fn string_bytes(&self) -> Result<Vec<u8>> {
        let mut len = 0usize;
        check(
            // SAFETY: as in `type_of`; a null buffer asks for the length only.
            unsafe {
                sys::napi_get_value_string_utf8(self.env, self.raw, ptr::null_mut(), 0, &mut len)
            },
            "reading a string's length",
        )?;
        let mut buf = vec![0u8; len + 1];
        let mut written = 0usize;
        check(
            // SAFETY: `buf` has room for `len` bytes and the terminating NUL napi writes.
            unsafe {
                sys::napi_get_value_string_utf8(
                    self.env,
                    self.raw,
                    buf.as_mut_ptr().cast(),
                    buf.len(),
                    &mut written,
                )
            },
            "reading a string",
        )?;
        buf.truncate(written);
        Ok(buf)
    }

    /// The bytes of a `Buffer` or `Uint8Array` (`None` for any other value).
    fn bytes_view(&self) -> Result<Option<Vec<u8>>> {
        let mut is = false;
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_is_typedarray(self.env, self.raw, &mut is) },
            "is_typedarray",
        )?;
        if !is {
            return Ok(None);
        }
        let mut ty = 0;
        let mut len = 0usize;
        let mut data = ptr::null_mut();
        let mut buffer = ptr::null_mut();
        let mut offset = 0usize;
        check(
            // SAFETY: as in `type_of`; every out pointer is valid.
            unsafe {
                sys::napi_get_typedarray_info(
                    self.env,
                    self.raw,
                    &mut ty,
                    &mut len,
                    &mut data,
                    &mut buffer,
                    &mut offset,
                )
            },
            "reading a typed array",
        )?;
        if ty != sys::TypedarrayType::uint8_array {
            return Ok(None);
        }
        if len == 0 || data.is_null() {
            return Ok(Some(Vec::new()));
        }
        // SAFETY: napi reports `len` bytes at `data` (already offset into the buffer), alive
        // for this call; they are copied before JavaScript can run again.
        let bytes = unsafe { std::slice::from_raw_parts(data.cast::<u8>(), len) };
        Ok(Some(bytes.to_vec()))
    }

    fn number(&self) -> Result<f64> {
        let mut value = 0f64;
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_get_value_double(self.env, self.raw, &mut value) },
            "reading a number",
        )?;
        Ok(value)
    }

    /// A BigInt's exact decimal text.
    fn bigint_text(&self) -> Result<String> {
        let mut sign = 0i32;
        let mut count = 0usize;
        check(
            // SAFETY: as in `type_of`; null sign and words pointers ask for the word count only.
            unsafe {
                sys::napi_get_value_bigint_words(
                    self.env,
                    self.raw,
                    ptr::null_mut(),
                    &mut count,
                    ptr::null_mut(),
                )
            },
            "reading a BigInt's size",
        )?;
        let mut words = vec![0u64; count.max(1)];
        let mut count = words.len();
        check(
            // SAFETY: `words` has room for `count` words.
            unsafe {
                sys::napi_get_value_bigint_words(
                    self.env,
                    self.raw,
                    &mut sign,
                    &mut count,
                    words.as_mut_ptr(),
                )
            },
            "reading a BigInt",
        )?;
        words.truncate(count);
        Ok(decimal(sign != 0, words))
    }

    fn boolean(&self, name: &str) -> Result<bool> {
        if self.type_of()? != sys::ValueType::napi_boolean {
            return Err(self.wrong_type(name, "a boolean"));
        }
        let mut value = false;
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_get_value_bool(self.env, self.raw, &mut value) },
            "reading a boolean",
        )?;
        Ok(value)
    }

    /// The elements of an array.
    pub fn array(&self, name: &str) -> Result<Vec<Val>> {
        if !self.is_array()? {
            return Err(self.wrong_type(name, "an array"));
        }
        let mut len = 0u32;
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_get_array_length(self.env, self.raw, &mut len) },
            "reading an array's length",
        )?;
        (0..len)
            .map(|idx| {
                let mut raw = ptr::null_mut();
                check(
                    // SAFETY: as in `type_of`.
                    unsafe { sys::napi_get_element(self.env, self.raw, idx, &mut raw) },
                    "reading an array",
                )?;
                Ok(Val { env: self.env, raw })
            })
            .collect()
    }

    /// The own enumerable string keys of an object.
    fn own_keys(&self) -> Result<Vec<String>> {
        let mut names = ptr::null_mut();
        check(
            // SAFETY: as in `type_of`.
            unsafe {
                sys::napi_get_all_property_names(
                    self.env,
                    self.raw,
                    sys::KeyCollectionMode::own_only,
                    sys::KeyFilter::enumerable | sys::KeyFilter::skip_symbols,
                    sys::KeyConversion::numbers_to_strings,
                    &mut names,
                )
            },
            "listing an object's keys",
        )?;
        Val {
            env: self.env,
            raw: names,
        }
        .array("keys")?
        .into_iter()
        .map(|key| Ok(String::from_utf8_lossy(&key.string_bytes()?).into_owned()))
        .collect()
    }

    /// Whether the object has an own property `key`.
    fn has_own(&self, key: &str) -> Result<bool> {
        let name = crate::reply::string(self.env, key.as_bytes())?;
        let mut has = false;
        check(
            // SAFETY: as in `type_of`; `name` is a string of the same environment.
            unsafe { sys::napi_has_own_property(self.env, self.raw, name, &mut has) },
            "has_own_property",
        )?;
        Ok(has)
    }

    /// Property `key` (`None` when it is `undefined`).
    fn get(&self, key: &str) -> Result<Option<Val>> {
        let v = self.property(key)?;
        Ok((v.type_of()? != sys::ValueType::napi_undefined).then_some(v))
    }

    /// Property `key`, whatever it holds.
    fn property(&self, key: &str) -> Result<Val> {
        let key =
            CString::new(key).map_err(|_| self.invalid_value("a property name holds a NUL"))?;
        let mut raw = ptr::null_mut();
        check(
            // SAFETY: as in `type_of`; `key` is NUL-terminated.
            unsafe { sys::napi_get_named_property(self.env, self.raw, key.as_ptr(), &mut raw) },
            "reading a property",
        )?;
        Ok(Val { env: self.env, raw })
    }

    /// One argument.
    fn convert(&self, name: &str, conv: Conv) -> Result<Vec<u8>> {
        let ty = self.type_of()?;
        let bytes_ok = matches!(conv, Conv::Key | Conv::Bytes | Conv::ScoreBound);
        match (ty, conv) {
            (sys::ValueType::napi_string, _) if bytes_ok => return self.string_bytes(),
            (sys::ValueType::napi_object, _) if bytes_ok => {
                if let Some(bytes) = self.bytes_view()? {
                    return Ok(bytes);
                }
            }
            (sys::ValueType::napi_number | sys::ValueType::napi_bigint, Conv::Bytes) => {
                return self.js_text();
            }
            (sys::ValueType::napi_number, Conv::Int) => {
                return Ok(integer_text(self.number()?).into_bytes())
            }
            (sys::ValueType::napi_number, Conv::Float | Conv::ScoreBound) => {
                return Ok(ferrite_core::parse::format_double(self.number()?).into_bytes())
            }
            (sys::ValueType::napi_bigint, Conv::Int | Conv::Float | Conv::ScoreBound) => {
                return Ok(self.bigint_text()?.into_bytes())
            }
            _ => {}
        }
        let expected = match conv {
            Conv::Key => "a string, Buffer or Uint8Array",
            Conv::Bytes => "a string, Buffer, Uint8Array, number or BigInt",
            Conv::Int => "an integer (a number or a BigInt)",
            Conv::Float => "a number",
            Conv::ScoreBound => "a number or a string such as '(1.5' or '-inf'",
        };
        Err(self.wrong_type(name, expected))
    }

    /// `String(value)`.
    fn js_text(&self) -> Result<Vec<u8>> {
        let mut text = ptr::null_mut();
        check(
            // SAFETY: as in `type_of`.
            unsafe { sys::napi_coerce_to_string(self.env, self.raw, &mut text) },
            "converting to a string",
        )?;
        Val {
            env: self.env,
            raw: text,
        }
        .string_bytes()
    }
}

/// A number meant as an integer: its exact decimal digits when it is integral (Redis then
/// range-checks it), else the text Redis rejects as not an integer (`1.5`, `nan`, `inf`).
fn integer_text(n: f64) -> String {
    if n == 0.0 {
        // -0 too: JavaScript's -0 === 0, and Redis does not read "-0" as an integer.
        "0".to_string()
    } else if n.is_finite() && n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        ferrite_core::parse::format_double(n)
    }
}

/// The decimal text of a BigInt given as 64-bit words, least significant first.
fn decimal(negative: bool, mut words: Vec<u64>) -> String {
    while words.last() == Some(&0) {
        words.pop();
    }
    if words.is_empty() {
        return "0".to_string();
    }
    // Repeated division by 10^19, collecting 19-digit chunks.
    const CHUNK: u64 = 10_000_000_000_000_000_000;
    let mut chunks = Vec::new();
    while !words.is_empty() {
        let mut rem: u128 = 0;
        for word in words.iter_mut().rev() {
            let cur = (rem << 64) | u128::from(*word);
            *word = (cur / u128::from(CHUNK)) as u64;
            rem = cur % u128::from(CHUNK);
        }
        chunks.push(rem as u64);
        while words.last() == Some(&0) {
            words.pop();
        }
    }
    let mut text = String::new();
    if negative {
        text.push('-');
    }
    let mut iter = chunks.iter().rev();
    if let Some(first) = iter.next() {
        text.push_str(&first.to_string());
    }
    for chunk in iter {
        text.push_str(&format!("{chunk:019}"));
    }
    text
}
