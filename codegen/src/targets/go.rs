//! The Go target: Go names, types and statements for the model, over the C API (cgo).
//!
//! Every method calls the C function that `c::api` declares for it (`ferrite_<m>` for `*DB`,
//! `ferrite_tx_<m>` for `*Tx`), passing the C arguments in the order that target lays them out;
//! `api` checks, per function, that its argument list names exactly the header's parameters.
//!
//! Conventions (bindings/go/README.md documents them for users):
//! - method names are the model's `names.go` (`SetEx`, `HGetAll`); every method is on both `*DB`
//!   and `*Tx`, from one template;
//! - keys, patterns and score/lex bounds are `string`, other bytes `[]byte`; integers `int64`,
//!   floats `float64`, cursors `uint64`; retyped durations `time.Duration`, points in time
//!   `time.Time`; many values a variadic last parameter (else a slice); a repeated block a slice
//!   of a struct named after its members (`ScoreMember`);
//! - a required `oneof` is a Go enum type (the core enum's name) whose constants are the C
//!   constants (`SetConditionNX`), plus `<name>Value` when an alternative carries a value;
//! - an options struct is `<GoName>Options`, passed by value; its zero value sets nothing:
//!   optional numbers and strings are pointers, optional bytes nil, flags false, `oneof`s 0,
//!   blocks a nil pointer to their member struct;
//! - replies: `error` alone for ok, `(T, error)`, and `(T, bool, error)` (comma-ok) for an
//!   optional scalar; nil slices for nil; elements that may be nil are pointers (`[]*float64`)
//!   or nil slices (`[][]byte`). Every method returning bytes also gets `<Name>String`.
//!
//! Invariant: this is the only module that spells a Go type or a name of the Go API.

use std::collections::BTreeMap;

use anyhow::{bail, Result};

use crate::model::{
    Arg, ArgKind, Command, Example, Expect, Method, Model, ParamType, ReplyKind, Retype, Scalar,
    Value,
};
use crate::targets::c::{self, CFn};

/// Go keywords: never an identifier.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Whether `name` is a Go keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Identifiers the generated method bodies use that a parameter must not shadow (predeclared
/// names and imported packages); a parameter called like one gets the suffix `Arg`.
const SHADOWED: &[&str] = &[
    "C", "any", "append", "bool", "byte", "cap", "copy", "error", "false", "float64", "int",
    "int64", "len", "make", "new", "nil", "string", "time", "true", "uint64", "unsafe",
];

/// Prefix of the hand-written helpers the generated code calls (`ffiStr`); no parameter may
/// start with it.
const HELPER_PREFIX: &str = "ffi";

/// Names the hand-written part of the package declares; no generated type may take one.
pub const RESERVED_TYPES: &[&str] = &[
    "DB",
    "Tx",
    "Reply",
    "ReplyKind",
    "KeyType",
    "Error",
    "ErrorCode",
    "Config",
    "SyncMode",
    "Stats",
    "KeyIterator",
    "ScoredMember",
];

/// Methods the hand-written part declares on `*DB` and `*Tx`; no generated method may take one.
pub const RESERVED_METHODS: &[&str] = &[
    "Close",
    "Execute",
    "Transaction",
    "ScanIter",
    "Sync",
    "Snapshot",
    "Stats",
    "WithDB",
    "Path",
];

/// Short words Go spells in capitals inside identifiers.
const INITIALISMS: &[(&str, &str)] = &[
    ("db", "DB"),
    ("nx", "NX"),
    ("xx", "XX"),
    ("gt", "GT"),
    ("lt", "LT"),
    ("ch", "CH"),
    ("id", "ID"),
    ("ttl", "TTL"),
];

/// `destination_db` -> `DestinationDB`.
pub fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| match INITIALISMS.iter().find(|(w, _)| *w == part) {
            Some((_, upper)) => upper.to_string(),
            None => {
                let mut chars = part.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
        })
        .collect()
}

/// `new_key` -> `newKey`; a name the body uses (`len`) -> `lenArg`.
pub fn param_name(snake: &str) -> String {
    let mut parts = snake.split('_').filter(|p| !p.is_empty());
    let first = parts.next().unwrap_or_default().to_string();
    let rest: String = parts.map(pascal).collect();
    let name = format!("{first}{rest}");
    if is_keyword(&name) || SHADOWED.contains(&name.as_str()) {
        format!("{name}Arg")
    } else {
        name
    }
}

/// A struct field: (name, Go type, doc comment).
pub type Field = (String, String, String);

