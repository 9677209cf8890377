//! The C target: C names, types and declarations for the model, and the Rust `extern "C"` shim
//! behind each declaration (bindings/c includes it).
//!
//! Conventions (bindings/c/README.md documents them for users):
//! - a method becomes `ferrite_<rust name>` on a `ferrite_db*` and `ferrite_tx_<rust name>` on a
//!   `ferrite_tx*`; the last parameter is always `ferrite_error** err`;
//! - bytes are `const char* x, size_t x_len` (NULL with length 0 is the empty string); many values
//!   are `const ferrite_bytes* xs, size_t xs_count` (or `const int64_t*` / `const double*`); a
//!   repeated block is one column per member plus one count;
//! - a required `oneof` is a C enum (plus `_value` when an alternative carries one); an options
//!   struct is `const ferrite_<cmd>_options*` (NULL: none set), its `oneof`s an enum whose 0 means
//!   absent, its optional numbers a `has_` flag plus the value;
//! - the reply shape decides the return type (see `reply`).
//!
//! Invariant: this is the only module that spells a C type or a name of the C API.

use std::collections::BTreeMap;

use anyhow::{bail, Result};

use crate::model::snake_case;
use crate::model::{
    Alternative, Arg, ArgKind, Command, Expect, Method, MethodKind, Model, OneOf, ParamType,
    ReplyKind, Retype, Scalar, Value,
};
use crate::targets::rust;

/// A C keyword or a name the header already uses (a parameter may not be called that).
const KEYWORDS: &[&str] = &[
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "bool",
    "true",
    "false",
    "db",
    "tx",
    "err",
    "class",
    "new",
    "delete",
    "template",
    "this",
    "operator",
    "private",
    "public",
    "namespace",
];

/// Whether `name` cannot be a C parameter name.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Names the hand-written part of ferrite.h declares (a generated name may not take one).
pub const RESERVED: &[&str] = &[
    "ferrite_db",
    "ferrite_tx",
    "ferrite_iter",
    "ferrite_error",
    "ferrite_errcode",
    "ferrite_error_message",
    "ferrite_error_code",
    "ferrite_error_free",
    "ferrite_free",
    "ferrite_version",
    "ferrite_model_hash",
    "ferrite_bytes",
    "ferrite_list_kind",
    "ferrite_list",
    "ferrite_reply_type",
    "ferrite_reply",
    "ferrite_type",
    "ferrite_sync_mode",
    "ferrite_config",
    "ferrite_config_init",
    "ferrite_open",
    "ferrite_open_with_config",
    "ferrite_open_memory",
    "ferrite_with_db",
    "ferrite_close",
    "ferrite_db_free",
    "ferrite_sync",
    "ferrite_snapshot",
    "ferrite_stats",
    "ferrite_stats_get",
    "ferrite_execute",
    "ferrite_tx_execute",
    "ferrite_tx_fn",
    "ferrite_transaction",
    "ferrite_scan_iter",
    "ferrite_iter_next",
    "ferrite_iter_free",
    "ferrite_test_fail_next",
];

/// The whole C API as the templates print it.
#[derive(Debug, Clone)]
pub struct CApi {
    /// The C enums of every `oneof`, sorted by name.
    pub enums: Vec<CEnum>,
    /// The options structs.
    pub structs: Vec<CStruct>,
    /// Every command function: the database receiver first, then the transaction one.
    pub functions: Vec<CFn>,
}

/// A C enum for a core enum.
#[derive(Debug, Clone)]
pub struct CEnum {
    /// `ferrite_set_expiration`.
    pub name: String,
    /// The Rust path of the core enum.
    pub rust_path: String,
    /// (`FERRITE_SET_EXPIRATION_EX`, value, comment), `_NONE = 0` first.
    pub constants: Vec<(String, usize, String)>,
}

/// An options struct.
#[derive(Debug, Clone)]
pub struct CStruct {
    /// `ferrite_set_options`.
    pub name: String,
    /// The Rust options struct (`SetOptions`).
    pub rust_name: String,
    /// The shim function converting it (`convert_set_options`).
    pub convert_fn: String,
    /// The command's syntax line.
    pub syntax: String,
    /// C field declarations with a comment each: (`bool get`, `GET`).
    pub fields: Vec<(String, String)>,
    /// Rust field declarations of the `#[repr(C)]` mirror (`pub get: bool`).
    pub rust_fields: Vec<String>,
    /// Statements building the Rust options value `opts` from `o: &ferrite_set_options`.
    pub convert: Vec<String>,
}

