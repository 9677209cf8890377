//! The Python target: the PyO3 methods of `ferrite.Database` and `ferrite.Transaction`
//! (`generated/python/commands.rs`), their type stubs (`generated/python/ferrite.pyi`) and the
//! table's examples as a pytest module (`generated/python/test_examples.py`).
//!
//! Python's rule: one method per command, in redis-py's shape (forms are keyword arguments of
//! the command's method, not methods of their own):
//! - required arguments are positional, in table order: a `multiple` value that comes last is
//!   `*values` (a list or tuple among them is spread), a repeated block is one mapping (the
//!   block's first bytes-like member is the key: ZADD's `{member: score}`) or an iterable of such
//!   pairs, a required `oneof` is its token as a string (`"BEFORE"`);
//! - an optional untokened value (LPOP's `count`) is positional or keyword, default `None`;
//! - every other option is keyword-only: a flag is a `bool`, a tokened value `T | None`, each
//!   alternative of a `oneof` its own keyword (SET's `ex=`, `px=`, `nx=`), the members of an
//!   optional block keywords of their own (ZRANGE's LIMIT: `offset=`, `num=`);
//! - a parameter's name is the table's, except an argument named `key` is redis-py's `name`,
//!   and the table's `python: { name: .. }` overrides either;
//! - a cursor command (reply `cursor_page`) also gets `<method>_iter`, a generator over every
//!   page from cursor 0 (`scan_iter`).
//!
//! The generated method builds the command's canonical argv from its arguments and runs it
//! through the Rust API's `execute` (Redis's parsing and errors), then converts the reply with
//! the shape of the command's reply kind. A command whose reply kind is `reply` (the shape
//! depends on its options) takes the shape of the most specific form whose `fix` the call
//! satisfies (the later form among equally specific ones; `Any` in the stubs).
//!
//! Invariant: this is the only module that spells a Python name, type or PyO3 signature.

use std::collections::BTreeSet;

use anyhow::{bail, Result};

use crate::model::{
    Arg, ArgKind, CallArg, Command, Example, Expect, Model, ReplyKind, Scalar, Value,
};