/// The whole Go API as the templates print it.
#[derive(Debug, Clone)]
pub struct GoApi {
    /// The model hash (`0x...`).
    pub hash: String,
    /// Whether the file needs `import "time"`.
    pub uses_time: bool,
    /// The enum types of every `oneof`, sorted by name.
    pub enums: Vec<GoEnum>,
    /// The member structs of blocks, sorted by name.
    pub structs: Vec<GoStruct>,
    /// The options structs, in command order.
    pub options: Vec<GoOptions>,
    /// `*DB`, then `*Tx`, each with every method.
    pub receivers: Vec<GoReceiver>,
}

/// A Go enum type for a core enum.
#[derive(Debug, Clone)]
pub struct GoEnum {
    /// `SetExpiration`.
    pub name: String,
    /// The C enum type (`ferrite_set_expiration`).
    pub c_type: String,
    /// The syntax of the choice (`EX seconds | PX milliseconds | ...`).
    pub syntax: String,
    /// (Go constant, C constant, token), table order.
    pub constants: Vec<(String, String, String)>,
}

/// A struct holding one occurrence of a block.
#[derive(Debug, Clone, PartialEq)]
pub struct GoStruct {
    /// `ScoreMember`.
    pub name: String,
    /// The block's syntax (`score member`).
    pub syntax: String,
    /// The fields.
    pub fields: Vec<Field>,
    /// For a repeated block: the arena method that lays a slice of it out as C columns.
    pub columns: Option<GoColumns>,
}

/// The C columns of a slice of block structs.
#[derive(Debug, Clone, PartialEq)]
pub struct GoColumns {
    /// `columnsScoreMember`.
    pub method: String,
    /// The results (`*C.double, *C.ferrite_bytes`).
    pub results: String,
    /// The statements of the body (`xs` is the slice, `a` the arena).
    pub body: Vec<String>,
}

/// An options struct.
#[derive(Debug, Clone)]
pub struct GoOptions {
    /// `SetOptions`.
    pub name: String,
    /// The C struct (`ferrite_set_options`).
    pub c_type: String,
    /// The command's syntax line.
    pub syntax: String,
    /// The fields.
    pub fields: Vec<Field>,
    /// Statements filling `c` (the C struct in arena memory) from `o`.
    pub convert: Vec<String>,
}

/// A receiver and its methods.
#[derive(Debug, Clone)]
pub struct GoReceiver {
    /// `db`.
    pub var: String,
    /// `DB`.
    pub ty: String,
    /// Every method.
    pub methods: Vec<GoMethod>,
}

/// One method.
#[derive(Debug, Clone)]
pub struct GoMethod {
    /// `SetEx`.
    pub name: String,
    /// Doc comment lines, each printed after `//` (text lines start with a space, code lines
    /// with a tab).
    pub doc: Vec<String>,
    /// The parameter list (`key string, value []byte`).
    pub params: String,
    /// The result list (`([]byte, error)`).
    pub results: String,
    /// The body's statements.
    pub body: Vec<String>,
}

/// Per-kind facts of a Go reply.
struct GoReply {
    /// The result list.
    results: &'static str,
    /// What the method returns when it cannot call C (before `err_`).
    zero: &'static str,
    /// The declaration of the out variable, if the C function has one.
    out: Option<&'static str>,
    /// The return statement's expression after the call (`r_` result, `e_` error).
    ret: String,
}