/// One C function.
#[derive(Debug, Clone)]
pub struct CFn {
    /// `ferrite_set_ex`.
    pub name: String,
    /// Doc lines (summary, syntax, reply contract).
    pub doc: Vec<String>,
    /// Whether the receiver is a transaction.
    pub tx: bool,
    /// C return type (`int`).
    pub c_ret: String,
    /// C parameters after the handle, before `err` (`const char* key`).
    pub c_params: Vec<String>,
    /// Rust return type of the shim (`c_int`).
    pub rust_ret: String,
    /// Rust parameters of the shim after the handle, before `err`.
    pub rust_params: Vec<String>,
    /// Statements converting the C parameters into the method's arguments.
    pub prelude: Vec<String>,
    /// The method call on `h` (`h.set_ex(key, value, milliseconds)`).
    pub call: String,
    /// The expression turning `res` into the C return value.
    pub ret: String,
    /// What the function returns when it fails (Rust).
    pub fail: String,
    /// The same failure value as a C expression (`NULL`, `-1`, `FERRITE_TYPE_ERROR`).
    pub c_fail: String,
    /// One zero argument per C parameter after the handle (`NULL` for pointers, else `0`), for
    /// the misuse test.
    pub zero_args: Vec<String>,
}

/// The C enum type of a core enum.
pub fn enum_type(enum_name: &str) -> String {
    format!("ferrite_{}", snake_case(enum_name))
}

/// A constant of a C enum (`FERRITE_SET_EXPIRATION_EX`).
pub fn enum_constant(enum_name: &str, variant: &str) -> String {
    format!(
        "FERRITE_{}_{}",
        snake_case(enum_name).to_ascii_uppercase(),
        variant.to_ascii_uppercase()
    )
}

/// The C options struct of a Rust options struct (`SetOptions` -> `ferrite_set_options`).
pub fn options_type(rust_name: &str) -> String {
    format!("ferrite_{}", snake_case(rust_name))
}

/// The transaction function of a database function name.
pub fn tx_name(c_name: &str) -> String {
    match c_name.strip_prefix("ferrite_") {
        Some(rest) => format!("ferrite_tx_{rest}"),
        None => format!("ferrite_tx_{c_name}"),
    }
}

/// The C column name of block member `member` of repeated block `block` (`scores`).
pub fn column_name(block: &str, member: &str, taken: &[String]) -> String {
    let plural = format!("{member}s");
    if taken.contains(&plural) {
        format!("{block}_{plural}")
    } else {
        plural
    }
}

/// The value type of a `oneof`'s alternatives, if any carries one.
pub(crate) fn oneof_value(oneof: &OneOf) -> Result<Option<Scalar>> {
    let mut found: Option<Scalar> = None;
    for alt in &oneof.alternatives {
        if let Some(v) = alt.value {
            let v = match v {
                Scalar::Integer | Scalar::Cursor => Scalar::Integer,
                Scalar::Float => Scalar::Float,
                other => bail!(
                    "C target: oneof {} alternative {} carries a {other:?}; only numbers are supported",
                    oneof.enum_name,
                    alt.token
                ),
            };
            match found {
                Some(f) if f != v => bail!(
                    "C target: the alternatives of oneof {} carry different value types",
                    oneof.enum_name
                ),
                _ => found = Some(v),
            }
        }
    }
    Ok(found)
}

fn number_c(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Float => "double",
        Scalar::Cursor => "uint64_t",
        _ => "int64_t",
    }
}

fn number_rust(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Float => "f64",
        Scalar::Cursor => "u64",
        _ => "i64",
    }
}

/// The match arms building a core enum value from a C enum value `v` (value in `value`).
fn enum_arms(path: &str, oneof: &OneOf, value: &str, wrap: &str) -> Vec<String> {
    oneof
        .alternatives
        .iter()
        .enumerate()
        .map(|(i, alt): (usize, &Alternative)| {
            let built = match alt.value {
                Some(_) => format!("{path}::{}({value})", alt.variant),
                None => format!("{path}::{}", alt.variant),
            };
            let built = if wrap.is_empty() {
                built
            } else {
                format!("{wrap}({built})")
            };
            format!("{} => {built},", i + 1)
        })
        .collect()
}

/// Parameters and conversions of one method parameter.
struct ParamParts {
    c: Vec<String>,
    rust: Vec<String>,
    prelude: Vec<String>,
    arg: String,
}

fn bytes_param(name: &str) -> (Vec<String>, Vec<String>) {
    (
        vec![format!("const char* {name}"), format!("size_t {name}_len")],
        vec![
            format!("{name}: *const c_char"),
            format!("{name}_len: usize"),
        ],
    )
}

/// The `rt` parser of a bound scalar (`score_bound`), `None` for any other scalar.
fn bound_parser(scalar: Scalar) -> Option<&'static str> {
    match scalar {
        Scalar::ScoreBound => Some("score_bound"),
        Scalar::LexBound => Some("lex_bound"),
        _ => None,
    }
}

/// The Rust expression reading a bytes-like scalar from the C pointer `ptr` and length `len`:
/// borrowed bytes (owned when `owned`), or a parsed bound.
fn read_bytes_scalar(scalar: Scalar, ptr: &str, len: &str, label: &str, owned: bool) -> String {
    let bytes = format!("rt::bytes({ptr}, {len}, \"{label}\")?");
    match bound_parser(scalar) {
        Some(parse) => format!("rt::{parse}({bytes})?"),
        None if owned => format!("{bytes}.to_vec()"),
        None => bytes,
    }
}

