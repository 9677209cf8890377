//! The Rust target: Rust names, types and expressions for the model.
//!
//! Two audiences: the templates (through the `*View` structs, every string precomputed so the
//! templates hold no logic) and `ferrite-macros` (through `handler_params` and `handler_return`,
//! the core handler signature a command must have). Invariant: this is the only module that
//! spells a Rust type of the public API or of a core handler.

use crate::model::{
    Alternative, Arg, ArgKind, CallArg, Command, Example, Expect, Method, Model, OneOf, Op,
    OptionEntry, ParamType, Parse, ReplyKind, Retype, Scalar, Value,
};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield",
];

/// Whether `name` is a Rust keyword (strict or reserved).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// The path of a core handler module.
fn group_path(group: &str) -> String {
    format!("ferrite_core::commands::{group}")
}

/// The path of a `oneof`'s core enum.
pub fn enum_path(group: &str, enum_name: &str) -> String {
    format!("{}::{enum_name}", group_path(group))
}

/// The core type of a scalar as a handler receives it.
fn core_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern => "&[u8]",
        Scalar::Integer => "i64",
        Scalar::Float => "f64",
        Scalar::Cursor => "u64",
        Scalar::ScoreBound => "ferrite_core::commands::zset::ScoreBound",
        Scalar::LexBound => "ferrite_core::commands::zset::LexBound",
    }
}

/// The core type of one occurrence of an argument (before `optional`/`multiple`).
fn core_one(group: &str, arg: &Arg) -> String {
    match &arg.kind {
        ArgKind::Scalar(scalar) => core_scalar(*scalar).to_string(),
        ArgKind::Flag => "bool".to_string(),
        ArgKind::OneOf(oneof) => enum_path(group, &oneof.enum_name),
        ArgKind::Block(members) => tuple(members.iter().map(|m| core_param(group, m)).collect()),
    }
}

fn tuple(parts: Vec<String>) -> String {
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// The type of the handler parameter for `arg` (ARCHITECTURE.md, "Argument types").
pub fn core_param(group: &str, arg: &Arg) -> String {
    let one = core_one(group, arg);
    if arg.multiple {
        format!("&[{one}]")
    } else if arg.optional && arg.kind != ArgKind::Flag {
        format!("Option<{one}>")
    } else {
        one
    }
}

/// The handler's parameters after `ctx`: (name, type).
pub fn handler_params(cmd: &Command) -> Vec<(String, String)> {
    cmd.args
        .iter()
        .map(|a| (a.name.clone(), core_param(&cmd.group, a)))
        .collect()
}

/// The type `T` of the handler's `Result<T>`.
pub fn core_reply(kind: ReplyKind) -> &'static str {
    match kind {
        ReplyKind::Ok => "()",
        ReplyKind::Bool => "bool",
        ReplyKind::Integer => "i64",
        ReplyKind::Count => "usize",
        ReplyKind::OptionalCount => "Option<usize>",
        ReplyKind::OptionalInteger => "Option<i64>",
        ReplyKind::Float | ReplyKind::IncrFloat => "f64",
        ReplyKind::OptionalFloat => "Option<f64>",
        ReplyKind::Bytes => "Vec<u8>",
        ReplyKind::OptionalBytes => "Option<Vec<u8>>",
        ReplyKind::List | ReplyKind::Set => "Vec<Vec<u8>>",
        ReplyKind::OptionalList => "Option<Vec<Vec<u8>>>",
        ReplyKind::OptionalBytesList => "Vec<Option<Vec<u8>>>",
        ReplyKind::Map => "Vec<(Vec<u8>, Vec<u8>)>",
        ReplyKind::ScoredList => "Vec<(Vec<u8>, f64)>",
        ReplyKind::BoolList => "Vec<bool>",
        ReplyKind::IntegerList => "Vec<i64>",
        ReplyKind::OptionalFloatList => "Vec<Option<f64>>",
        ReplyKind::KeyType => "Option<ferrite_core::KeyType>",
        ReplyKind::CursorPage => "(u64, Vec<Vec<u8>>)",
        ReplyKind::Reply => "ferrite_core::Reply",
        ReplyKind::OptionalString => "Option<String>",
        ReplyKind::OptionalDurationS | ReplyKind::OptionalDurationMs => {
            "Option<std::time::Duration>"
        }
    }
}