fn go_reply(kind: ReplyKind) -> GoReply {
    use ReplyKind as K;
    let r = |results, zero, out, ret: &str| GoReply {
        results,
        zero,
        out,
        ret: ret.to_string(),
    };
    match kind {
        K::Ok => r("error", "", None, "ffiErr(e_)"),
        K::Bool => r("(bool, error)", "false", None, "ffiBool(r_, e_)"),
        K::Integer | K::Count => r("(int64, error)", "0", None, "ffiInt(r_, e_)"),
        K::OptionalCount | K::OptionalInteger => r(
            "(int64, bool, error)",
            "0, false",
            Some("var out_ C.int64_t"),
            "ffiOptInt(r_, out_, e_)",
        ),
        K::Float | K::IncrFloat => r("(float64, error)", "0", None, "ffiFloat(r_, e_)"),
        K::OptionalFloat => r(
            "(float64, bool, error)",
            "0, false",
            Some("var out_ C.double"),
            "ffiOptFloat(r_, out_, e_)",
        ),
        K::OptionalDurationS => r(
            "(time.Duration, bool, error)",
            "0, false",
            Some("var out_ C.int64_t"),
            "ffiOptDuration(r_, out_, time.Second, e_)",
        ),
        K::OptionalDurationMs => r(
            "(time.Duration, bool, error)",
            "0, false",
            Some("var out_ C.int64_t"),
            "ffiOptDuration(r_, out_, time.Millisecond, e_)",
        ),
        K::Bytes => r(
            "([]byte, error)",
            "nil",
            Some("var n_ C.size_t"),
            "ffiRetBytes(r_, n_, e_)",
        ),
        K::OptionalBytes => r(
            "([]byte, error)",
            "nil",
            Some("var n_ C.size_t"),
            "ffiRetOptBytes(r_, n_, e_)",
        ),
        K::OptionalString => r(
            "(string, bool, error)",
            "\"\", false",
            Some("var n_ C.size_t"),
            "ffiRetOptString(r_, n_, e_)",
        ),
        K::List | K::Set => r("([][]byte, error)", "nil", None, "ffiItems(r_, e_)"),
        K::OptionalList => r("([][]byte, error)", "nil", None, "ffiOptItems(r_, e_)"),
        K::OptionalBytesList => r("([][]byte, error)", "nil", None, "ffiItems(r_, e_)"),
        K::Map => r("(map[string][]byte, error)", "nil", None, "ffiMap(r_, e_)"),
        K::ScoredList => r("([]ScoredMember, error)", "nil", None, "ffiScored(r_, e_)"),
        K::BoolList => r("([]bool, error)", "nil", None, "ffiBools(r_, e_)"),
        K::IntegerList => r("([]int64, error)", "nil", None, "ffiInts(r_, e_)"),
        K::OptionalFloatList => r("([]*float64, error)", "nil", None, "ffiOptFloats(r_, e_)"),
        K::KeyType => r("(KeyType, error)", "TypeNone", None, "ffiKeyType(r_, e_)"),
        K::CursorPage => r(
            "(uint64, [][]byte, error)",
            "0, nil",
            None,
            "ffiPage(r_, e_)",
        ),
        K::Reply => r("(Reply, error)", "Reply{}", None, "ffiReply(r_, e_)"),
    }
}

/// The Go type of one value of a scalar.
fn scalar_type(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound => "string",
        Scalar::Bytes => "[]byte",
        Scalar::Integer => "int64",
        Scalar::Float => "float64",
        Scalar::Cursor => "uint64",
    }
}

/// The C number type of a numeric scalar (as cgo names it).
fn c_number(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Float => "C.double",
        Scalar::Cursor => "C.uint64_t",
        _ => "C.int64_t",
    }
}

/// The arena method copying a slice of this scalar into C memory.
fn arena_slice(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Bytes => "bytesArray",
        Scalar::Key | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound => "strsArray",
        Scalar::Integer => "int64Array",
        Scalar::Float => "float64Array",
        Scalar::Cursor => "uint64Array",
    }
}

/// The C pointer type of a column of this scalar.
fn column_type(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Integer => "*C.int64_t",
        Scalar::Float => "*C.double",
        Scalar::Cursor => "*C.uint64_t",
        _ => "*C.ferrite_bytes",
    }
}

/// The struct (name, fields) of a block's members; optional members become pointers (numbers,
/// strings) or nil-able bytes.
fn block_struct(members: &[Arg]) -> Result<(String, Vec<Field>)> {
    let mut name = String::new();
    let mut fields = Vec::new();
    for m in members {
        let field = pascal(&m.name);
        name.push_str(&field);
        let ty = match (&m.kind, m.optional) {
            (ArgKind::Flag, _) => "bool".to_string(),
            (ArgKind::Scalar(Scalar::Bytes), _) => "[]byte".to_string(),
            (ArgKind::Scalar(s), false) => scalar_type(*s).to_string(),
            (ArgKind::Scalar(s), true) => format!("*{}", scalar_type(*s)),
            _ => bail!(
                "Go target: block member {} is neither a flag nor a value",
                m.name
            ),
        };
        let what = m.name.replace('_', "-");
        let comment = match (&m.kind, m.optional) {
            (ArgKind::Flag, _) => format!("{field} sets {}.", m.syntax()),
            (_, true) => format!("{field} is the {what} (nil: absent)."),
            _ => format!("{field} is the {what}."),
        };
        fields.push((field, ty, comment));
    }
    Ok((name, fields))
}