fn scalar_param(name: &str, scalar: Scalar) -> ParamParts {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound => {
            let (c, rust) = bytes_param(name);
            let read = read_bytes_scalar(scalar, name, &format!("{name}_len"), name, false);
            ParamParts {
                c,
                rust,
                prelude: vec![format!("let {name} = {read};")],
                arg: name.to_string(),
            }
        }
        Scalar::Integer | Scalar::Float | Scalar::Cursor => ParamParts {
            c: vec![format!("{} {name}", number_c(scalar))],
            rust: vec![format!("{name}: {}", number_rust(scalar))],
            prelude: vec![],
            arg: name.to_string(),
        },
    }
}

/// A column of values: C declarations (without the count) of the parameter or field `name`,
/// and the statement reading it from `src` (`name`, or `o.name` for an options field) into a
/// `Vec` named `var` of `count` elements.
fn column(
    name: &str,
    src: &str,
    var: &str,
    count: &str,
    scalar: Scalar,
) -> (String, String, String) {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound => {
            let read = format!("rt::bytes_array({src}, {count}, \"{name}\")?");
            let read = match bound_parser(scalar) {
                Some(parse) => {
                    format!("{read}.into_iter().map(rt::{parse}).collect::<Result<Vec<_>, _>>()?")
                }
                None => read,
            };
            (
                format!("const ferrite_bytes* {name}"),
                format!("{name}: *const ferrite_bytes"),
                format!("let {var} = {read};"),
            )
        }
        Scalar::Integer | Scalar::Float | Scalar::Cursor => (
            format!("const {}* {name}", number_c(scalar)),
            format!("{name}: *const {}", number_rust(scalar)),
            format!("let {var} = rt::array({src}, {count}, \"{name}\")?.to_vec();"),
        ),
    }
}

fn param_parts(cmd: &Command, name: &str, ty: &ParamType, taken: &[String]) -> Result<ParamParts> {
    Ok(match ty {
        ParamType::Scalar(scalar) => scalar_param(name, *scalar),
        ParamType::Retyped(retype) => match retype {
            Retype::Integer => scalar_param(name, Scalar::Integer),
            Retype::Float => scalar_param(name, Scalar::Float),
            Retype::DurationS | Retype::DurationMs | Retype::UnixTimeS | Retype::UnixTimeMs => {
                let conv = match retype {
                    Retype::DurationS => "duration_s",
                    Retype::DurationMs => "duration_ms",
                    Retype::UnixTimeS => "unix_time_s",
                    _ => "unix_time_ms",
                };
                ParamParts {
                    c: vec![format!("int64_t {name}")],
                    rust: vec![format!("{name}: i64")],
                    prelude: vec![format!(
                        "let {name} = rt::{conv}({name}, \"{}\")?;",
                        cmd.lower_name
                    )],
                    arg: name.to_string(),
                }
            }
        },
        ParamType::Many(scalar) => {
            let count = format!("{name}_count");
            let (c, r, stmt) = column(name, name, name, &count, *scalar);
            ParamParts {
                c: vec![c, format!("size_t {count}")],
                rust: vec![r, format!("{count}: usize")],
                prelude: vec![stmt],
                arg: format!("{name}.as_slice()"),
            }
        }
        ParamType::Tuples(members) => {
            let member_names: Vec<String> = match cmd.arg(name).map(|a| &a.kind) {
                Some(ArgKind::Block(args)) if args.len() == members.len() => {
                    args.iter().map(|a| a.name.clone()).collect()
                }
                _ => (0..members.len()).map(|i| format!("m{i}")).collect(),
            };
            let count = format!("{name}_count");
            let mut parts = ParamParts {
                c: vec![],
                rust: vec![],
                prelude: vec![],
                arg: format!("{name}.as_slice()"),
            };
            let mut vars = Vec::new();
            for (member, scalar) in member_names.iter().zip(members) {
                let others: Vec<String> = taken.iter().filter(|t| *t != name).cloned().collect();
                let col = column_name(name, member, &others);
                let var = format!("{name}_{member}");
                let (c, r, stmt) = column(&col, &col, &var, &count, *scalar);
                parts.c.push(c);
                parts.rust.push(r);
                parts.prelude.push(stmt);
                vars.push(var);
            }
            parts.c.push(format!("size_t {count}"));
            parts.rust.push(format!("{count}: usize"));
            // Zip the columns (the count checked each), then flatten the nested pairs.
            let mut iter = format!("{}.into_iter()", vars[0]);
            let mut pattern = vars[0].clone();
            for var in &vars[1..] {
                iter = format!("{iter}.zip({var})");
                pattern = format!("({pattern}, {var})");
            }
            let tuple = if vars.len() == 1 {
                format!("({},)", vars[0])
            } else {
                format!("({})", vars.join(", "))
            };
            parts.prelude.push(format!(
                "let {name}: Vec<_> = {iter}.map(|{pattern}| {tuple}).collect();"
            ));
            parts
        }
        ParamType::Enum(enum_name) => {
            let Some(oneof) = cmd.oneof(enum_name) else {
                bail!("C target: {}: no oneof {enum_name}", cmd.name);
            };
            let path = rust::enum_path(&cmd.group, enum_name);
            let value = oneof_value(oneof)?;
            let mut parts = ParamParts {
                c: vec![format!("{} {name}", enum_type(enum_name))],
                rust: vec![format!("{name}: c_int")],
                prelude: vec![],
                arg: name.to_string(),
            };
            if let Some(v) = value {
                parts.c.push(format!("{} {name}_value", number_c(v)));
                parts.rust.push(format!("{name}_value: {}", number_rust(v)));
            }
            let arms = enum_arms(&path, oneof, &format!("{name}_value"), "").join(" ");
            parts.prelude.push(format!(
                "let {name} = match {name} {{ {arms} other => return Err(rt::bad_enum(\"{name}\", other)) }};"
            ));
            parts
        }
        ParamType::Options(rust_name) => ParamParts {
            c: vec![format!("const {}* {name}", options_type(rust_name))],
            rust: vec![format!("{name}: *const {}", options_type(rust_name))],
            prelude: vec![format!(
                "let {name} = convert_{}({name})?;",
                snake_case(rust_name)
            )],
            arg: format!("&{name}"),
        },
    })
}

