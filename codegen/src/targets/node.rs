//! The Node.js target: JavaScript names, TypeScript types and the napi-rs methods of every
//! command (bindings/node includes `commands.rs`; its package ships `index.d.ts`).
//!
//! Conventions (bindings/node/README.md documents them for users):
//! - every method of the model (plain, forms, `_with`) is `names.node` on `Database` (returning
//!   a Promise, run on the libuv thread pool), `names.node + "Sync"` on `Database` (run on the
//!   JavaScript thread), and `names.node` on `Transaction` (queued in `transaction`, run at once
//!   in `transactionSync`);
//! - each builds the command's argv from its parameters (an `argv_<rust name>` function shared
//!   by the three) and runs it through `execute`; the reply kind picks the JavaScript value;
//! - parameters: keys, patterns and lex bounds are `Key` (string, `Buffer` or `Uint8Array`),
//!   other bytes `Value` (a `Key`, or a number or BigInt sent as `String(value)`, as ioredis
//!   does), integers `Int` (number or BigInt), floats numbers, score bounds numbers or
//!   Redis-syntax strings, many values an array (or one value alone), a repeated block an array
//!   of tuples, a required `oneof` its token (`'BEFORE'`) or a one-key object for an alternative
//!   with a value (`{ EX: 10 }`); an options struct is an object whose fields are the optional
//!   arguments, camelCase (a flag `true`, a `oneof` as above, a block a tuple);
//! - replies: see `reply_ts` (64-bit integers are BigInts; counts are numbers).
//!
//! Invariant: this is the only module that spells a TypeScript type or a JavaScript name of the
//! Node API.

use std::collections::BTreeSet;

use anyhow::{bail, Result};

use crate::model::{
    camel_case, Arg, ArgKind, CallArg, Command, Example, Expect, Method, MethodKind, Model, OneOf,
    ParamType, ReplyKind, Retype, Scalar, Value,
};

/// JavaScript reserved words (a parameter may not be called that in TypeScript).
const KEYWORDS: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Whether `name` (or its camelCase form) cannot be a JavaScript parameter name.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name) || KEYWORDS.contains(&camel_case(name).as_str())
}

/// Names the hand-written part of the API uses on `Database` or `Transaction` (a generated
/// method, or its `Sync` twin, may not take one).
pub const RESERVED: &[&str] = &[
    "execute",
    "executeSync",
    "sendCommand",
    "close",
    "closeSync",
    "closed",
    "sync",
    "syncSync",
    "snapshot",
    "snapshotSync",
    "stats",
    "transaction",
    "transactionSync",
    "scanIterator",
    "constructor",
    "then",
];

/// The reserved prefix of private names (`_ferriteCommit`, `cmd_get`).
pub const PRIVATE_PREFIX: &str = "_ferrite";

/// The whole Node API as the templates print it.
#[derive(Debug, Clone)]
pub struct NodeApi {
    /// The model hash (`commands.rs` checks it against the Rust crate's at compile time).
    pub hash: String,
    /// Every method, in model order.
    pub methods: Vec<NodeMethod>,
    /// The options interfaces, in model order.
    pub options: Vec<OptionsIface>,
}

/// One method of the model.
#[derive(Debug, Clone)]
pub struct NodeMethod {
    /// JavaScript name (`setEx`).
    pub js: String,
    /// Its synchronous twin (`setExSync`).
    pub js_sync: String,
    /// Rust name of the napi method (`cmd_set_ex`; `cmd_set_ex_sync` for the twin).
    pub rust: String,
    /// The function building its argv (`argv_set_ex`).
    pub argv_fn: String,
    /// Doc lines (summary, syntax).
    pub doc: Vec<String>,
    /// Rust parameters (`key: Val, options: Option<Val>`).
    pub rust_params: String,
    /// The same names as arguments (`key, options`).
    pub rust_args: String,
    /// Statements of the argv function, after `let mut argv = Argv::new(..)`.
    pub body: Vec<String>,
    /// The command's name (`SET`).
    pub command: String,
    /// The reply kind (`Kind::OptionalBytes`).
    pub kind: String,
    /// TypeScript parameters (`key: Value, options?: SetOptions`).
    pub ts_params: String,
    /// TypeScript reply type (`R | null`).
    pub ts_reply: String,
}

/// A TypeScript options interface.
#[derive(Debug, Clone)]
pub struct OptionsIface {
    /// `SetOptions`.
    pub name: String,
    /// The command's syntax line.
    pub syntax: String,
    /// `(field, type, syntax)`: every field is optional.
    pub fields: Vec<(String, String, String)>,
}