/// The syntax of a block's members (`score member`).
fn block_syntax(members: &[Arg]) -> String {
    members
        .iter()
        .map(Arg::syntax)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Collects generated types, refusing two different shapes under one name.
#[derive(Default)]
struct Types {
    structs: BTreeMap<String, GoStruct>,
    enums: BTreeMap<String, GoEnum>,
}

impl Types {
    fn add_struct(&mut self, s: GoStruct) -> Result<()> {
        if RESERVED_TYPES.contains(&s.name.as_str()) {
            bail!(
                "Go target: the block struct {} would take a name of the hand-written package",
                s.name
            );
        }
        match self.structs.get_mut(&s.name) {
            None => {
                self.structs.insert(s.name.clone(), s);
            }
            Some(existing) if existing.fields == s.fields && existing.syntax == s.syntax => {
                if existing.columns.is_none() {
                    existing.columns = s.columns;
                }
            }
            Some(_) => bail!(
                "Go target: two blocks with members named {} have different types",
                s.name
            ),
        }
        Ok(())
    }

    /// The struct of a repeated block, with its columns method.
    fn tuple_struct(&mut self, members: &[Arg], columns: &[String]) -> Result<GoStruct> {
        let (name, fields) = block_struct(members)?;
        let mut body = Vec::new();
        let mut results = Vec::new();
        let mut returned = Vec::new();
        for (m, col) in members.iter().zip(columns) {
            let ArgKind::Scalar(scalar) = m.kind else {
                bail!("Go target: repeated block member {} is not a value", m.name);
            };
            let var = format!("{}_", param_name(col));
            body.push(format!("{var} := make([]{}, len(xs))", scalar_type(scalar)));
            returned.push(format!("a.{}({var})", arena_slice(scalar)));
            results.push(column_type(scalar));
        }
        body.push("for i, x := range xs {".to_string());
        for ((field, _, _), col) in fields.iter().zip(columns) {
            body.push(format!("{}_[i] = x.{field}", param_name(col)));
        }
        body.push("}".to_string());
        body.push(format!("return {}", returned.join(", ")));
        let s = GoStruct {
            name: name.clone(),
            syntax: block_syntax(members),
            fields,
            columns: Some(GoColumns {
                method: format!("columns{name}"),
                results: if results.len() == 1 {
                    results[0].to_string()
                } else {
                    format!("({})", results.join(", "))
                },
                body,
            }),
        };
        self.add_struct(s.clone())?;
        Ok(s)
    }

    fn add_enum(&mut self, arg: &Arg) -> Result<()> {
        let ArgKind::OneOf(oneof) = &arg.kind else {
            return Ok(());
        };
        let name = oneof.enum_name.clone();
        if RESERVED_TYPES.contains(&name.as_str()) {
            bail!("Go target: the enum {name} would take a name of the hand-written package");
        }
        let constants = oneof
            .alternatives
            .iter()
            .map(|alt| {
                let token: String = alt
                    .token
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect();
                (
                    format!("{name}{token}"),
                    c::enum_constant(&name, &alt.variant),
                    alt.token.clone(),
                )
            })
            .collect();
        let syntax = arg.syntax();
        let syntax = syntax
            .trim_start_matches(['[', '<'])
            .trim_end_matches([']', '>'])
            .to_string();
        self.enums.entry(name.clone()).or_insert(GoEnum {
            c_type: c::enum_type(&name),
            name,
            syntax,
            constants,
        });
        Ok(())
    }
}

fn collect_enums(args: &[Arg], types: &mut Types) -> Result<()> {
    for arg in args {
        match &arg.kind {
            ArgKind::OneOf(_) => types.add_enum(arg)?,
            ArgKind::Block(members) => collect_enums(members, types)?,
            _ => {}
        }
    }
    Ok(())
}

/// The Go name of a command's options struct (`ZRangeOptions`).
fn options_name(cmd: &Command) -> String {
    format!("{}Options", cmd.names.go)
}

fn options_struct(cmd: &Command, types: &mut Types) -> Result<Option<GoOptions>> {
    let Some(rust_name) = &cmd.options_struct else {
        return Ok(None);
    };
    let name = options_name(cmd);
    let mut fields = Vec::new();
    let mut convert = Vec::new();
    for arg in &cmd.options {
        let n = &arg.name;
        let f = pascal(n);
        let syntax = arg.syntax();
        match &arg.kind {
            ArgKind::Flag => {
                fields.push((f.clone(), "bool".to_string(), format!("{f} sets {syntax}.")));
                convert.push(format!("c.{n} = C.bool(o.{f})"));
            }
            ArgKind::Scalar(scalar) if arg.multiple => {
                fields.push((
                    f.clone(),
                    format!("[]{}", scalar_type(*scalar)),
                    format!("{f} is {syntax} (empty: absent)."),
                ));
                convert.push(format!(
                    "if len(o.{f}) > 0 {{ c.{n} = a.{}(o.{f}); c.{n}_count = C.size_t(len(o.{f})) }}",
                    arena_slice(*scalar)
                ));
            }
            ArgKind::Scalar(Scalar::Bytes) => {
                fields.push((
                    f.clone(),
                    "[]byte".to_string(),
                    format!("{f} is {syntax} (nil: absent)."),
                ));
                convert.push(format!(
                    "if o.{f} != nil {{ c.{n}, c.{n}_len = a.bytes(o.{f}) }}"
                ));
            }
            ArgKind::Scalar(
                Scalar::Key | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound,
            ) => {
                fields.push((
                    f.clone(),
                    "*string".to_string(),
                    format!("{f} is {syntax} (nil: absent)."),
                ));
                convert.push(format!(
                    "if o.{f} != nil {{ c.{n}, c.{n}_len = a.str(*o.{f}) }}"
                ));
            }
            ArgKind::Scalar(scalar) => {
                fields.push((
                    f.clone(),
                    format!("*{}", scalar_type(*scalar)),
                    format!("{f} is {syntax} (nil: absent)."),
                ));
                convert.push(format!(
                    "if o.{f} != nil {{ c.has_{n} = true; c.{n} = {}(*o.{f}) }}",
                    c_number(*scalar)
                ));
            }
            ArgKind::OneOf(oneof) => {
                fields.push((
                    f.clone(),
                    oneof.enum_name.clone(),
                    format!("{f} is {syntax} (0: absent)."),
                ));
                convert.push(format!(
                    "c.{n} = C.{}(o.{f})",
                    c::enum_type(&oneof.enum_name)
                ));
                if let Some(v) = c::oneof_value(oneof)? {
                    fields.push((
                        format!("{f}Value"),
                        scalar_type(v).to_string(),
                        format!("{f}Value is the value of {f}'s alternative, if it takes one."),
                    ));
                    convert.push(format!("c.{n}_value = {}(o.{f}Value)", c_number(v)));
                }
            }
            ArgKind::Block(members) => {
                let (struct_name, struct_fields) = block_struct(members)?;
                types.add_struct(GoStruct {
                    name: struct_name.clone(),
                    syntax: block_syntax(members),
                    fields: struct_fields.clone(),
                    columns: None,
                })?;
                fields.push((
                    f.clone(),
                    format!("*{struct_name}"),
                    format!("{f} is {syntax} (nil: absent)."),
                ));
                let mut inner = vec![format!("c.has_{n} = true")];
                for (m, (mf, _, _)) in members.iter().zip(&struct_fields) {
                    let cf = format!("{n}_{}", m.name);
                    let v = format!("o.{f}.{mf}");
                    match (&m.kind, m.optional) {
                        (ArgKind::Flag, _) => inner.push(format!("c.{cf} = C.bool({v})")),
                        (ArgKind::Scalar(Scalar::Bytes), true) => inner.push(format!(
                            "if {v} != nil {{ c.{cf}, c.{cf}_len = a.bytes({v}) }}"
                        )),
                        (ArgKind::Scalar(Scalar::Bytes), false) => {
                            inner.push(format!("c.{cf}, c.{cf}_len = a.bytes({v})"))
                        }
                        (ArgKind::Scalar(s), true) if !s.is_bytes() => inner.push(format!(
                            "if {v} != nil {{ c.has_{cf} = true; c.{cf} = {}(*{v}) }}",
                            c_number(*s)
                        )),
                        (ArgKind::Scalar(s), false) if !s.is_bytes() => {
                            inner.push(format!("c.{cf} = {}({v})", c_number(*s)))
                        }
                        (ArgKind::Scalar(_), true) => inner.push(format!(
                            "if {v} != nil {{ c.{cf}, c.{cf}_len = a.str(*{v}) }}"
                        )),
                        (ArgKind::Scalar(_), false) => {
                            inner.push(format!("c.{cf}, c.{cf}_len = a.str({v})"))
                        }
                        _ => bail!(
                            "Go target: {}: option block {n} has a member {} of a kind Go does not support",
                            cmd.name,
                            m.name
                        ),
                    }
                }
                convert.push(format!("if o.{f} != nil {{"));
                convert.extend(inner);
                convert.push("}".to_string());
            }
        }
    }
    Ok(Some(GoOptions {
        name,
        c_type: c::options_type(rust_name),
        syntax: cmd.syntax.clone(),
        fields,
        convert,
    }))
}

/// The last identifier of a C parameter declaration (`const char* key` -> `key`).
fn c_param_name(decl: &str) -> &str {
    decl.rsplit([' ', '*']).next().unwrap_or(decl)
}

/// One Go method parameter: its declaration, the statements preparing it, the C arguments it
/// becomes, the C parameter names those stand for, and whether it needs the arena.
struct GoParam {
    name: String,
    ty: String,
    /// Variadic when last.
    many: bool,
    prepare: Vec<String>,
    c_args: Vec<String>,
    c_names: Vec<String>,
    arena: bool,
}

fn go_param(
    cmd: &Command,
    method: &Method,
    param: &crate::model::Param,
    types: &mut Types,
) -> Result<GoParam> {
    let snake = &param.name;
    let name = param_name(snake);
    if name.starts_with(HELPER_PREFIX) || name.ends_with('_') {
        bail!(
            "Go target: {}: parameter {name} would shadow a helper",
            cmd.name
        );
    }
    let mut p = GoParam {
        name: name.clone(),
        ty: String::new(),
        many: false,
        prepare: vec![],
        c_args: vec![],
        c_names: vec![],
        arena: false,
    };
    let scalar_args = |scalar: Scalar, p: &mut GoParam| match scalar {
        Scalar::Bytes => {
            p.c_args = vec![
                format!("ffiBytes({name})"),
                format!("C.size_t(len({name}))"),
            ];
            p.c_names = vec![snake.clone(), format!("{snake}_len")];
        }
        Scalar::Key | Scalar::Pattern | Scalar::ScoreBound | Scalar::LexBound => {
            p.c_args = vec![format!("ffiStr({name})"), format!("C.size_t(len({name}))")];
            p.c_names = vec![snake.clone(), format!("{snake}_len")];
        }
        number => {
            p.c_args = vec![format!("{}({name})", c_number(number))];
            p.c_names = vec![snake.clone()];
        }
    };
    match &param.ty {
        ParamType::Scalar(scalar) => {
            p.ty = scalar_type(*scalar).to_string();
            scalar_args(*scalar, &mut p);
        }
        ParamType::Retyped(retype) => {
            let (ty, arg) = match retype {
                Retype::Integer => ("int64", format!("C.int64_t({name})")),
                Retype::Float => ("float64", format!("C.double({name})")),
                Retype::DurationS => ("time.Duration", format!("C.int64_t({name} / time.Second)")),
                Retype::DurationMs => (
                    "time.Duration",
                    format!("C.int64_t({name} / time.Millisecond)"),
                ),
                Retype::UnixTimeS => ("time.Time", format!("C.int64_t({name}.Unix())")),
                Retype::UnixTimeMs => ("time.Time", format!("C.int64_t({name}.UnixMilli())")),
            };
            p.ty = ty.to_string();
            p.c_args = vec![arg];
            p.c_names = vec![snake.clone()];
        }
        ParamType::Many(scalar) => {
            p.ty = scalar_type(*scalar).to_string();
            p.many = true;
            p.arena = true;
            p.c_args = vec![
                format!("a_.{}({name})", arena_slice(*scalar)),
                format!("C.size_t(len({name}))"),
            ];
            p.c_names = vec![snake.clone(), format!("{snake}_count")];
        }
        ParamType::Tuples(_) => {
            let Some(Arg {
                kind: ArgKind::Block(members),
                ..
            }) = cmd.arg(snake)
            else {
                bail!("Go target: {}: no repeated block {snake}", cmd.name);
            };
            let taken: Vec<String> = method
                .params
                .iter()
                .map(|q| q.name.clone())
                .filter(|q| q != snake)
                .collect();
            let columns: Vec<String> = members
                .iter()
                .map(|m| c::column_name(snake, &m.name, &taken))
                .collect();
            let s = types.tuple_struct(members, &columns)?;
            p.ty = s.name.clone();
            p.many = true;
            p.arena = true;
            let vars: Vec<String> = columns
                .iter()
                .map(|c| format!("{}_", param_name(c)))
                .collect();
            p.prepare.push(format!(
                "{} := a_.columns{}({name})",
                vars.join(", "),
                s.name
            ));
            p.c_args = vars;
            p.c_args.push(format!("C.size_t(len({name}))"));
            p.c_names = columns;
            p.c_names.push(format!("{snake}_count"));
        }
        ParamType::Enum(enum_name) => {
            let Some(oneof) = cmd.oneof(enum_name) else {
                bail!("Go target: {}: no oneof {enum_name}", cmd.name);
            };
            p.ty = enum_name.clone();
            p.c_args = vec![format!("C.{}({name})", c::enum_type(enum_name))];
            p.c_names = vec![snake.clone()];
            if let Some(v) = c::oneof_value(oneof)? {
                // The value becomes a second parameter; see `method`.
                p.c_args.push(format!("{}({name}Value)", c_number(v)));
                p.c_names.push(format!("{snake}_value"));
                p.ty = format!("{enum_name}, {name}Value {}", scalar_type(v));
            }
        }
        ParamType::Options(_) => {
            p.ty = options_name(cmd);
            p.arena = true;
            p.c_args = vec![format!("{name}.ffi(&a_)")];
            p.c_names = vec![snake.clone()];
        }
    }
    Ok(p)
}

/// The first letter of a summary lowered to follow a method name ("Returns" -> "returns"),
/// unless it starts an acronym ("GET, decoded").
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second))
            if first.is_ascii_uppercase() && second.is_ascii_lowercase() =>
        {
            first.to_ascii_lowercase().to_string() + &text[1..]
        }
        _ => text.to_string(),
    }
}