/// The C return type, extra out-parameters (C, Rust), the conversion of `res`, the failure value
/// and the reply contract for the documentation.
struct ReplyParts {
    c_ret: &'static str,
    rust_ret: &'static str,
    out_c: Vec<String>,
    out_rust: Vec<String>,
    ret: String,
    fail: &'static str,
    doc: &'static str,
}

fn reply(kind: ReplyKind) -> ReplyParts {
    use ReplyKind as K;
    let simple = |c_ret, rust_ret, ret: &str, fail, doc| ReplyParts {
        c_ret,
        rust_ret,
        out_c: vec![],
        out_rust: vec![],
        ret: ret.to_string(),
        fail,
        doc,
    };
    let with_out = |c_ty: &str, r_ty: &str, ret: &str, doc| ReplyParts {
        c_ret: "int",
        rust_ret: "c_int",
        out_c: vec![format!("{c_ty}* out")],
        out_rust: vec![format!("out: *mut {r_ty}")],
        ret: ret.to_string(),
        fail: "-1",
        doc,
    };
    let bytes = |ret: &str, doc| ReplyParts {
        c_ret: "char*",
        rust_ret: "*mut c_char",
        out_c: vec!["size_t* out_len".to_string()],
        out_rust: vec!["out_len: *mut usize".to_string()],
        ret: ret.to_string(),
        fail: "std::ptr::null_mut()",
        doc,
    };
    let list = |ret: &str, doc| ReplyParts {
        c_ret: "ferrite_list*",
        rust_ret: "*mut ferrite_list",
        out_c: vec![],
        out_rust: vec![],
        ret: ret.to_string(),
        fail: "std::ptr::null_mut()",
        doc,
    };
    match kind {
        K::Ok => simple("int", "c_int", "{ let () = res; 0 }", "-1", "Returns 0, or -1 on error."),
        K::Bool => simple("int", "c_int", "c_int::from(res)", "-1", "Returns 1 or 0, or -1 on error."),
        K::Integer => simple("int64_t", "i64", "res", "0", "Returns the integer reply, or 0 with *err set on error."),
        K::Count => simple("int64_t", "i64", "rt::count(res)", "-1", "Returns the count, or -1 on error."),
        K::OptionalCount => with_out("int64_t", "i64", "rt::opt_out(out, res.map(rt::count))", "Stores the count in *out and returns 1; returns 0 for nil and -1 on error."),
        K::OptionalInteger => with_out("int64_t", "i64", "rt::opt_out(out, res)", "Stores the integer in *out and returns 1; returns 0 for nil and -1 on error."),
        K::Float | K::IncrFloat => simple("double", "f64", "res", "0.0", "Returns the number, or 0 with *err set on error."),
        K::OptionalFloat => with_out("double", "f64", "rt::opt_out(out, res)", "Stores the number in *out and returns 1; returns 0 for nil and -1 on error."),
        K::OptionalDurationS => with_out("int64_t", "i64", "rt::opt_out(out, res.map(rt::seconds))", "Stores the time to live in seconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error."),
        K::OptionalDurationMs => with_out("int64_t", "i64", "rt::opt_out(out, res.map(rt::millis))", "Stores the time to live in milliseconds in *out and returns 1; returns 0 when the key has none or does not exist, and -1 on error."),
        K::Bytes => bytes("rt::ret_bytes(Some(res), out_len)?", "Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free, or NULL on error."),
        K::OptionalBytes => bytes("rt::ret_bytes(res, out_len)?", "Returns a NUL-terminated copy (length in *out_len) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set)."),
        K::OptionalString => bytes("rt::ret_bytes(res.map(String::into_bytes), out_len)?", "Returns the UTF-8 text, NUL-terminated (length in *out_len), to release with ferrite_free; NULL for nil (*err unset) or on error (*err set)."),
        K::List => list("rt::list_items(FERRITE_LIST_LIST, res)?", "Returns a FERRITE_LIST_LIST (items) to release with ferrite_free, or NULL on error."),
        K::Set => list("rt::list_items(FERRITE_LIST_SET, res)?", "Returns a FERRITE_LIST_SET (items, in no particular order) to release with ferrite_free, or NULL on error."),
        K::OptionalList => list("match res { Some(v) => rt::list_items(FERRITE_LIST_LIST, v)?, None => std::ptr::null_mut() }", "Returns a FERRITE_LIST_LIST (items) to release with ferrite_free; NULL for nil (*err unset) or on error (*err set)."),
        K::OptionalBytesList => list("rt::list_optional_items(res)?", "Returns a FERRITE_LIST_OPTIONAL_ITEMS (items; a nil item has ptr NULL) to release with ferrite_free, or NULL on error."),
        K::Map => list("rt::list_map(res)?", "Returns a FERRITE_LIST_MAP (items are the fields, values the values) to release with ferrite_free, or NULL on error."),
        K::ScoredList => list("rt::list_scored(res)?", "Returns a FERRITE_LIST_SCORED (items are the members, scores their scores) to release with ferrite_free, or NULL on error."),
        K::BoolList => list("rt::list_integers(FERRITE_LIST_BOOLS, res.into_iter().map(i64::from))?", "Returns a FERRITE_LIST_BOOLS (integers are 0 or 1) to release with ferrite_free, or NULL on error."),
        K::IntegerList => list("rt::list_integers(FERRITE_LIST_INTEGERS, res)?", "Returns a FERRITE_LIST_INTEGERS (integers) to release with ferrite_free, or NULL on error."),
        K::OptionalFloatList => list("rt::list_optional_scores(res)?", "Returns a FERRITE_LIST_OPTIONAL_SCORES (scores; integers[i] is 0 where the score is nil) to release with ferrite_free, or NULL on error."),
        K::CursorPage => list("rt::list_page(res)?", "Returns a FERRITE_LIST_PAGE (cursor is the next cursor, 0 when done; items) to release with ferrite_free, or NULL on error."),
        K::KeyType => simple("ferrite_type", "c_int", "rt::key_type(res)", "-1", "Returns the key's type (FERRITE_TYPE_NONE when it does not exist), or -1 (FERRITE_TYPE_ERROR) on error."),
        K::Reply => ReplyParts {
            c_ret: "ferrite_reply*",
            rust_ret: "*mut ferrite_reply",
            out_c: vec![],
            out_rust: vec![],
            ret: "rt::reply(&res)?".to_string(),
            fail: "std::ptr::null_mut()",
            doc: "Returns the reply tree to release with ferrite_free, or NULL on error.",
        },
    }
}