/// Python's keywords (a parameter or method may not be called that).
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Whether `name` is a Python keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Whether `name` is a Python identifier this target accepts (`snake_case`, may start with `_`).
pub fn is_identifier(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Names the hand-written part of `Database` and `Transaction` uses (a generated method may not
/// take one).
pub const RESERVED: &[&str] = &[
    "active",
    "close",
    "closed",
    "decode_responses",
    "execute_command",
    "hscan_iter",
    "memory",
    "snapshot",
    "sscan_iter",
    "stats",
    "sync",
    "transaction",
    "zscan_iter",
];

/// The locals and parameters of the generated Rust methods; a Python parameter may not be
/// called that (they start with the reserved prefix, so only a table override could).
const PREFIX: &str = "ferrite__";

/// The Rust identifier of a Python parameter (raw where it is a Rust keyword).
fn rust_ident(name: &str) -> String {
    if crate::targets::rust::is_keyword(name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

/// The Python name of an argument (a parameter or keyword).
pub fn arg_name(arg: &Arg) -> String {
    match &arg.python_name {
        Some(name) => name.clone(),
        None if arg.name == "key" => "name".to_string(),
        None => arg.name.clone(),
    }
}

/// How a parameter is passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pass {
    /// Positional, required.
    Required,
    /// Positional or keyword, with a default.
    Defaulted,
    /// `*name`.
    VarArgs,
    /// Keyword-only, with a default.
    Keyword,
}

/// One parameter of a Python method.
#[derive(Debug, Clone)]
struct Param {
    /// Python name.
    name: String,
    pass: Pass,
    /// Rust type in the generated method.
    rust_ty: String,
    /// Default in the PyO3 signature (`None`, `false`).
    default: &'static str,
    /// Type in the stubs.
    stub_ty: String,
    /// Default in the stubs (`None`, `False`).
    stub_default: &'static str,
}

impl Param {
    fn value(name: String, pass: Pass, scalar: Scalar, optional: bool) -> Param {
        let stub = stub_scalar(scalar);
        if optional {
            Param {
                name,
                pass,
                rust_ty: "Option<Arg>".into(),
                default: "None",
                stub_ty: format!("{stub} | None"),
                stub_default: "None",
            }
        } else {
            Param {
                name,
                pass,
                rust_ty: "Arg".into(),
                default: "",
                stub_ty: stub.into(),
                stub_default: "",
            }
        }
    }

    fn flag(name: String) -> Param {
        Param {
            name,
            pass: Pass::Keyword,
            rust_ty: "bool".into(),
            default: "false",
            stub_ty: "bool".into(),
            stub_default: "False",
        }
    }
}

/// The stub type of a value.
fn stub_scalar(scalar: Scalar) -> &'static str {
    match scalar {
        Scalar::Key | Scalar::Bytes | Scalar::Pattern | Scalar::LexBound => "Encodable",
        Scalar::Integer | Scalar::Cursor => "int",
        Scalar::Float => "float",
        Scalar::ScoreBound => "float | str | bytes",
    }
}

/// The stub type of a mapping's key (`_KeyT`, bound by `Encodable`, for bytes-like values).
fn stub_mapping_key(scalar: Scalar) -> &'static str {
    if scalar.is_bytes() {
        "_KeyT"
    } else {
        stub_scalar(scalar)
    }
}

/// The shape (convert::Shape variant) of a reply kind.
fn shape(kind: ReplyKind) -> String {
    format!("Shape::{}", crate::model::pascal_case(kind.name()))
}

/// The stub return type of a reply kind (`_T` is `bytes`, or `str` with `decode_responses`).
fn stub_reply(kind: ReplyKind) -> &'static str {
    use ReplyKind as K;
    match kind {
        K::Ok | K::Bool => "bool",
        K::Integer | K::Count => "int",
        K::OptionalCount | K::OptionalInteger => "int | None",
        K::Float | K::IncrFloat => "float",
        K::OptionalFloat => "float | None",
        K::Bytes | K::KeyType => "_T",
        K::OptionalBytes => "_T | None",
        K::List => "list[_T]",
        // `builtins.`: the class has a method called `set`, which would shadow the type.
        K::Set => "builtins.set[_T]",
        K::OptionalList => "list[_T] | None",
        K::OptionalBytesList => "list[_T | None]",
        K::Map => "dict[_T, _T]",
        K::ScoredList => "list[tuple[_T, float]]",
        K::BoolList => "list[bool]",
        K::IntegerList => "list[int]",
        K::OptionalFloatList => "list[float | None]",
        K::CursorPage => "tuple[int, list[_T]]",
        K::Reply => "Any",
        K::OptionalString => "str | None",
        K::OptionalDurationS | K::OptionalDurationMs => "int | None",
    }
}

fn str_lit(text: &str) -> String {
    format!("{text:?}")
}

/// What a command's method looks like in Python, and the Rust statements behind it.
struct Plan {
    params: Vec<Param>,
    /// Statements building `argv`, in table order.
    build: Vec<String>,
    /// For each argument (by table name), the Rust condition "it is given" (for forms' `fix`).
    given: Vec<(String, GivenTest)>,
    /// The position of the cursor argument in `build`, if any (index into `build`).
    cursor: Option<(usize, String)>,
}

#[derive(Debug, Clone)]
enum GivenTest {
    /// A flag: its `bool`.
    Flag(String),
    /// An optional value (its Rust identifier): `is_some()`.
    Value(String),
    /// A oneof: the test of each alternative by token.
    OneOf(Vec<(String, String)>),
    /// An optional block: any member given.
    Any(Vec<String>),
}

const ARGV: &str = "ferrite__argv";

fn plan(cmd: &Command) -> Result<Plan> {
    plan_args(&cmd.name, &cmd.args, cmd.reply)
}