/// The methods (plain, and the String convenience) of one C function on one receiver.
fn methods(
    cmd: &Command,
    method: &Method,
    cfn: &CFn,
    var: &str,
    types: &mut Types,
) -> Result<Vec<GoMethod>> {
    let name = method.names.go.clone();
    let reply = go_reply(method.reply);
    let mut params = Vec::new();
    for param in &method.params {
        params.push(go_param(cmd, method, param, types)?);
    }
    // The C call must name exactly the header's parameters.
    let mut c_names: Vec<String> = params.iter().flat_map(|p| p.c_names.clone()).collect();
    let mut c_args: Vec<String> = params.iter().flat_map(|p| p.c_args.clone()).collect();
    match reply.out {
        Some(decl) if decl.starts_with("var n_") => {
            c_names.push("out_len".to_string());
            c_args.push("&n_".to_string());
        }
        Some(_) => {
            c_names.push("out".to_string());
            c_args.push("&out_".to_string());
        }
        None => {}
    }
    let header: Vec<String> = cfn
        .c_params
        .iter()
        .map(|d| c_param_name(d).to_string())
        .collect();
    if header != c_names {
        bail!(
            "Go target: {} is out of step with the C target: header parameters {header:?}, Go passes {c_names:?}",
            cfn.name
        );
    }
    let last = params.len().saturating_sub(1);
    let decls: Vec<String> = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.many && i == last {
                format!("{} ...{}", p.name, p.ty)
            } else if p.many {
                format!("{} []{}", p.name, p.ty)
            } else {
                format!("{} {}", p.name, p.ty)
            }
        })
        .collect();
    let call_args: Vec<String> = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let value_param =
                matches!(method.params[i].ty, ParamType::Enum(_)) && p.c_args.len() == 2;
            let base = if p.many && i == last {
                format!("{}...", p.name)
            } else {
                p.name.clone()
            };
            if value_param {
                format!("{base}, {}Value", p.name)
            } else {
                base
            }
        })
        .collect();
    let zero_return = if reply.zero.is_empty() {
        "return err_".to_string()
    } else {
        format!("return {}, err_", reply.zero)
    };
    let mut body = vec![
        format!("h_, err_ := {var}.acquire()"),
        "if err_ != nil {".to_string(),
        zero_return,
        "}".to_string(),
        format!("defer {var}.release()"),
    ];
    if params.iter().any(|p| p.arena) {
        body.push("a_ := ffiArena{}".to_string());
        body.push("defer a_.free()".to_string());
    }
    for p in &params {
        body.extend(p.prepare.iter().cloned());
    }
    body.push("var e_ *C.ferrite_error".to_string());
    if let Some(out) = reply.out {
        body.push(out.to_string());
    }
    let mut all_args = vec!["h_".to_string()];
    all_args.extend(c_args);
    all_args.push("&e_".to_string());
    let call = format!("C.{}({})", cfn.name, all_args.join(", "));
    if method.reply == ReplyKind::Ok {
        body.push(call);
    } else {
        body.push(format!("r_ := {call}"));
    }
    body.push(format!("return {}", reply.ret));
    let mut doc = vec![
        format!(" {name} {}", lower_first(&method.summary)),
        String::new(),
        format!("\t{}", cmd.syntax),
    ];
    if method.kind == crate::model::MethodKind::WithOptions {
        doc.push(String::new());
        doc.push(format!(
            " The optional arguments come from options ({}; the zero value sets none).",
            options_name(cmd)
        ));
    }
    let mut out = vec![GoMethod {
        name: name.clone(),
        doc,
        params: decls.join(", "),
        results: reply.results.to_string(),
        body,
    }];
    let convenience = match method.reply {
        ReplyKind::Bytes => Some((
            "(string, error)",
            "ffiString",
            "with the result as a string",
        )),
        ReplyKind::OptionalBytes => Some((
            "(string, bool, error)",
            "ffiOptString",
            "with the result as a string; ok is false for nil",
        )),
        _ => None,
    };
    if let Some((results, helper, what)) = convenience {
        out.push(GoMethod {
            name: format!("{name}String"),
            doc: vec![format!(" {name}String is {name} {what}.")],
            params: decls.join(", "),
            results: results.to_string(),
            body: vec![format!(
                "return {helper}({var}.{name}({}))",
                call_args.join(", ")
            )],
        });
    }
    Ok(out)
}