/// The handler's return type.
pub fn handler_return(cmd: &Command) -> String {
    format!("Result<{}>", core_reply(cmd.reply))
}

/// The type the public API presents for a reply kind (maps and sets as hash collections).
pub fn api_reply(kind: ReplyKind) -> &'static str {
    match kind {
        ReplyKind::Set => "std::collections::HashSet<Vec<u8>>",
        ReplyKind::Map => "std::collections::HashMap<Vec<u8>, Vec<u8>>",
        other => core_reply(other),
    }
}

/// The caller's type of one value.
fn api_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern => "impl AsRef<[u8]>",
        Scalar::ScoreBound => "impl Into<ferrite_core::commands::zset::ScoreBound>",
        Scalar::LexBound => "impl Into<ferrite_core::commands::zset::LexBound>",
        other => core_scalar(other),
    }
}

/// The caller's type of an element of a slice (no `impl Into` inside slices).
fn api_element(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern => "impl AsRef<[u8]>",
        other => core_scalar(other),
    }
}

fn retype_type(retype: Retype) -> &'static str {
    match retype {
        Retype::DurationS | Retype::DurationMs => "std::time::Duration",
        Retype::UnixTimeS | Retype::UnixTimeMs => "std::time::SystemTime",
        Retype::Integer => "i64",
        Retype::Float => "f64",
    }
}

fn api_param(group: &str, ty: &ParamType) -> String {
    match ty {
        ParamType::Scalar(scalar) => api_scalar(*scalar).to_string(),
        ParamType::Retyped(retype) => retype_type(*retype).to_string(),
        ParamType::Many(scalar) => format!("&[{}]", api_element(*scalar)),
        ParamType::Tuples(members) => {
            format!(
                "&[{}]",
                tuple(
                    members
                        .iter()
                        .map(|m| api_element(*m).to_string())
                        .collect()
                )
            )
        }
        ParamType::Enum(name) => enum_path(group, name),
        ParamType::Options(name) => format!("&{name}"),
    }
}

/// An owned type for an options-struct field holding one occurrence of `arg`.
fn owned_one(group: &str, arg: &Arg) -> String {
    match &arg.kind {
        ArgKind::Scalar(scalar) if scalar.is_bytes() => "Vec<u8>".to_string(),
        ArgKind::Block(members) => tuple(members.iter().map(|m| owned_field(group, m)).collect()),
        _ => core_one(group, arg),
    }
}

fn owned_field(group: &str, arg: &Arg) -> String {
    let one = owned_one(group, arg);
    if arg.multiple {
        format!("Vec<{one}>")
    } else if arg.optional && arg.kind != ArgKind::Flag {
        format!("Option<{one}>")
    } else {
        one
    }
}

/// Borrows an owned field value (`value` is an expression of type `&Owned`) as the handler wants it.
fn borrow_owned(arg: &Arg, value: &str) -> String {
    match (&arg.kind, arg.optional && arg.kind != ArgKind::Flag) {
        (ArgKind::Scalar(s), false) if s.is_bytes() => format!("{value}.as_slice()"),
        (ArgKind::Scalar(s), true) if s.is_bytes() => format!("{value}.as_deref()"),
        (ArgKind::Scalar(Scalar::Integer | Scalar::Float | Scalar::Cursor), _)
        | (ArgKind::Flag, _) => {
            format!("*{value}")
        }
        (ArgKind::Block(members), optional) => {
            let names: Vec<String> = (0..members.len()).map(|i| format!("m{i}")).collect();
            let parts = members
                .iter()
                .zip(&names)
                .map(|(m, n)| borrow_owned(m, n))
                .collect();
            if optional {
                format!("{value}.as_ref().map(|{}| {})", tuple(names), tuple(parts))
            } else {
                let (pattern, body) = (tuple(names), tuple(parts));
                format!("{{ let {pattern} = {value}; {body} }}")
            }
        }
        _ => format!("{value}.clone()"),
    }
}

