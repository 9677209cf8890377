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

/// How a method's bound parameters (`impl Into<ScoreBound>`, `impl Into<LexBound>`) reach the
/// handler.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bounds {
    /// Converted where the handler argument is built (`min.into()`).
    Into,
    /// Already converted to the core type by the method's prelude (write methods, whose
    /// arguments are built twice: for the handler and for the log).
    Converted,
}

/// A bound parameter already converted to its core type, as a handler argument (a `LexBound`
/// owns its text, so each use takes a clone).
fn converted_bound(name: &str, scalar: Scalar) -> String {
    match scalar {
        Scalar::LexBound => format!("{name}.clone()"),
        _ => name.to_string(),
    }
}

/// The expression for a handler argument.
fn call_expr(group: &str, call: &CallArg, bounds: Bounds) -> String {
    match call {
        CallArg::Param(name, scalar) => match scalar {
            s if s.is_bytes() => format!("{name}.as_ref()"),
            Scalar::ScoreBound | Scalar::LexBound if bounds == Bounds::Converted => {
                converted_bound(name, *scalar)
            }
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
            Scalar::ScoreBound | Scalar::LexBound if bounds == Bounds::Converted => {
                format!("&[{}]", converted_bound(name, *scalar))
            }
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
            tuple(parts.iter().map(|p| call_expr(group, p, bounds)).collect())
        ),
        CallArg::Tuple(parts) => tuple(parts.iter().map(|p| call_expr(group, p, bounds)).collect()),
        CallArg::Enum(name) => name.clone(),
        CallArg::Absent { flag: true } => "false".to_string(),
        CallArg::Absent { flag: false } => "None".to_string(),
        CallArg::True => "true".to_string(),
        CallArg::Present(value) => format!("Some({})", call_expr(group, value, bounds)),
        CallArg::Fixed {
            enum_name,
            variant,
            value,
        } => match value {
            Some(value) => format!(
                "Some({}::{variant}({}))",
                enum_path(group, enum_name),
                call_expr(group, value, bounds)
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
    /// For a write command: how the method admits, logs and commits the write.
    pub log: Option<MethodLogView>,
}

/// How a write command's method logs the call (ARCHITECTURE.md, "How a write becomes a log
/// record").
#[derive(Debug, Clone)]
pub struct MethodLogView {
    /// The argument of `ctx.admit`: `true` for a `denyoom` command.
    pub denyoom: bool,
    /// Statements run before the handler: bound parameters converted once to their core types,
    /// so the handler and the log closure see the same values.
    pub prelude: Vec<String>,
    /// The body of the log closure: the command's log function called with the handler's
    /// arguments (`log_set(w, key.as_ref(), ...)`).
    pub call: String,
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
    let bounds = if cmd.flags.write {
        Bounds::Converted
    } else {
        Bounds::Into
    };
    let args = method
        .call
        .iter()
        .map(|c| call_expr(&cmd.group, c, bounds))
        .collect::<Vec<_>>()
        .join(", ");
    let log = cmd.flags.write.then(|| MethodLogView {
        denyoom: cmd.flags.denyoom,
        prelude: method
            .params
            .iter()
            .filter_map(|p| match p.ty {
                ParamType::Scalar(scalar @ (Scalar::ScoreBound | Scalar::LexBound)) => {
                    Some(format!(
                        "let {}: {} = {}.into();",
                        p.name,
                        core_scalar(scalar),
                        p.name
                    ))
                }
                _ => None,
            })
            .collect(),
        call: format!("{}(w, {args})", log_fn_name(cmd)),
    });
    MethodView {
        name: method.names.rust.clone(),
        doc,
        params,
        ret: format!("ferrite_core::Result<{}>", api_reply(method.reply)),
        handler: format!("{}::{}", group_path(&cmd.group), cmd.names.rust),
        args,
        convert: convert_expr(cmd.reply, method.reply),
        log,
    }
}

/// The name of a write command's log function (`log_set`).
fn log_fn_name(cmd: &Command) -> String {
    format!("log_{}", cmd.names.rust)
}

/// A write command's log function: writes the canonical argv of one call, taking the handler's
/// arguments (ARCHITECTURE.md, "How a write becomes a log record").
#[derive(Debug, Clone)]
pub struct LogFnView {
    /// Function name (`log_set`).
    pub name: String,
    /// The command's syntax line.
    pub syntax: String,
    /// Parameters after the writer `w`, each preceded by `, ` (the handler's parameters).
    pub params: String,
    /// Statements, in argv order.
    pub body: Vec<String>,
}

/// The log function of a write command (`None` for a command that does not write).
pub fn log_fn(cmd: &Command) -> Option<LogFnView> {
    if !cmd.flags.write {
        return None;
    }
    let mut body = vec![literal_arg(&cmd.name)];
    for arg in &cmd.args {
        log_arg(&cmd.group, arg, &arg.name, false, &mut body);
    }
    Some(LogFnView {
        name: log_fn_name(cmd),
        syntax: cmd.syntax.clone(),
        params: handler_params(cmd)
            .into_iter()
            .map(|(name, ty)| format!(", {name}: {ty}"))
            .collect(),
        body,
    })
}

/// Writes a literal argument (the command's name or a token).
fn literal_arg(text: &str) -> String {
    format!("w.arg(b{text:?});")
}

/// `value` (an expression of the argument's handler type, or a reference to one when `by_ref`)
/// as a reference, for patterns that bind by reference.
fn as_ref_expr(value: &str, by_ref: bool) -> String {
    if by_ref {
        value.to_string()
    } else {
        format!("&{value}")
    }
}

/// `value` (of a `Copy` type, or a reference to one when `by_ref`) as a value.
fn as_value_expr(value: &str, by_ref: bool) -> String {
    if by_ref {
        format!("*{value}")
    } else {
        value.to_string()
    }
}

/// Statements writing one scalar `value` in the text `execute` parses back to the same value.
fn log_scalar(scalar: Scalar, value: &str, by_ref: bool) -> String {
    match scalar {
        s if s.is_bytes() => format!("w.arg({value});"),
        Scalar::Integer => format!("w.int({});", as_value_expr(value, by_ref)),
        Scalar::Float => format!("w.float({});", as_value_expr(value, by_ref)),
        Scalar::Cursor => format!("w.arg({value}.to_string().as_bytes());"),
        // ScoreBound, LexBound: their Redis text (`(1.5`, `-inf`, `[a`, `+`).
        _ => format!("w.arg(&{value}.to_arg());"),
    }
}

/// Statements writing handler argument `arg`, whose value is the expression `value` (a reference
/// to it when `by_ref`), as Redis syntax: its token, then its value; an optional argument only
/// when present, a flag as its token when set, a `oneof` as the chosen alternative's token and
/// value, each element of a `multiple` argument in turn, a block's members in order.
fn log_arg(group: &str, arg: &Arg, value: &str, by_ref: bool, out: &mut Vec<String>) {
    if arg.kind == ArgKind::Flag {
        out.push(format!(
            "if {} {{ {} }}",
            as_value_expr(value, by_ref),
            literal_arg(arg.token.as_deref().unwrap_or_default())
        ));
        return;
    }
    if let ArgKind::OneOf(oneof) = &arg.kind {
        let path = enum_path(group, &oneof.enum_name);
        let mut arms: Vec<String> = oneof
            .alternatives
            .iter()
            .map(|alt| {
                let (pattern, value) = match alt.value {
                    Some(scalar) => (
                        format!("{path}::{}({})", alt.variant, alt.name),
                        log_scalar(scalar, &alt.name, true),
                    ),
                    None => (format!("{path}::{}", alt.variant), String::new()),
                };
                let pattern = if arg.optional {
                    format!("Some({pattern})")
                } else {
                    pattern
                };
                format!("{pattern} => {{ {} {value} }}", literal_arg(&alt.token))
            })
            .collect();
        if arg.optional {
            arms.push("None => {}".to_string());
        }
        out.push(format!(
            "match {} {{ {} }}",
            as_ref_expr(value, by_ref),
            arms.join(" ")
        ));
        return;
    }
    if arg.multiple {
        let (pattern, members) = match &arg.kind {
            ArgKind::Block(members) => (
                tuple(members.iter().map(|m| m.name.clone()).collect()),
                Some(members),
            ),
            _ => ("item".to_string(), None),
        };
        let mut body = Vec::new();
        log_one(group, arg, "item", members, &mut body);
        out.push(format!(
            "for {pattern} in {value}.iter() {{ {} }}",
            body.join(" ")
        ));
        return;
    }
    if arg.optional {
        let mut body = Vec::new();
        let members = match &arg.kind {
            ArgKind::Block(members) => Some(members),
            _ => None,
        };
        let pattern = match members {
            Some(members) => tuple(members.iter().map(|m| m.name.clone()).collect()),
            None => arg.name.clone(),
        };
        log_one(group, arg, &arg.name, members, &mut body);
        out.push(format!(
            "if let Some({pattern}) = {} {{ {} }}",
            as_ref_expr(value, by_ref),
            body.join(" ")
        ));
        return;
    }
    match &arg.kind {
        ArgKind::Block(members) => {
            let mut body = vec![format!(
                "let {} = {};",
                tuple(members.iter().map(|m| m.name.clone()).collect()),
                as_ref_expr(value, by_ref)
            )];
            log_one(group, arg, value, Some(members), &mut body);
            out.push(format!("{{ {} }}", body.join(" ")));
        }
        ArgKind::Scalar(scalar) => {
            if let Some(token) = &arg.token {
                out.push(literal_arg(token));
            }
            out.push(log_scalar(*scalar, value, by_ref));
        }
        ArgKind::Flag | ArgKind::OneOf(_) => {}
    }
}

/// One occurrence of `arg`: its token, then its value `value` (a reference), or, for a block,
/// its `members`, already bound by reference to their names.
fn log_one(group: &str, arg: &Arg, value: &str, members: Option<&Vec<Arg>>, out: &mut Vec<String>) {
    if let Some(token) = &arg.token {
        out.push(literal_arg(token));
    }
    match (members, &arg.kind) {
        (Some(members), _) => {
            for member in members {
                log_arg(group, member, &member.name, true, out);
            }
        }
        (None, ArgKind::Scalar(scalar)) => out.push(log_scalar(*scalar, value, true)),
        (None, _) => {}
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
    /// For a write command, the argument of `ctx.admit` (`true` for `denyoom`): the command runs
    /// through `execute_ext::logged`, which admits it, logs its argv and commits it.
    pub write: Option<bool>,
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
        write: cmd.flags.write.then_some(cmd.flags.denyoom),
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
            ignore: example.skip_reason(),
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