/// The Go API of the model.
pub fn api(model: &Model) -> Result<GoApi> {
    let capi = c::api(model)?;
    let mut cfns = capi.functions.iter();
    let mut types = Types::default();
    let mut options = Vec::new();
    for cmd in &model.commands {
        collect_enums(&cmd.args, &mut types)?;
        if let Some(o) = options_struct(cmd, &mut types)? {
            options.push(o);
        }
    }
    let mut receivers = Vec::new();
    // c::api lists the database functions, then the transaction ones, in model order.
    for (var, ty, tx) in [("db", "DB", false), ("tx", "Tx", true)] {
        let mut list = Vec::new();
        for cmd in &model.commands {
            for method in &cmd.methods {
                let Some(cfn) = cfns.next() else {
                    bail!("Go target: the C API has fewer functions than the model has methods");
                };
                let expected = if tx {
                    c::tx_name(&method.names.c)
                } else {
                    method.names.c.clone()
                };
                if cfn.name != expected || cfn.tx != tx {
                    bail!(
                        "Go target: expected the C function {expected}, the C API lists {}",
                        cfn.name
                    );
                }
                list.extend(methods(cmd, method, cfn, var, &mut types)?);
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for m in &list {
            if RESERVED_METHODS.contains(&m.name.as_str()) {
                bail!("Go target: the method {} is hand-written on {ty}", m.name);
            }
            if !seen.insert(m.name.clone()) {
                bail!("Go target: the method {ty}.{} is generated twice", m.name);
            }
        }
        receivers.push(GoReceiver {
            var: var.to_string(),
            ty: ty.to_string(),
            methods: list,
        });
    }
    if cfns.next().is_some() {
        bail!("Go target: the C API has more functions than the model has methods");
    }
    let mut type_names = std::collections::BTreeSet::new();
    let names = types
        .enums
        .keys()
        .chain(types.structs.keys())
        .chain(options.iter().map(|o| &o.name));
    for name in names {
        if RESERVED_TYPES.contains(&name.as_str()) {
            bail!("Go target: the type {name} is hand-written");
        }
        if !type_names.insert(name.clone()) {
            bail!("Go target: the type {name} is generated twice");
        }
    }
    let uses_time = receivers.iter().flat_map(|r| &r.methods).any(|m| {
        m.params.contains("time.")
            || m.results.contains("time.")
            || m.body.iter().any(|l| l.contains("time."))
    });
    Ok(GoApi {
        hash: format!("0x{:016x}", model.hash()),
        uses_time,
        enums: types.enums.into_values().collect(),
        structs: types.structs.into_values().collect(),
        options,
        receivers,
    })
}

/// A Go string literal of `text` (bytes outside printable ASCII as `\x` escapes).
pub fn go_string(text: &str) -> String {
    let mut out = String::from("\"");
    for &b in text.as_bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

fn argv_literal(argv: &[String]) -> String {
    format!(
        "{{{}}}",
        argv.iter()
            .map(|a| go_string(a))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn reply_literal(value: &Value) -> String {
    match value {
        Value::Nil => "rNil()".to_string(),
        Value::Status(text) => format!("rStatus({})", go_string(text)),
        Value::Integer(n) => format!("rInt({n})"),
        Value::Bulk(text) => format!("rBulk({})", go_string(text)),
        Value::Array(items) => format!(
            "rArray({})",
            items
                .iter()
                .map(reply_literal)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// One example as an element of the generated table.
#[derive(Debug, Clone)]
pub struct GoExample {
    /// `append_0`.
    pub name: String,
    /// The struct literal's fields.
    pub fields: String,
}

/// The examples of a command, as `tableExample` literals.
pub fn examples(cmd: &Command) -> Vec<GoExample> {
    cmd.examples
        .iter()
        .enumerate()
        .map(|(idx, example): (usize, &Example)| {
            let mut fields = vec![format!("name: \"{}_{idx}\"", cmd.names.rust)];
            if let Some(reason) = example.skip_reason() {
                fields.push(format!("skip: {}", go_string(&reason)));
            }
            if !example.setup.is_empty() {
                fields.push(format!(
                    "setup: [][]string{{{}}}",
                    example
                        .setup
                        .iter()
                        .map(|s| argv_literal(s))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            fields.push(format!("argv: []string{}", argv_literal(&example.argv)));
            match &example.expect {
                Expect::Reply(value) => fields.push(format!("reply: {}", reply_literal(value))),
                Expect::Error(text) => fields.push(format!("err: {}", go_string(text))),
            }
            if example.unordered {
                fields.push("unordered: true".to_string());
            }
            GoExample {
                name: format!("{}_{idx}", cmd.names.rust),
                fields: fields.join(", "),
            }
        })
        .collect()
}