/// The expression for a handler argument.
fn call_expr(group: &str, call: &CallArg) -> String {
    match call {
        CallArg::Param(name, scalar) => match scalar {
            s if s.is_bytes() => format!("{name}.as_ref()"),
            Scalar::ScoreBound | Scalar::LexBound => format!("{name}.into()"),
            _ => name.clone(),
        },
        CallArg::Retyped(name, retype) if retype.of_bytes() => {
            format!("{name}.to_string().as_bytes()")
        }
        CallArg::Retyped(name, retype) => format!("crate::convert_ext::{}({name})", retype.name()),
        CallArg::Many(name, scalar) if scalar.is_bytes() => {
            format!("&{name}.iter().map(AsRef::as_ref).collect::<Vec<&[u8]>>()")
        }
        CallArg::Many(name, _) => name.clone(),
        CallArg::Single(name, scalar) if scalar.is_bytes() => format!("&[{name}.as_ref()]"),
        CallArg::Single(name, scalar) => match scalar {
            Scalar::ScoreBound | Scalar::LexBound => format!("&[{name}.into()]"),
            _ => format!("&[{name}]"),
        },
        CallArg::Tuples(name, members) => {
            let names: Vec<String> = (0..members.len()).map(|i| format!("m{i}")).collect();
            let parts = members
                .iter()
                .zip(&names)
                .map(|(m, n)| {
                    if m.is_bytes() {
                        format!("{n}.as_ref()")
                    } else {
                        format!("{n}.clone()")
                    }
                })
                .collect();
            format!(
                "&{name}.iter().map(|{}| {}).collect::<Vec<_>>()",
                tuple(names),
                tuple(parts)
            )
        }
        CallArg::SingleTuple(parts) => format!(
            "&[{}]",
            tuple(parts.iter().map(|p| call_expr(group, p)).collect())
        ),
        CallArg::Tuple(parts) => tuple(parts.iter().map(|p| call_expr(group, p)).collect()),
        CallArg::Enum(name) => name.clone(),
        CallArg::Absent { flag: true } => "false".to_string(),
        CallArg::Absent { flag: false } => "None".to_string(),
        CallArg::True => "true".to_string(),
        CallArg::Present(value) => format!("Some({})", call_expr(group, value)),
        CallArg::Fixed {
            enum_name,
            variant,
            value,
        } => match value {
            Some(value) => format!(
                "Some({}::{variant}({}))",
                enum_path(group, enum_name),
                call_expr(group, value)
            ),
            None => format!("Some({}::{variant})", enum_path(group, enum_name)),
        },
        CallArg::FromOptions(arg) => match &arg.kind {
            ArgKind::Block(_) => borrow_owned(arg, &format!("options.{}", arg.name)),
            ArgKind::Flag | ArgKind::Scalar(Scalar::Integer | Scalar::Float | Scalar::Cursor) => {
                format!("options.{}", arg.name)
            }
            ArgKind::Scalar(s) if s.is_bytes() => format!("options.{}.as_deref()", arg.name),
            _ => format!("options.{}.clone()", arg.name),
        },
    }
}

/// The expression turning the handler's `res` into the method's reply.
fn convert_expr(from: ReplyKind, to: ReplyKind) -> String {
    if from == to {
        match to {
            ReplyKind::Map | ReplyKind::Set => "Ok(res.into_iter().collect())".to_string(),
            _ => "Ok(res)".to_string(),
        }
    } else {
        format!(
            "crate::convert_ext::reply_to_{}(ferrite_core::Reply::from_{}(res))",
            to.name(),
            from.name()
        )
    }
}

/// A method as the database template prints it.
#[derive(Debug, Clone)]
pub struct MethodView {
    /// Method name.
    pub name: String,
    /// Doc comment lines (without `///`).
    pub doc: Vec<String>,
    /// Parameters after `&self`, each preceded by `, ` (`, key: impl AsRef<[u8]>`).
    pub params: String,
    /// Return type (`Result<..>`).
    pub ret: String,
    /// Handler path.
    pub handler: String,
    /// Handler arguments after `&ctx`, joined.
    pub args: String,
    /// The expression turning `res` into the result.
    pub convert: String,
}

/// The methods of a command.
pub fn methods(cmd: &Command) -> Vec<MethodView> {
    cmd.methods.iter().map(|m| method_view(cmd, m)).collect()
}