/// The argv conversion of a scalar (`convert::Conv` in bindings/node).
fn conv(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Pattern | Scalar::LexBound => "Conv::Key",
        Scalar::Bytes => "Conv::Bytes",
        Scalar::Integer | Scalar::Cursor => "Conv::Int",
        Scalar::Float => "Conv::Float",
        Scalar::ScoreBound => "Conv::ScoreBound",
    }
}

fn retype_conv(retype: Retype) -> &'static str {
    match retype {
        Retype::Float => "Conv::Float",
        Retype::Integer
        | Retype::DurationS
        | Retype::DurationMs
        | Retype::UnixTimeS
        | Retype::UnixTimeMs => "Conv::Int",
    }
}

/// The TypeScript type of a scalar parameter.
fn scalar_ts(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Pattern | Scalar::LexBound => "Key",
        Scalar::Bytes => "Value",
        Scalar::Integer | Scalar::Cursor => "Int",
        Scalar::Float => "number",
        Scalar::ScoreBound => "ScoreBound",
    }
}

fn retype_ts(retype: Retype) -> &'static str {
    match retype {
        Retype::Float => "number",
        Retype::Integer
        | Retype::DurationS
        | Retype::DurationMs
        | Retype::UnixTimeS
        | Retype::UnixTimeMs => "Int",
    }
}

/// The TypeScript type of a reply kind (`R` is the handle's bulk type: `string` or `Buffer`).
pub fn reply_ts(kind: ReplyKind) -> &'static str {
    use ReplyKind as K;
    match kind {
        K::Ok => "void",
        K::Bool => "boolean",
        K::Integer => "bigint",
        K::Count => "number",
        K::OptionalCount => "number | null",
        K::OptionalInteger => "bigint | null",
        K::Float | K::IncrFloat => "number",
        K::OptionalFloat => "number | null",
        K::Bytes => "R",
        K::OptionalBytes => "R | null",
        K::List | K::Set => "R[]",
        K::OptionalList => "R[] | null",
        K::OptionalBytesList => "(R | null)[]",
        K::Map => "Record<string, R>",
        K::ScoredList => "ScoredMember<R>[]",
        K::BoolList => "boolean[]",
        K::IntegerList => "bigint[]",
        K::OptionalFloatList => "(number | null)[]",
        K::KeyType => "KeyType | null",
        K::CursorPage => "ScanPage<R>",
        K::Reply => "Reply<R>",
        K::OptionalString => "string | null",
        K::OptionalDurationS | K::OptionalDurationMs => "bigint | null",
    }
}

/// The glue's `Kind` variant of a reply kind (`OptionalBytes`).
fn kind_variant(kind: ReplyKind) -> String {
    format!("Kind::{}", crate::model::pascal_case(kind.name()))
}

/// A Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// The `Alt` table of a `oneof`.
fn alts(oneof: &OneOf) -> String {
    let alts: Vec<String> = oneof
        .alternatives
        .iter()
        .map(|alt| {
            let value = match alt.value {
                Some(scalar) => format!("Some({})", conv(scalar)),
                None => "None".to_string(),
            };
            format!("Alt({}, {value})", lit(&alt.token))
        })
        .collect();
    format!("&[{}]", alts.join(", "))
}