fn function(cmd: &Command, method: &Method, tx: bool) -> Result<CFn> {
    let taken: Vec<String> = method.params.iter().map(|p| p.name.clone()).collect();
    let mut c_params = Vec::new();
    let mut rust_params = Vec::new();
    let mut prelude = Vec::new();
    let mut args = Vec::new();
    for param in &method.params {
        let parts = param_parts(cmd, &param.name, &param.ty, &taken)?;
        c_params.extend(parts.c);
        rust_params.extend(parts.rust);
        prelude.extend(parts.prelude);
        args.push(parts.arg);
    }
    let reply = reply(method.reply);
    c_params.extend(reply.out_c);
    rust_params.extend(reply.out_rust);
    let mut doc = vec![method.summary.clone(), format!("`{}`", cmd.syntax)];
    if method.kind == MethodKind::WithOptions {
        if let Some(options) = &cmd.options_struct {
            doc.push(format!(
                "The optional arguments come from *options ({}; NULL: none).",
                options_type(options)
            ));
        }
    }
    doc.push(reply.doc.to_string());
    let doc = doc.into_iter().map(|d| d.replace("*/", "* /")).collect();
    Ok(CFn {
        name: if tx {
            tx_name(&method.names.c)
        } else {
            method.names.c.clone()
        },
        doc,
        tx,
        c_ret: reply.c_ret.to_string(),
        rust_ret: reply.rust_ret.to_string(),
        rust_params,
        prelude,
        call: format!("h.{}({})", method.names.rust, args.join(", ")),
        ret: reply.ret,
        fail: reply.fail.to_string(),
        c_fail: c_failure(reply.c_ret, reply.fail),
        zero_args: c_params.iter().map(|p| zero_arg(p)).collect(),
        c_params,
    })
}