fn method_view(cmd: &Command, method: &Method) -> MethodView {
    let params: String = method
        .params
        .iter()
        .map(|p| format!(", {}: {}", p.name, api_param(&cmd.group, &p.ty)))
        .collect();
    let mut doc = vec![
        method.summary.clone(),
        String::new(),
        format!("`{}`", cmd.syntax),
    ];
    if let Some(options) = &cmd.options_struct {
        if method.kind == crate::model::MethodKind::WithOptions {
            doc.push(String::new());
            doc.push(format!("The optional arguments come from [`{options}`]."));
        }
    }
    MethodView {
        name: method.names.rust.clone(),
        doc,
        params,
        ret: format!("ferrite_core::Result<{}>", api_reply(method.reply)),
        handler: format!("{}::{}", group_path(&cmd.group), cmd.names.rust),
        args: method
            .call
            .iter()
            .map(|c| call_expr(&cmd.group, c))
            .collect::<Vec<_>>()
            .join(", "),
        convert: convert_expr(cmd.reply, method.reply),
    }
}

/// One field of an options struct.
#[derive(Debug, Clone)]
pub struct FieldView {
    /// Field name.
    pub name: String,
    /// Owned type.
    pub ty: String,
    /// Its Redis syntax.
    pub doc: String,
}

/// An options struct.
#[derive(Debug, Clone)]
pub struct OptionsView {
    /// Struct name.
    pub name: String,
    /// The `_with` method it serves.
    pub method: String,
    /// The command's syntax line.
    pub syntax: String,
    /// Fields.
    pub fields: Vec<FieldView>,
}

/// The options struct of a command, if it has optional arguments.
pub fn options(cmd: &Command) -> Option<OptionsView> {
    let name = cmd.options_struct.clone()?;
    Some(OptionsView {
        name,
        method: format!("{}_with", cmd.names.rust),
        syntax: cmd.syntax.clone(),
        fields: cmd
            .options
            .iter()
            .map(|arg| FieldView {
                name: arg.name.clone(),
                ty: owned_field(&cmd.group, arg),
                doc: arg.syntax(),
            })
            .collect(),
    })
}

/// A command's arm of `execute` as the template prints it.
#[derive(Debug, Clone)]
pub struct DispatchView {
    /// Redis name (`SET`), matched upper case.
    pub name: String,
    /// The parse function (`cmd_set`).
    pub func: String,
    /// The condition under which the arity is wrong (`argv.len() < 3`).
    pub arity_fails: String,
    /// Lower-case name for the arity error.
    pub lower_name: String,
    /// Parse statements, in order.
    pub body: Vec<String>,
    /// The final expression (handler call and reply conversion).
    pub finish: String,
}

/// The `execute` arm of a command.
pub fn dispatch(cmd: &Command) -> DispatchView {
    let arity_fails = if cmd.arity.redis >= 0 {
        format!("argv.len() != {}", cmd.arity.redis)
    } else {
        format!("argv.len() < {}", cmd.arity.redis.unsigned_abs())
    };
    let handler = format!("{}::{}", group_path(&cmd.group), cmd.names.rust);
    let (body, finish) = match &cmd.parse {
        Parse::Custom => (Vec::new(), format!("{handler}_argv(ctx, argv)")),
        Parse::Generic(ops) => {
            let mut body = vec!["let mut cur = crate::execute_ext::Args::new(argv);".to_string()];
            body.extend(ops.iter().map(|op| op_code(&cmd.group, op)));
            body.push(
                if cmd.extra_args_are_arity {
                    "cur.finish_or_wrong_arity()?;"
                } else {
                    "cur.finish()?;"
                }
                .to_string(),
            );
            let args: Vec<String> = std::iter::once("ctx".to_string())
                .chain(cmd.args.iter().map(|arg| match (&arg.kind, arg.multiple) {
                    (ArgKind::Scalar(s), true) if s.is_bytes() => arg.name.clone(),
                    (_, true) => format!("&{}", arg.name),
                    _ => arg.name.clone(),
                }))
                .collect();
            let call = format!("{handler}({})?", args.join(", "));
            (
                body,
                format!("Ok(ferrite_core::Reply::from_{}({call}))", cmd.reply.name()),
            )
        }
    };
    DispatchView {
        name: cmd.name.clone(),
        func: format!("cmd_{}", cmd.names.rust),
        arity_fails,
        lower_name: cmd.lower_name.clone(),
        body,
        finish,
    }
}