fn plan_args(command: &str, args: &[Arg], reply: ReplyKind) -> Result<Plan> {
    let mut plan = Plan {
        params: Vec::new(),
        build: Vec::new(),
        given: Vec::new(),
        cursor: None,
    };
    let required: Vec<&Arg> = args.iter().filter(|a| !a.optional).collect();
    let last_required = required.last().map(|a| a.name.clone());
    for arg in args {
        let name = arg_name(arg);
        let ident = rust_ident(&name);
        let ctx = |what: &str| format!("Python target: {command}.{}: {what}", arg.name);
        match (&arg.kind, arg.optional) {
            (ArgKind::Scalar(scalar), false) => {
                if let Some(token) = &arg.token {
                    plan.build
                        .push(format!("{ARGV}.token({});", str_lit(token)));
                }
                if arg.multiple && last_required.as_deref() == Some(arg.name.as_str()) {
                    plan.params.push(Param {
                        name: name.clone(),
                        pass: Pass::VarArgs,
                        rust_ty: "&Bound<'_, PyTuple>".into(),
                        default: "",
                        stub_ty: format!("{0} | list[{0}] | tuple[{0}, ...]", stub_scalar(*scalar)),
                        stub_default: "",
                    });
                    plan.build.push(format!("{ARGV}.many({ident})?;"));
                } else if arg.multiple {
                    plan.params.push(Param {
                        name: name.clone(),
                        pass: Pass::Required,
                        rust_ty: "&Bound<'_, PyAny>".into(),
                        default: "",
                        stub_ty: format!("Iterable[{}]", stub_scalar(*scalar)),
                        stub_default: "",
                    });
                    plan.build.push(format!("{ARGV}.sequence({ident})?;"));
                } else if *scalar == Scalar::Cursor && reply == ReplyKind::CursorPage {
                    plan.params
                        .push(Param::value(name.clone(), Pass::Required, *scalar, false));
                    plan.cursor = Some((plan.build.len(), ident.clone()));
                    plan.build.push(format!("{ARGV}.push({ident});"));
                } else {
                    plan.params
                        .push(Param::value(name.clone(), Pass::Required, *scalar, false));
                    plan.build.push(format!("{ARGV}.push({ident});"));
                }
            }
            (ArgKind::Block(members), false) if arg.multiple => {
                if arg.token.is_some() {
                    bail!(ctx("a tokened repeated block is not supported"));
                }
                let scalars = crate::model::block_scalars(members);
                let key_index = scalars.iter().position(|s| s.is_bytes()).unwrap_or(0);
                // `Mapping` is invariant in its key, so a `dict[str, ..]` needs a type variable
                // (bound by `Encodable`) there; values are covariant.
                let (key_ty, value_ty) = match scalars.len() {
                    2 => (
                        stub_mapping_key(scalars[key_index]),
                        stub_scalar(scalars[1 - key_index]),
                    ),
                    _ => ("", ""),
                };
                if arg.python_pair_keywords {
                    if members.len() != 2 {
                        bail!(ctx("pair_keywords needs a block of two members"));
                    }
                    let key_member = &members[key_index];
                    let value_member = &members[1 - key_index];
                    let (k, v) = (arg_name(key_member), arg_name(value_member));
                    plan.params.push(Param {
                        name: k.clone(),
                        pass: Pass::Defaulted,
                        rust_ty: "Option<&Bound<'_, PyAny>>".into(),
                        default: "None",
                        stub_ty: format!("{key_ty} | Mapping[{key_ty}, {value_ty}] | None"),
                        stub_default: "None",
                    });
                    plan.params.push(Param {
                        name: v.clone(),
                        pass: Pass::Defaulted,
                        rust_ty: "Option<&Bound<'_, PyAny>>".into(),
                        default: "None",
                        stub_ty: format!("{value_ty} | None"),
                        stub_default: "None",
                    });
                    plan.params.push(Param {
                        name: name.clone(),
                        pass: Pass::Defaulted,
                        rust_ty: "Option<&Bound<'_, PyAny>>".into(),
                        default: "None",
                        stub_ty: format!("Mapping[{key_ty}, {value_ty}] | None"),
                        stub_default: "None",
                    });
                    plan.build.push(format!(
                        "{ARGV}.pair_or_items({}, {}, {ident}, {key_index}, [{}, {}, {}])?;",
                        rust_ident(&k),
                        rust_ident(&v),
                        str_lit(&k),
                        str_lit(&v),
                        str_lit(&name)
                    ));
                } else {
                    let stub_ty = if scalars.len() == 2 {
                        format!(
                            "Mapping[{key_ty}, {value_ty}] | Iterable[tuple[{key_ty}, {value_ty}]]"
                        )
                    } else {
                        format!(
                            "Iterable[tuple[{}]]",
                            scalars
                                .iter()
                                .map(|s| stub_scalar(*s))
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    plan.params.push(Param {
                        name: name.clone(),
                        pass: Pass::Required,
                        rust_ty: "&Bound<'_, PyAny>".into(),
                        default: "",
                        stub_ty,
                        stub_default: "",
                    });
                    plan.build.push(format!(
                        "{ARGV}.items({ident}, {}, {key_index})?;",
                        scalars.len()
                    ));
                }
            }
            (ArgKind::Block(members), false) => {
                if let Some(token) = &arg.token {
                    plan.build
                        .push(format!("{ARGV}.token({});", str_lit(token)));
                }
                for member in members {
                    match (&member.kind, member.optional, member.multiple) {
                        (ArgKind::Scalar(scalar), false, false) if member.token.is_none() => {
                            let m = arg_name(member);
                            plan.build.push(format!("{ARGV}.push({});", rust_ident(&m)));
                            plan.params
                                .push(Param::value(m, Pass::Required, *scalar, false));
                        }
                        _ => bail!(ctx(&format!(
                            "member {} of a required block: only untokened values are supported",
                            member.name
                        ))),
                    }
                }
            }
            (ArgKind::OneOf(oneof), false) => {
                if oneof.alternatives.iter().any(|a| a.value.is_some()) {
                    bail!(ctx(
                        "a required oneof whose alternatives carry values is not supported"
                    ));
                }
                plan.params.push(Param {
                    name: name.clone(),
                    pass: Pass::Required,
                    rust_ty: "Arg".into(),
                    default: "",
                    stub_ty: "str".into(),
                    stub_default: "",
                });
                plan.build.push(format!("{ARGV}.push({ident});"));
            }
            (ArgKind::Flag, false) => bail!(ctx("a required flag is not supported")),
            (ArgKind::Flag, true) => {
                let token = arg.token.clone().unwrap_or_default();
                plan.params.push(Param::flag(name.clone()));
                plan.build
                    .push(format!("{ARGV}.flag({ident}, {});", str_lit(&token)));
                plan.given
                    .push((arg.name.clone(), GivenTest::Flag(ident.clone())));
            }
            (ArgKind::Scalar(scalar), true) => {
                match &arg.token {
                    Some(token) => {
                        plan.params
                            .push(Param::value(name.clone(), Pass::Keyword, *scalar, true));
                        plan.build
                            .push(format!("{ARGV}.tokened({}, {ident});", str_lit(token)));
                    }
                    None => {
                        plan.params.push(Param::value(
                            name.clone(),
                            Pass::Defaulted,
                            *scalar,
                            true,
                        ));
                        plan.build.push(format!("{ARGV}.push_opt({ident});"));
                    }
                }
                plan.given
                    .push((arg.name.clone(), GivenTest::Value(ident.clone())));
            }
            (ArgKind::OneOf(oneof), true) => {
                let mut tests = Vec::new();
                for alt in &oneof.alternatives {
                    let alt_name = alt.python_name.clone().unwrap_or_else(|| alt.name.clone());
                    let alt_ident = rust_ident(&alt_name);
                    match alt.value {
                        None => {
                            plan.params.push(Param::flag(alt_name));
                            plan.build.push(format!(
                                "{ARGV}.flag({alt_ident}, {});",
                                str_lit(&alt.token)
                            ));
                            tests.push((alt.token.clone(), alt_ident));
                        }
                        Some(scalar) => {
                            plan.params
                                .push(Param::value(alt_name, Pass::Keyword, scalar, true));
                            plan.build.push(format!(
                                "{ARGV}.tokened({}, {alt_ident});",
                                str_lit(&alt.token)
                            ));
                            tests.push((alt.token.clone(), format!("{alt_ident}.is_some()")));
                        }
                    }
                }
                plan.given.push((arg.name.clone(), GivenTest::OneOf(tests)));
            }
            (ArgKind::Block(members), true) => {
                let mut parts = Vec::new();
                let mut tests = Vec::new();
                for (idx, member) in members.iter().enumerate() {
                    let m = arg_name(member);
                    let m_ident = rust_ident(&m);
                    match (&member.kind, member.multiple) {
                        (ArgKind::Scalar(scalar), false) if member.token.is_none() => {
                            // The first member of an untokened block is positional (FHRANDFIELD's
                            // `count`); everything else is a keyword.
                            let pass = if arg.token.is_none() && idx == 0 {
                                Pass::Defaulted
                            } else {
                                Pass::Keyword
                            };
                            plan.params.push(Param::value(m.clone(), pass, *scalar, true));
                            parts.push(format!(
                                "Part::Value {{ name: {}, value: {m_ident}, required: {} }}",
                                str_lit(&m),
                                !member.optional
                            ));
                            tests.push(format!("{m_ident}.is_some()"));
                        }
                        (ArgKind::Flag, false) => {
                            let token = member.token.clone().unwrap_or_default();
                            plan.params.push(Param::flag(m.clone()));
                            parts.push(format!(
                                "Part::Flag {{ token: {}, on: {m_ident} }}",
                                str_lit(&token)
                            ));
                            tests.push(m_ident.clone());
                        }
                        _ => bail!(ctx(&format!(
                            "member {} of an optional block: only untokened values and flags are supported",
                            member.name
                        ))),
                    }
                }
                let token = match &arg.token {
                    Some(t) => format!("Some({})", str_lit(t)),
                    None => "None".to_string(),
                };
                plan.build.push(format!(
                    "{ARGV}.block({token}, vec![{}])?;",
                    parts.join(", ")
                ));
                plan.given.push((arg.name.clone(), GivenTest::Any(tests)));
            }
        }
    }
    check_params(command, &plan.params)?;
    Ok(plan)
}

/// The parameters must have distinct, valid names, and an order Python accepts.
fn check_params(command: &str, params: &[Param]) -> Result<()> {
    let mut seen = BTreeSet::new();
    for p in params {
        if !is_identifier(&p.name) || is_keyword(&p.name) {
            bail!(
                "Python target: {}: \"{}\" is not a usable Python parameter name (set `python: {{ name: .. }}`)",
                command,
                p.name
            );
        }
        if p.name.starts_with(PREFIX) || p.name == "self" {
            bail!(
                "Python target: {}: the parameter name \"{}\" is reserved",
                command,
                p.name
            );
        }
        if !seen.insert(p.name.clone()) {
            bail!(
                "Python target: {}: two parameters are called \"{}\" (set `python: {{ name: .. }}` on one)",
                command,
                p.name
            );
        }
    }
    // Positional parameters: required ones, then defaulted ones, then *args.
    let positional: Vec<Pass> = params
        .iter()
        .map(|p| p.pass)
        .filter(|p| *p != Pass::Keyword)
        .collect();
    if positional.windows(2).any(|w| w[0] > w[1])
        || positional.iter().filter(|p| **p == Pass::VarArgs).count() > 1
    {
        bail!(
            "Python target: {}: its positional arguments cannot be ordered as Python needs (required, then optional, then one *args)",
            command
        );
    }
    Ok(())
}

/// Whether the target can present a command with these arguments (for `validate`): distinct,
/// usable parameter names in an order Python accepts, and no construct it cannot express.
pub fn check_args(command: &str, args: &[Arg], reply: ReplyKind) -> Result<()> {
    plan_args(command, args, reply).map(|_| ())
}

/// The parameters in Python's order: positional (as in the table), then keyword-only.
fn ordered(params: &[Param]) -> Vec<&Param> {
    let mut out: Vec<&Param> = params.iter().filter(|p| p.pass != Pass::Keyword).collect();
    out.extend(params.iter().filter(|p| p.pass == Pass::Keyword));
    out
}

/// The PyO3 signature (`(name, *values, nx=false)`).
fn signature(params: &[&Param]) -> String {
    let mut parts = Vec::new();
    let mut star = false;
    for p in params {
        match p.pass {
            Pass::Required => parts.push(rust_ident(&p.name)),
            Pass::Defaulted => parts.push(format!("{}={}", rust_ident(&p.name), p.default)),
            Pass::VarArgs => {
                star = true;
                parts.push(format!("*{}", rust_ident(&p.name)));
            }
            Pass::Keyword => {
                if !star {
                    star = true;
                    parts.push("*".into());
                }
                parts.push(format!("{}={}", rust_ident(&p.name), p.default));
            }
        }
    }
    format!("({})", parts.join(", "))
}

/// The stub parameters after `self` (`name: Encodable, *, nx: bool = False`).
fn stub_params(params: &[&Param]) -> String {
    let mut parts = vec!["self".to_string()];
    let mut star = false;
    for p in params {
        let decl = match p.pass {
            Pass::Required => format!("{}: {}", p.name, p.stub_ty),
            Pass::Defaulted | Pass::Keyword => {
                format!("{}: {} = {}", p.name, p.stub_ty, p.stub_default)
            }
            Pass::VarArgs => {
                star = true;
                format!("*{}: {}", p.name, p.stub_ty)
            }
        };
        if p.pass == Pass::Keyword && !star {
            star = true;
            parts.push("*".into());
        }
        parts.push(decl);
    }
    parts.join(", ")
}

/// The Rust condition under which a form's `fix` holds (`None`: the form fixes nothing).
fn form_condition(plan: &Plan, fix: &[(String, String)]) -> Option<String> {
    let mut conds = Vec::new();
    for (arg, value) in fix {
        let Some((_, test)) = plan.given.iter().find(|(name, _)| name == arg) else {
            continue;
        };
        let cond = match (test, value.as_str()) {
            (GivenTest::OneOf(alts), token) => alts
                .iter()
                .find(|(t, _)| t == token)
                .map(|(_, c)| c.clone())
                .unwrap_or_else(|| "false".into()),
            (GivenTest::Flag(c), "false") => format!("!{c}"),
            (GivenTest::Flag(c), _) => c.clone(),
            (GivenTest::Value(v), "false") => format!("{v}.is_none()"),
            (GivenTest::Value(v), _) => format!("{v}.is_some()"),
            (GivenTest::Any(tests), v) => {
                let any = if tests.is_empty() {
                    "false".to_string()
                } else {
                    format!("({})", tests.join(" || "))
                };
                if v == "false" {
                    format!("!{any}")
                } else {
                    any
                }
            }
        };
        conds.push(cond);
    }
    (!conds.is_empty()).then(|| conds.join(" && "))
}

/// The statement choosing the reply shape (`let ferrite__shape = ...;`).
fn shape_statement(cmd: &Command, plan: &Plan) -> String {
    if cmd.reply != ReplyKind::Reply {
        return format!("let ferrite__shape = {};", shape(cmd.reply));
    }
    // The forms, most specific first; the later one first among equally specific ones.
    let mut forms: Vec<(usize, usize, Option<String>, ReplyKind)> = cmd
        .methods
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == crate::model::MethodKind::Form)
        // A form that only narrows a `multiple` argument to one element says nothing about the
        // whole call's reply (FHSET's `fhset_one` presents a count as a bool).
        .filter(|(_, m)| {
            !m.fix.is_empty()
                || !m
                    .call
                    .iter()
                    .any(|c| matches!(c, CallArg::Single(..) | CallArg::SingleTuple(..)))
        })
        .map(|(idx, m)| (m.fix.len(), idx, form_condition(plan, &m.fix), m.reply))
        .collect();
    forms.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let mut branches: Vec<(Vec<String>, ReplyKind)> = Vec::new();
    let mut fallback = ReplyKind::Reply;
    for (_, _, cond, reply) in forms {
        match cond {
            // Adjacent forms with the same shape share a branch.
            Some(cond) => match branches.last_mut() {
                Some((conds, last)) if *last == reply => conds.push(cond),
                _ => branches.push((vec![cond], reply)),
            },
            None => {
                fallback = reply;
                break;
            }
        }
    }
    // Branches at the end that give the fallback's shape anyway are not needed.
    while branches.last().is_some_and(|(_, reply)| *reply == fallback) {
        branches.pop();
    }
    let fallback = shape(fallback);
    let branches: String = branches
        .iter()
        .map(|(conds, reply)| {
            let cond = if conds.len() == 1 {
                conds[0].clone()
            } else {
                conds
                    .iter()
                    .map(|c| {
                        if c.contains(' ') {
                            format!("({c})")
                        } else {
                            c.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" || ")
            };
            format!("if {cond} {{ {} }} else ", shape(*reply))
        })
        .collect();
    if branches.is_empty() {
        format!("let ferrite__shape = {fallback};")
    } else {
        format!("let ferrite__shape = {branches}{{ {fallback} }};")
    }
}

/// A method of the generated Python classes.
#[derive(Debug, Clone)]
pub struct MethodView {
    /// Python name.
    pub name: String,
    /// Rust function name (`r#type` where needed).
    pub rust_name: String,
    /// Doc lines.
    pub doc: Vec<String>,
    /// PyO3 signature.
    pub signature: String,
    /// Rust parameters after the receiver and `py` (`name: Arg`), each preceded by `, `.
    pub params: String,
    /// Statements (shape, argv) before the call.
    pub body: Vec<String>,
    /// Whether this is a cursor iterator (`_iter`): the body ends in one, not in `call`.
    pub iterator: bool,
    /// The stub's parameters (with `self`).
    pub stub_params: String,
    /// The stub's return type.
    pub stub_return: String,
}

/// Everything the Python templates print.
#[derive(Debug, Clone)]
pub struct PyApi {
    /// `MODEL_HASH`.
    pub hash: String,
    /// The command methods, then the cursor iterators, in model order.
    pub methods: Vec<MethodView>,
}

/// The Python API of the model.
pub fn api(model: &Model) -> Result<PyApi> {
    let mut methods = Vec::new();
    let mut names = BTreeSet::new();
    for cmd in &model.commands {
        let plan = plan(cmd)?;
        let ordered_params = ordered(&plan.params);
        let name = cmd.names.python.clone();
        let mut doc = vec![
            cmd.summary.clone(),
            String::new(),
            format!("`{}`", cmd.syntax),
        ];
        let params: String = ordered_params
            .iter()
            .map(|p| format!(", {}: {}", rust_ident(&p.name), p.rust_ty))
            .collect();
        let mut body = vec![shape_statement(cmd, &plan)];
        body.push(format!(
            "let mut {ARGV} = Argv::new({}, {});",
            str_lit(&cmd.name),
            str_lit(&cmd.lower_name)
        ));
        body.extend(plan.build.iter().cloned());
        methods.push(MethodView {
            name: name.clone(),
            rust_name: rust_ident(&name),
            doc: doc.clone(),
            signature: signature(&ordered_params),
            params,
            body,
            iterator: false,
            stub_params: stub_params(&ordered_params),
            stub_return: stub_reply(cmd.reply).to_string(),
        });
        names.insert(name.clone());
        if let Some((slot, cursor)) = &plan.cursor {
            let iter_name = format!("{name}_iter");
            let iter_params: Vec<&Param> = ordered_params
                .iter()
                .copied()
                .filter(|p| rust_ident(&p.name) != *cursor)
                .collect();
            let mut body = vec![format!(
                "let mut {ARGV} = Argv::new({}, {});",
                str_lit(&cmd.name),
                str_lit(&cmd.lower_name)
            )];
            for (idx, stmt) in plan.build.iter().enumerate() {
                if idx == *slot {
                    body.push(format!("let ferrite__slot = {ARGV}.position();"));
                    body.push(format!("{ARGV}.token(\"0\");"));
                } else {
                    body.push(stmt.clone());
                }
            }
            doc[0] = format!(
                "Iterates over every item of `{}`, page after page from cursor 0 (a generator).",
                cmd.name
            );
            methods.push(MethodView {
                name: iter_name.clone(),
                rust_name: iter_name.clone(),
                doc,
                signature: signature(&iter_params),
                params: iter_params
                    .iter()
                    .map(|p| format!(", {}: {}", rust_ident(&p.name), p.rust_ty))
                    .collect(),
                body,
                iterator: true,
                stub_params: stub_params(&iter_params),
                stub_return: "Iterator[_T]".into(),
            });
            if !names.insert(iter_name.clone()) {
                bail!("Python target: the method name {iter_name} is generated twice");
            }
        }
    }
    let mut seen = BTreeSet::new();
    for m in &methods {
        if RESERVED.contains(&m.name.as_str()) {
            bail!(
                "Python target: the method name {} is taken by the hand-written part of Database (set `names: {{ python: .. }}`)",
                m.name
            );
        }
        if !is_identifier(&m.name) || is_keyword(&m.name) {
            bail!(
                "Python target: \"{}\" is not a usable Python method name (set `names: {{ python: .. }}`)",
                m.name
            );
        }
        if !seen.insert(m.name.clone()) {
            bail!(
                "Python target: the method name {} is generated twice",
                m.name
            );
        }
    }
    Ok(PyApi {
        hash: format!("0x{:016x}", model.hash()),
        methods,
    })
}

/// One example of the table as a row of the pytest module.
#[derive(Debug, Clone)]
pub struct ExampleView {
    /// `get_0`: the Rust method name and the example's index, as in the Rust tests.
    pub name: String,
    /// Why it cannot run yet (a Python string literal), or `None`.
    pub skip: String,
    /// The setup commands (a Python list literal).
    pub setup: String,
    /// The argv (a Python list literal).
    pub argv: String,
    /// The expected reply (a Python literal; `None` when an error is expected).
    pub reply: String,
    /// The expected error text (a Python string literal), or `None`.
    pub error: String,
    /// `True` or `False`.
    pub unordered: String,
}

/// A Python `str` literal (double-quoted, escaped).
pub fn py_str(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_ascii() => out.push(c),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A Python `bytes` literal of the UTF-8 of `text`.
pub fn py_bytes(text: &str) -> String {
    let mut out = String::from("b\"");
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

/// The Python value `execute_command` returns for an example reply (`Database` without
/// `decode_responses`): nil `None`, status `str`, integer `int`, bulk `bytes`, array `list`.
pub fn py_value(value: &Value) -> String {
    match value {
        Value::Nil => "None".into(),
        Value::Status(text) => py_str(text),
        Value::Integer(n) => n.to_string(),
        Value::Bulk(text) => py_bytes(text),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(py_value).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn py_argv(argv: &[String]) -> String {
    format!(
        "[{}]",
        argv.iter()
            .map(|a| py_str(a))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The examples of every command, in model order, named as the Rust tests name them.
pub fn examples(model: &Model) -> Vec<ExampleView> {
    model
        .commands
        .iter()
        .flat_map(|cmd| {
            cmd.examples
                .iter()
                .enumerate()
                .map(move |(idx, example): (usize, &Example)| {
                    let (reply, error) = match &example.expect {
                        Expect::Reply(value) => (py_value(value), "None".to_string()),
                        Expect::Error(text) => ("None".to_string(), py_str(text)),
                    };
                    ExampleView {
                        name: format!("{}_{idx}", cmd.names.rust),
                        skip: example
                            .skip_reason()
                            .map_or_else(|| "None".into(), |reason| py_str(&reason)),
                        setup: format!(
                            "[{}]",
                            example
                                .setup
                                .iter()
                                .map(|s| py_argv(s))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        argv: py_argv(&example.argv),
                        reply,
                        error,
                        unordered: if example.unordered { "True" } else { "False" }.into(),
                    }
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(py_str("a\"b\\c\n\u{1}é"), r#""a\"b\\c\n\x01\u00e9""#);
        assert_eq!(py_bytes("a\"é"), r#"b"a\"\xc3\xa9""#);
        assert_eq!(
            py_value(&Value::Array(vec![
                Value::Nil,
                Value::Status("OK".into()),
                Value::Integer(-3),
                Value::Bulk("x".into())
            ])),
            r#"[None, "OK", -3, b"x"]"#
        );
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("_type"));
        assert!(!is_identifier("Type"));
        assert!(is_keyword("del"));
        assert_eq!(rust_ident("match"), "r#match");
        assert_eq!(rust_ident("type"), "r#type");
        assert_eq!(rust_ident("name"), "name");
    }
}