fn options_struct(cmd: &Command) -> Result<Option<CStruct>> {
    let Some(rust_name) = &cmd.options_struct else {
        return Ok(None);
    };
    let mut fields = Vec::new();
    let mut rust_fields = Vec::new();
    let mut convert = Vec::new();
    for arg in &cmd.options {
        let n = &arg.name;
        let syntax = arg.syntax();
        match &arg.kind {
            ArgKind::Flag => {
                fields.push((format!("bool {n}"), syntax));
                rust_fields.push(format!("pub {n}: bool"));
                convert.push(format!("opts.{n} = o.{n};"));
            }
            ArgKind::Scalar(scalar) if arg.multiple => {
                let (c, r, stmt) =
                    column(n, &format!("o.{n}"), n, &format!("o.{n}_count"), *scalar);
                fields.push((c, syntax.clone()));
                fields.push((format!("size_t {n}_count"), format!("number of {n}")));
                rust_fields.push(format!("pub {}", r));
                rust_fields.push(format!("pub {n}_count: usize"));
                convert.push(format!("if o.{n}_count > 0 {{ {stmt} opts.{n} = Some({n}.into_iter().map(|v| v.to_owned()).collect()); }}"));
            }
            ArgKind::Scalar(scalar) => match scalar {
                Scalar::Key
                | Scalar::Bytes
                | Scalar::Pattern
                | Scalar::ScoreBound
                | Scalar::LexBound => {
                    fields.push((
                        format!("const char* {n}"),
                        format!("{syntax} (NULL: absent)"),
                    ));
                    fields.push((format!("size_t {n}_len"), format!("length of {n}")));
                    rust_fields.push(format!("pub {n}: *const c_char"));
                    rust_fields.push(format!("pub {n}_len: usize"));
                    let read = read_bytes_scalar(
                        *scalar,
                        &format!("o.{n}"),
                        &format!("o.{n}_len"),
                        n,
                        true,
                    );
                    convert.push(format!(
                        "if !o.{n}.is_null() {{ opts.{n} = Some({read}); }}"
                    ));
                }
                Scalar::Integer | Scalar::Float | Scalar::Cursor => {
                    fields.push((format!("bool has_{n}"), format!("whether {n} is set")));
                    fields.push((format!("{} {n}", number_c(*scalar)), syntax));
                    rust_fields.push(format!("pub has_{n}: bool"));
                    rust_fields.push(format!("pub {n}: {}", number_rust(*scalar)));
                    convert.push(format!("if o.has_{n} {{ opts.{n} = Some(o.{n}); }}"));
                }
            },
            ArgKind::OneOf(oneof) => {
                let path = rust::enum_path(&cmd.group, &oneof.enum_name);
                fields.push((
                    format!("{} {n}", enum_type(&oneof.enum_name)),
                    format!("{syntax} (0: absent)"),
                ));
                rust_fields.push(format!("pub {n}: c_int"));
                let value = oneof_value(oneof)?;
                if let Some(v) = value {
                    fields.push((
                        format!("{} {n}_value", number_c(v)),
                        format!("the value of {n}'s alternative"),
                    ));
                    rust_fields.push(format!("pub {n}_value: {}", number_rust(v)));
                }
                let arms = enum_arms(&path, oneof, &format!("o.{n}_value"), "Some").join(" ");
                convert.push(format!(
                    "opts.{n} = match o.{n} {{ 0 => None, {arms} other => return Err(rt::bad_enum(\"{n}\", other)) }};"
                ));
            }
            ArgKind::Block(members) => {
                fields.push((format!("bool has_{n}"), format!("whether {syntax} is set")));
                rust_fields.push(format!("pub has_{n}: bool"));
                let mut parts = Vec::new();
                for m in members {
                    let f = format!("{n}_{}", m.name);
                    match m.kind {
                        ArgKind::Flag => {
                            fields.push((format!("bool {f}"), m.syntax()));
                            rust_fields.push(format!("pub {f}: bool"));
                            parts.push(format!("o.{f}"));
                        }
                        ArgKind::Scalar(s @ (Scalar::Integer | Scalar::Float | Scalar::Cursor)) => {
                            if m.optional {
                                fields.push((format!("bool has_{f}"), format!("whether {f} is set")));
                                rust_fields.push(format!("pub has_{f}: bool"));
                                parts.push(format!("o.has_{f}.then_some(o.{f})"));
                            } else {
                                parts.push(format!("o.{f}"));
                            }
                            fields.push((format!("{} {f}", number_c(s)), format!("{} of {n}", m.name)));
                            rust_fields.push(format!("pub {f}: {}", number_rust(s)));
                        }
                        ArgKind::Scalar(Scalar::Key | Scalar::Bytes | Scalar::Pattern) => {
                            fields.push((format!("const char* {f}"), format!("{} of {n}", m.name)));
                            fields.push((format!("size_t {f}_len"), format!("length of {f}")));
                            rust_fields.push(format!("pub {f}: *const c_char"));
                            rust_fields.push(format!("pub {f}_len: usize"));
                            let read = format!("rt::bytes(o.{f}, o.{f}_len, \"{f}\")?.to_vec()");
                            parts.push(if m.optional {
                                format!("if o.{f}.is_null() {{ None }} else {{ Some({read}) }}")
                            } else {
                                read
                            });
                        }
                        _ => bail!(
                            "C target: {}: option block {n} has a member {} of a kind C does not support",
                            cmd.name,
                            m.name
                        ),
                    }
                }
                let tuple = if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                };
                convert.push(format!("if o.has_{n} {{ opts.{n} = Some({tuple}); }}"));
            }
        }
    }
    Ok(Some(CStruct {
        name: options_type(rust_name),
        rust_name: rust_name.clone(),
        convert_fn: format!("convert_{}", snake_case(rust_name)),
        syntax: cmd.syntax.clone(),
        fields,
        rust_fields,
        convert,
    }))
}