/// Parses one argv element (an expression of type `&[u8]`) into a scalar; `parse_error`
/// replaces the type's usual error text.
fn parse_value(scalar: Scalar, raw: &str, parse_error: Option<&str>) -> String {
    match parse_error {
        Some(text) if !scalar.is_bytes() => {
            let expr = parse_expr(scalar, raw);
            let call = expr.strip_suffix('?').unwrap_or(&expr);
            format!("{call}.map_err(|_| ferrite_core::Error::reply({text:?}))?")
        }
        _ => parse_expr(scalar, raw),
    }
}

/// Parses one argv element (an expression of type `&[u8]`) into a scalar.
fn parse_expr(scalar: Scalar, raw: &str) -> String {
    match scalar {
        s if s.is_bytes() => raw.to_string(),
        Scalar::Integer => format!("ferrite_core::parse::integer({raw})?"),
        Scalar::Float => format!("ferrite_core::parse::float({raw})?"),
        Scalar::Cursor => format!("ferrite_core::parse::cursor({raw})?"),
        Scalar::ScoreBound => format!("ferrite_core::commands::zset::ScoreBound::parse({raw})?"),
        _ => format!("ferrite_core::commands::zset::LexBound::parse({raw})?"),
    }
}

fn token_test(token: &str) -> String {
    format!("token.eq_ignore_ascii_case(b{token:?})")
}

fn alternative_value(group: &str, oneof: &OneOf, alt: &Alternative) -> String {
    let path = format!("{}::{}", enum_path(group, &oneof.enum_name), alt.variant);
    match alt.value {
        Some(scalar) => format!(
            "{path}({})",
            parse_value(scalar, "cur.next()?", alt.parse_error.as_deref())
        ),
        None => path,
    }
}

fn op_code(group: &str, op: &Op) -> String {
    match op {
        Op::Token { token } => format!("cur.expect(b{token:?})?;"),
                Op::Take { var, scalar, parse_error } => {
            format!("let {var} = {};", parse_value(*scalar, "cur.next()?", parse_error.as_deref()))
        }
        Op::Many { var, scalar, tail_min, .. } if scalar.is_bytes() => {
            format!("let {var} = cur.take_many({tail_min})?;")
        }
        Op::Many { var, scalar, tail_min, parse_error } => format!(
            "let {var} = cur.take_many({tail_min})?.iter().map(|raw| Ok({})).collect::<ferrite_core::Result<Vec<_>>>()?;",
                        parse_value(*scalar, "raw", parse_error.as_deref())
        ),
        Op::ManyTuples { var, members, tail_min, incomplete_is_arity } => {
            let parts = members.iter().enumerate().map(|(i, m)| parse_expr(*m, &format!("raw[{i}]"))).collect();
            format!(
                "let {var} = cur.take_tuples({tail_min}, {}, {incomplete_is_arity})?.chunks_exact({}).map(|raw| Ok({})).collect::<ferrite_core::Result<Vec<_>>>()?;",
                members.len(),
                members.len(),
                tuple(parts)
            )
        }
        Op::OneOf { var, oneof } => {
            let arms: Vec<String> = oneof
                .alternatives
                .iter()
                .map(|alt| format!("if {} {{ {} }}", token_test(&alt.token), alternative_value(group, oneof, alt)))
                .collect();
            format!(
                "let {var} = {{ let token = cur.next()?; {} else {{ return Err(ferrite_core::Error::Syntax); }} }};",
                arms.join(" else ")
            )
        }
        Op::OptionalBegin { var, tail_min } => format!("let {var} = if cur.remaining() > {tail_min} {{ Some({{"),
        Op::OptionalEnd { members, .. } => {
            let value = if members.len() == 1 { members[0].clone() } else { tuple(members.clone()) };
            format!("{value} }}) }} else {{ None }};")
        }
        Op::Options { trailing, entries } => {
            let mut decls = Vec::new();
            let mut arms = Vec::new();
            for entry in entries {
                match entry {
                    OptionEntry::Flag { var, token } => {
                        decls.push(format!("let mut {var} = false;"));
                        arms.push(format!("if {} {{ cur.advance(); {var} = true; }}", token_test(token)));
                    }
                                        OptionEntry::Value { var, token, scalar, parse_error } => {
                        decls.push(format!("let mut {var} = None;"));
                        arms.push(format!(
                            "if {} {{ cur.advance(); {var} = Some({}); }}",
                                                        token_test(token),
                            parse_value(*scalar, "cur.next()?", parse_error.as_deref())
                        ));
                    }
                    OptionEntry::Block { var, token, members } => {
                        decls.push(format!("let mut {var} = None;"));
                        let parts = members.iter().map(|m| parse_expr(*m, "cur.next()?")).collect();
                        arms.push(format!("if {} {{ cur.advance(); {var} = Some({}); }}", token_test(token), tuple(parts)));
                    }
                    OptionEntry::OneOf { var, oneof } => {
                        decls.push(format!("let mut {var} = None;"));
                        for alt in &oneof.alternatives {
                            arms.push(format!(
                                "if {} {{ cur.advance(); crate::execute_ext::set_oneof(&mut {var}, {})?; }}",
                                token_test(&alt.token),
                                alternative_value(group, oneof, alt)
                            ));
                        }
                    }
                }
            }
            let otherwise = if *trailing { "return Err(ferrite_core::Error::Syntax);" } else { "break;" };
            format!(
                "{} while let Some(token) = cur.peek() {{ {} else {{ {otherwise} }} }}",
                decls.join(" "),
                arms.join(" else ")
            )
        }
    }
}