/// The TypeScript union of a `oneof`'s alternatives.
fn oneof_ts(oneof: &OneOf) -> String {
    oneof
        .alternatives
        .iter()
        .map(|alt| match alt.value {
            Some(scalar) => format!("{{ {}: {} }}", alt.token, scalar_ts(scalar)),
            None => format!("'{}'", alt.token),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The token of a value-carrying argument (a flag's token is the flag itself).
fn value_token(arg: &Arg) -> Option<&str> {
    arg.token.as_deref().filter(|_| arg.kind != ArgKind::Flag)
}

fn token_stmt(token: &str) -> String {
    format!("argv.token({});", lit(token))
}

fn option_token(token: Option<&str>) -> String {
    match token {
        Some(token) => format!("Some({})", lit(token)),
        None => "None".to_string(),
    }
}

/// The `Opt` of an optional argument read from an options object.
fn option_spec(cmd: &Command, arg: &Arg) -> Result<String> {
    let token = value_token(arg);
    Ok(match &arg.kind {
        ArgKind::Flag => format!(
            "Opt::Flag({})",
            lit(arg.token.as_deref().unwrap_or_default())
        ),
        ArgKind::Scalar(scalar) if arg.multiple => {
            format!("Opt::Many({}, {})", option_token(token), conv(*scalar))
        }
        ArgKind::Scalar(scalar) => format!("Opt::Value({}, {})", option_token(token), conv(*scalar)),
        ArgKind::OneOf(oneof) if !arg.multiple => format!("Opt::OneOf({})", alts(oneof)),
        ArgKind::Block(members) if !arg.multiple => {
            let members = members
                .iter()
                .map(|m| match &m.kind {
                    ArgKind::Flag => Ok(format!(
                        "Member {{ token: {}, conv: None, optional: {} }}",
                        option_token(m.token.as_deref()),
                        m.optional
                    )),
                    ArgKind::Scalar(scalar) if !m.multiple => Ok(format!(
                        "Member {{ token: {}, conv: Some({}), optional: {} }}",
                        option_token(value_token(m)),
                        conv(*scalar),
                        m.optional
                    )),
                    _ => bail!(
                        "Node target: {}: option block {} has a member {} of a kind Node does not support",
                        cmd.name,
                        arg.name,
                        m.name
                    ),
                })
                .collect::<Result<Vec<_>>>()?;
            format!("Opt::Block({}, &[{}])", option_token(token), members.join(", "))
        }
        _ => bail!(
            "Node target: {}: the optional argument {} is a repeated oneof or block, which Node does not support",
            cmd.name,
            arg.name
        ),
    })
}

/// The TypeScript type of an options field.
fn option_ts(arg: &Arg) -> String {
    match &arg.kind {
        ArgKind::Flag => "boolean".to_string(),
        ArgKind::Scalar(scalar) if arg.multiple => format!("readonly {}[]", scalar_ts(*scalar)),
        ArgKind::Scalar(scalar) => scalar_ts(*scalar).to_string(),
        ArgKind::OneOf(oneof) => oneof_ts(oneof),
        ArgKind::Block(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|m| {
                    let ty = match &m.kind {
                        ArgKind::Flag => "boolean".to_string(),
                        ArgKind::Scalar(scalar) => scalar_ts(*scalar).to_string(),
                        _ => "unknown".to_string(),
                    };
                    let optional = if m.optional { "?" } else { "" };
                    format!("{}{optional}: {ty}", camel_case(&m.name))
                })
                .collect();
            format!("readonly [{}]", members.join(", "))
        }
    }
}

/// Statements appending argument `arg`, produced as `call` says, to `argv`.
fn emit(cmd: &Command, arg: &Arg, call: &CallArg, out: &mut Vec<String>) -> Result<()> {
    let token = value_token(arg);
    let push_token = |out: &mut Vec<String>| {
        if let Some(token) = token {
            out.push(token_stmt(token));
        }
    };
    match call {
        CallArg::Absent { .. } => {}
        CallArg::True => out.push(token_stmt(arg.token.as_deref().unwrap_or_default())),
        CallArg::Param(name, scalar) | CallArg::Single(name, scalar) => {
            push_token(out);
            out.push(format!(
                "argv.value({name}, {}, {})?;",
                lit(name),
                conv(*scalar)
            ));
        }
        CallArg::Retyped(name, retype) => {
            push_token(out);
            out.push(format!(
                "argv.value({name}, {}, {})?;",
                lit(name),
                retype_conv(*retype)
            ));
        }
        CallArg::Many(name, scalar) => out.push(format!(
            "argv.many({name}, {}, {}, {})?;",
            lit(name),
            conv(*scalar),
            option_token(token)
        )),
        CallArg::Tuples(name, scalars) => out.push(format!(
            "argv.tuples({name}, {}, &[{}], {})?;",
            lit(name),
            scalars
                .iter()
                .map(|s| conv(*s))
                .collect::<Vec<_>>()
                .join(", "),
            option_token(token)
        )),
        CallArg::SingleTuple(parts) | CallArg::Tuple(parts) => {
            let ArgKind::Block(members) = &arg.kind else {
                bail!("Node target: {}: {} is not a block", cmd.name, arg.name);
            };
            push_token(out);
            for (member, part) in members.iter().zip(parts) {
                emit(cmd, member, part, out)?;
            }
        }
        CallArg::Enum(name) => {
            let ArgKind::OneOf(oneof) = &arg.kind else {
                bail!("Node target: {}: {} is not a oneof", cmd.name, arg.name);
            };
            out.push(format!(
                "argv.choice({name}, {}, {})?;",
                lit(name),
                alts(oneof)
            ));
        }
        CallArg::Present(inner) => {
            let required = Arg {
                optional: false,
                ..arg.clone()
            };
            emit(cmd, &required, inner, out)?;
        }
        CallArg::Fixed { variant, value, .. } => {
            let ArgKind::OneOf(oneof) = &arg.kind else {
                bail!("Node target: {}: {} is not a oneof", cmd.name, arg.name);
            };
            let Some(alt) = oneof.alternatives.iter().find(|a| &a.variant == variant) else {
                bail!(
                    "Node target: {}: {} has no alternative {variant}",
                    cmd.name,
                    arg.name
                );
            };
            out.push(token_stmt(&alt.token));
            match value.as_deref() {
                Some(CallArg::Param(name, scalar)) => out.push(format!(
                    "argv.value({name}, {}, {})?;",
                    lit(name),
                    conv(*scalar)
                )),
                Some(CallArg::Retyped(name, retype)) => out.push(format!(
                    "argv.value({name}, {}, {})?;",
                    lit(name),
                    retype_conv(*retype)
                )),
                Some(other) => bail!(
                    "Node target: {}: the value of {} is {other:?}, which Node does not support",
                    cmd.name,
                    arg.name
                ),
                None => {}
            }
        }
        CallArg::FromOptions(opt) => out.push(format!(
            "argv.option(&options, {}, {})?;",
            lit(&camel_case(&opt.name)),
            option_spec(cmd, opt)?
        )),
    }
    Ok(())
}

fn method(cmd: &Command, m: &Method) -> Result<NodeMethod> {
    let mut rust_params = Vec::new();
    let mut rust_args = Vec::new();
    let mut ts_params = Vec::new();
    let mut body = Vec::new();
    for param in &m.params {
        let name = &param.name;
        let ts_name = camel_case(name);
        let (rust_ty, ts) = match &param.ty {
            ParamType::Scalar(scalar) => ("Val", format!("{ts_name}: {}", scalar_ts(*scalar))),
            ParamType::Retyped(retype) => ("Val", format!("{ts_name}: {}", retype_ts(*retype))),
            ParamType::Many(scalar) => (
                "Val",
                format!("{ts_name}: {0} | readonly {0}[]", scalar_ts(*scalar)),
            ),
            ParamType::Tuples(scalars) => (
                "Val",
                format!(
                    "{ts_name}: ReadonlyArray<readonly [{}]>",
                    scalars
                        .iter()
                        .map(|s| scalar_ts(*s))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            ParamType::Enum(enum_name) => {
                let Some(oneof) = cmd.oneof(enum_name) else {
                    bail!("Node target: {}: no oneof {enum_name}", cmd.name);
                };
                ("Val", format!("{ts_name}: {}", oneof_ts(oneof)))
            }
            ParamType::Options(struct_name) => {
                let fields: Vec<String> = cmd
                    .options
                    .iter()
                    .map(|a| lit(&camel_case(&a.name)))
                    .collect();
                body.push(format!(
                    "let options = Options::read(options, {}, {}, &[{}])?;",
                    lit(&m.names.node),
                    lit(name),
                    fields.join(", ")
                ));
                ("Option<Val>", format!("{ts_name}?: {struct_name}"))
            }
        };
        if is_keyword(name) {
            bail!(
                "Node target: {}: the parameter {name} is a JavaScript keyword",
                cmd.name
            );
        }
        rust_params.push(format!("{name}: {rust_ty}"));
        rust_args.push(name.clone());
        ts_params.push(ts);
    }
    for (arg, call) in cmd.args.iter().zip(&m.call) {
        emit(cmd, arg, call, &mut body)?;
    }
    let js = m.names.node.clone();
    Ok(NodeMethod {
        js_sync: format!("{js}Sync"),
        rust: format!("cmd_{}", m.names.rust),
        argv_fn: format!("argv_{}", m.names.rust),
        doc: vec![
            comment(&m.summary),
            comment(&if m.kind == MethodKind::WithOptions {
                format!("`{}` (the optional arguments from `options`)", cmd.syntax)
            } else {
                format!("`{}`", cmd.syntax)
            }),
        ],
        rust_params: rust_params.join(", "),
        rust_args: rust_args.join(", "),
        body,
        command: lit(&cmd.name),
        kind: kind_variant(m.reply),
        ts_params: ts_params.join(", "),
        ts_reply: reply_ts(m.reply).to_string(),
        js,
    })
}

/// Text for a `/** */` or `///` comment line (`*/` broken up, one line).
fn comment(text: &str) -> String {
    text.replace("*/", "* /").replace('\n', " ")
}

fn options_iface(cmd: &Command) -> Option<OptionsIface> {
    let name = cmd.options_struct.clone()?;
    Some(OptionsIface {
        name,
        syntax: comment(&cmd.syntax),
        fields: cmd
            .options
            .iter()
            .map(|arg| {
                (
                    camel_case(&arg.name),
                    option_ts(arg),
                    comment(&arg.syntax()),
                )
            })
            .collect(),
    })
}

/// The Node API of the model.
pub fn api(model: &Model) -> Result<NodeApi> {
    let mut methods = Vec::new();
    for cmd in &model.commands {
        for m in &cmd.methods {
            methods.push(method(cmd, m)?);
        }
    }
    let mut seen = BTreeSet::new();
    for m in &methods {
        for name in [&m.js, &m.js_sync] {
            if RESERVED.contains(&name.as_str()) || name.starts_with(PRIVATE_PREFIX) {
                bail!("Node target: the generated method {name} is taken by the hand-written part of the API");
            }
            if !seen.insert(name.clone()) {
                bail!("Node target: the method name {name} is generated twice");
            }
        }
    }
    Ok(NodeApi {
        hash: format!("0x{:016x}", model.hash()),
        methods,
        options: model.commands.iter().filter_map(options_iface).collect(),
    })
}

/// One example of the table as a `node:test` test.
#[derive(Debug, Clone)]
pub struct ExampleView {
    /// `append_0`: the Rust method name and the example's index, as in the Rust tests.
    pub name: String,
    /// `, { skip: '...' }` when it cannot run yet, else empty.
    pub skip: String,
    /// The setup argvs as a JavaScript array literal.
    pub setup: String,
    /// The argv.
    pub argv: String,
    /// `{ reply: <value> }` or `{ error: '<text>' }`; bulk strings as `b('...')` (a Buffer).
    pub expect: String,
    /// Compare arrays as multisets.
    pub unordered: bool,
}

/// A JavaScript string literal (single quotes, ASCII only).
pub fn js_string(text: &str) -> String {
    let mut out = String::from("'");
    for unit in text.encode_utf16() {
        match unit {
            0x27 => out.push_str("\\'"),
            0x5c => out.push_str("\\\\"),
            0x20..=0x7e => out.push(char::from(unit as u8)),
            _ => out.push_str(&format!("\\u{unit:04x}")),
        }
    }
    out.push('\'');
    out
}

fn argv_literal(argv: &[String]) -> String {
    format!(
        "[{}]",
        argv.iter()
            .map(|a| js_string(a))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The reply as the examples' handle (`returnBuffers: true`) gives it.
fn reply_literal(value: &Value) -> String {
    match value {
        Value::Nil => "null".to_string(),
        Value::Status(text) => js_string(text),
        Value::Integer(n) => format!("{n}n"),
        Value::Bulk(text) => format!("b({})", js_string(text)),
        Value::Array(items) => format!(
            "[{}]",
            items
                .iter()
                .map(reply_literal)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The examples of a command as tests.
pub fn examples(cmd: &Command) -> Vec<ExampleView> {
    cmd.examples
        .iter()
        .enumerate()
        .map(|(idx, example): (usize, &Example)| ExampleView {
            name: format!("{}_{idx}", cmd.names.rust),
            skip: match example.skip_reason() {
                None => String::new(),
                Some(reason) => format!(", {{ skip: {} }}", js_string(&reason)),
            },
            setup: format!(
                "[{}]",
                example
                    .setup
                    .iter()
                    .map(|s| argv_literal(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            argv: argv_literal(&example.argv),
            expect: match &example.expect {
                Expect::Reply(value) => format!("{{ reply: {} }}", reply_literal(value)),
                Expect::Error(text) => format!("{{ error: {} }}", js_string(text)),
            },
            unordered: example.unordered,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_strings_are_ascii_and_escaped() {
        assert_eq!(js_string("GET"), "'GET'");
        assert_eq!(js_string("it's \\"), "'it\\'s \\\\'");
        assert_eq!(
            js_string("a\nb\u{e9}\u{1f600}"),
            "'a\\u000ab\\u00e9\\ud83d\\ude00'"
        );
    }

    #[test]
    fn reply_literals() {
        let value = Value::Array(vec![
            Value::Integer(i64::MIN),
            Value::Status("OK".into()),
            Value::Bulk("x".into()),
            Value::Nil,
            Value::Array(vec![]),
        ]);
        assert_eq!(
            reply_literal(&value),
            "[-9223372036854775808n, 'OK', b('x'), null, []]"
        );
    }

    #[test]
    fn keywords() {
        assert!(is_keyword("delete"));
        assert!(is_keyword("instanceof"));
        assert!(!is_keyword("key"));
    }
}