fn collect_enums(cmd: &Command, args: &[Arg], out: &mut BTreeMap<String, CEnum>) {
    for arg in args {
        match &arg.kind {
            ArgKind::OneOf(oneof) => {
                let name = enum_type(&oneof.enum_name);
                let mut constants = vec![(
                    enum_constant(&oneof.enum_name, "none"),
                    0,
                    "absent (an options field left unset)".to_string(),
                )];
                for (i, alt) in oneof.alternatives.iter().enumerate() {
                    let comment = match alt.value {
                        Some(_) => format!("{} <value>", alt.token),
                        None => alt.token.clone(),
                    };
                    constants.push((
                        enum_constant(&oneof.enum_name, &alt.variant),
                        i + 1,
                        comment,
                    ));
                }
                out.entry(name.clone()).or_insert(CEnum {
                    name,
                    rust_path: rust::enum_path(&cmd.group, &oneof.enum_name),
                    constants,
                });
            }
            ArgKind::Block(members) => collect_enums(cmd, members, out),
            _ => {}
        }
    }
}

/// The C API of the model.
pub fn api(model: &Model) -> Result<CApi> {
    let mut enums = BTreeMap::new();
    let mut structs = Vec::new();
    let mut functions = Vec::new();
    for cmd in &model.commands {
        collect_enums(cmd, &cmd.args, &mut enums);
        if let Some(s) = options_struct(cmd)? {
            structs.push(s);
        }
    }
    for tx in [false, true] {
        for cmd in &model.commands {
            for method in &cmd.methods {
                functions.push(function(cmd, method, tx)?);
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let names = functions
        .iter()
        .map(|f| &f.name)
        .chain(enums.values().map(|e| &e.name))
        .chain(structs.iter().map(|s| &s.name));
    for name in names {
        if RESERVED.contains(&name.as_str()) {
            bail!("C target: the generated name {name} is taken by the hand-written part of ferrite.h");
        }
        if !seen.insert(name.clone()) {
            bail!("C target: the name {name} is generated twice");
        }
    }
    Ok(CApi {
        enums: enums.into_values().collect(),
        structs,
        functions,
    })
}

/// The C failure value of a function returning `c_ret` whose Rust shim fails with `rust_fail`.
fn c_failure(c_ret: &str, rust_fail: &str) -> String {
    if c_ret.ends_with('*') {
        "NULL".to_string()
    } else if c_ret == "ferrite_type" {
        "FERRITE_TYPE_ERROR".to_string()
    } else {
        rust_fail.to_string()
    }
}

/// The zero argument of a C parameter declaration (`const char* key` -> `NULL`, `size_t n` -> `0`).
fn zero_arg(param: &str) -> String {
    if param.contains('*') { "NULL" } else { "0" }.to_string()
}

/// The receivers' functions as the misuse test calls them.
#[derive(Debug, Clone)]
pub struct MisuseView {
    /// Every `ferrite_*` command function on a `ferrite_db*`.
    pub db: Vec<MisuseCall>,
    /// Every `ferrite_tx_*` command function on a `ferrite_tx*`.
    pub tx: Vec<MisuseCall>,
}

/// One call of the misuse test.
#[derive(Debug, Clone)]
pub struct MisuseCall {
    /// `ferrite_get`.
    pub name: String,
    /// The call with the handle `h` and zero arguments (`ferrite_get(h, NULL, 0, NULL, &err)`).
    pub call: String,
    /// The documented failure value.
    pub fail: String,
}

/// The misuse test's calls: every generated function with zero arguments.
pub fn misuse(api: &CApi) -> MisuseView {
    let call = |f: &CFn| MisuseCall {
        name: f.name.clone(),
        call: format!(
            "{}(h, {}&err)",
            f.name,
            f.zero_args
                .iter()
                .map(|a| format!("{a}, "))
                .collect::<String>()
        ),
        fail: f.c_fail.clone(),
    };
    MisuseView {
        db: api.functions.iter().filter(|f| !f.tx).map(call).collect(),
        tx: api.functions.iter().filter(|f| f.tx).map(call).collect(),
    }
}

/// One example of the table as a C initializer.
#[derive(Debug, Clone)]
pub struct ExampleView {
    /// `get_0`: the Rust method name and the example's index, as in the Rust tests.
    pub name: String,
    /// Why it cannot run yet, as a C string literal, or `NULL`.
    pub skip: String,
    /// The setup commands: a `const ferrite_example_argv*` expression (`NULL` for none).
    pub setup: String,
    /// How many setup commands.
    pub setup_count: usize,
    /// The argv: a `ferrite_example_argv` initializer.
    pub argv: String,
    /// The expected error text as a C string literal, or `NULL`.
    pub error: String,
    /// Its length.
    pub error_len: usize,
    /// The expected reply as a `ferrite_reply` initializer (nil when an error is expected).
    pub expect: String,
    /// Compare arrays as multisets.
    pub unordered: bool,
}

fn argv_initializer(argv: &[String]) -> String {
    let items: Vec<String> = argv
        .iter()
        .map(|a| format!("{{{}, {}}}", c_string(a.as_bytes()), a.len()))
        .collect();
    format!(
        "{{(const ferrite_bytes[]){{{}}}, {}}}",
        items.join(", "),
        argv.len()
    )
}

fn reply_initializer(value: &Value) -> String {
    match value {
        Value::Nil => "{FERRITE_REPLY_NIL, 0, NULL, 0, NULL, 0}".to_string(),
        Value::Status(text) => format!(
            "{{FERRITE_REPLY_STATUS, 0, {}, {}, NULL, 0}}",
            c_string(text.as_bytes()),
            text.len()
        ),
        Value::Integer(n) if *n == i64::MIN => {
            "{FERRITE_REPLY_INTEGER, INT64_MIN, NULL, 0, NULL, 0}".to_string()
        }
        Value::Integer(n) => format!("{{FERRITE_REPLY_INTEGER, INT64_C({n}), NULL, 0, NULL, 0}}"),
        Value::Bulk(text) => format!(
            "{{FERRITE_REPLY_BULK, 0, {}, {}, NULL, 0}}",
            c_string(text.as_bytes()),
            text.len()
        ),
        Value::Array(items) if items.is_empty() => {
            "{FERRITE_REPLY_ARRAY, 0, NULL, 0, NULL, 0}".to_string()
        }
        Value::Array(items) => format!(
            "{{FERRITE_REPLY_ARRAY, 0, NULL, 0, (const ferrite_reply[]){{{}}}, {}}}",
            items
                .iter()
                .map(reply_initializer)
                .collect::<Vec<_>>()
                .join(", "),
            items.len()
        ),
    }
}

/// The examples of every command, in table order, named as the Rust tests name them.
pub fn examples(model: &Model) -> Vec<ExampleView> {
    model
        .commands
        .iter()
        .flat_map(|cmd| {
            cmd.examples.iter().enumerate().map(move |(idx, example)| {
                let (error, error_len, expect) = match &example.expect {
                    Expect::Reply(value) => ("NULL".to_string(), 0, reply_initializer(value)),
                    Expect::Error(text) => (
                        c_string(text.as_bytes()),
                        text.len(),
                        reply_initializer(&Value::Nil),
                    ),
                };
                ExampleView {
                    name: format!("{}_{idx}", cmd.names.rust),
                    skip: match example.skip_reason() {
                        None => "NULL".to_string(),
                        Some(reason) => c_string(reason.as_bytes()),
                    },
                    setup: if example.setup.is_empty() {
                        "NULL".to_string()
                    } else {
                        format!(
                            "(const ferrite_example_argv[]){{{}}}",
                            example
                                .setup
                                .iter()
                                .map(|argv| argv_initializer(argv))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    },
                    setup_count: example.setup.len(),
                    argv: argv_initializer(&example.argv),
                    error,
                    error_len,
                    expect,
                    unordered: example.unordered,
                }
            })
        })
        .collect()
}

/// The C string literal of `bytes` (octal escapes for anything not printable ASCII).
pub fn c_string(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut prev_octal = false;
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"),
            0x20..=0x7e if !(prev_octal && b.is_ascii_digit()) => out.push(b as char),
            _ => {
                out.push_str(&format!("\\{b:03o}"));
                prev_octal = true;
                continue;
            }
        }
        prev_octal = false;
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_string_is_binary_safe() {
        assert_eq!(c_string(b"GET"), r#""GET""#);
        assert_eq!(c_string(b"a\"b\\c?"), r#""a\"b\\c\?""#);
        // NUL, a digit after an octal escape, a high byte, a newline.
        assert_eq!(
            c_string(&[0, b'7', 0xff, b'\n', b'x']),
            r#""\000\067\377\012x""#
        );
        assert_eq!(c_string(b""), r#""""#);
    }

    #[test]
    fn reply_initializers() {
        let value = Value::Array(vec![
            Value::Integer(i64::MIN),
            Value::Array(vec![]),
            Value::Status("OK".into()),
            Value::Nil,
        ]);
        assert_eq!(
            reply_initializer(&value),
            "{FERRITE_REPLY_ARRAY, 0, NULL, 0, (const ferrite_reply[]){\
             {FERRITE_REPLY_INTEGER, INT64_MIN, NULL, 0, NULL, 0}, \
             {FERRITE_REPLY_ARRAY, 0, NULL, 0, NULL, 0}, \
             {FERRITE_REPLY_STATUS, 0, \"OK\", 2, NULL, 0}, \
             {FERRITE_REPLY_NIL, 0, NULL, 0, NULL, 0}}, 4}"
        );
        assert_eq!(
            argv_initializer(&["SET".into(), "".into()]),
            "{(const ferrite_bytes[]){{\"SET\", 3}, {\"\", 0}}, 2}"
        );
    }

    #[test]
    fn failure_values_and_zero_arguments() {
        assert_eq!(c_failure("char*", "std::ptr::null_mut()"), "NULL");
        assert_eq!(c_failure("ferrite_type", "-1"), "FERRITE_TYPE_ERROR");
        assert_eq!(c_failure("double", "0.0"), "0.0");
        assert_eq!(zero_arg("const ferrite_bytes* keys"), "NULL");
        assert_eq!(zero_arg("size_t keys_count"), "0");
        assert_eq!(zero_arg("ferrite_set_condition condition"), "0");
    }
}