/// The Rust literal of an example's reply.
fn reply_literal(value: &Value) -> String {
    match value {
        Value::Nil => "Reply::Nil".to_string(),
        Value::Status(text) => format!("Reply::Status({text:?}.into())"),
        Value::Integer(n) => format!("Reply::Integer({n})"),
        Value::Bulk(text) => format!("Reply::Bulk({text:?}.into())"),
        Value::Array(items) => {
            format!(
                "Reply::Array(vec![{}])",
                items
                    .iter()
                    .map(reply_literal)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    }
}

fn argv_literal(argv: &[String]) -> String {
    format!(
        "&[{}]",
        argv.iter()
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// One example as a generated test.
#[derive(Debug, Clone)]
pub struct ExampleView {
    /// Test function name.
    pub name: String,
    /// Why it cannot run yet (`None`: it runs).
    pub ignore: Option<String>,
    /// The setup argvs, as a Rust expression of type `&[&[&str]]`.
    pub setup: String,
    /// The argv.
    pub argv: String,
    /// The expected outcome, as `Ok(reply)` or `Err("text")`.
    pub expect: String,
    /// Compare arrays as multisets.
    pub unordered: bool,
}

/// The examples of a command as tests.
pub fn examples(cmd: &Command) -> Vec<ExampleView> {
    cmd.examples
        .iter()
        .enumerate()
        .map(|(idx, example): (usize, &Example)| ExampleView {
            name: format!("{}_{idx}", cmd.names.rust),
            ignore: (!example.missing_commands.is_empty()).then(|| {
                format!(
                    "needs {}, not in commands.yaml yet",
                    example.missing_commands.join(", ")
                )
            }),
            setup: format!(
                "&[{}]",
                example
                    .setup
                    .iter()
                    .map(|s| argv_literal(s))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            argv: argv_literal(&example.argv),
            expect: match &example.expect {
                Expect::Reply(value) => format!("Ok({})", reply_literal(value)),
                Expect::Error(text) => format!("Err({text:?})"),
            },
            unordered: example.unordered,
        })
        .collect()
}

/// The core enums and bound types the generated API names, re-exported for users (sorted).
pub fn reexports(model: &Model) -> Vec<String> {
    fn walk(group: &str, args: &[Arg], out: &mut Vec<String>) {
        for arg in args {
            match &arg.kind {
                ArgKind::OneOf(oneof) => out.push(enum_path(group, &oneof.enum_name)),
                ArgKind::Block(members) => walk(group, members, out),
                ArgKind::Scalar(Scalar::ScoreBound) => {
                    out.push(core_scalar(Scalar::ScoreBound).to_string())
                }
                ArgKind::Scalar(Scalar::LexBound) => {
                    out.push(core_scalar(Scalar::LexBound).to_string())
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for cmd in &model.commands {
        walk(&cmd.group, &cmd.args, &mut out);
    }
    out.sort();
    out.dedup();
    out
}
