//! Stage 3, model: the validated table as typed, language-neutral data.
//!
//! Everything a target needs is computed here once: arity bounds, the Redis syntax line, the
//! methods each command offers (plain, `_with` options, forms) with their parameters and how
//! each handler argument is produced, the argv parse plan of `execute`, the examples, and the
//! names of every command and method in every language.
//! Invariants: a `Model` only exists for a table that passed `validate`; nothing here knows a
//! target language's types or syntax (those live in `targets/<lang>.rs`); the order of
//! everything is deterministic (commands sorted by group, then name).

use std::collections::BTreeMap;

use crate::table;

/// Groups in their fixed order (handler module `commands/<group>.rs`).
pub const GROUPS: &[&str] = &[
    "string",
    "hash",
    "list",
    "set",
    "zset",
    "keys",
    "connection",
    "server",
];

/// The whole model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Every command, sorted by group (in `GROUPS` order), then name.
    pub commands: Vec<Command>,
}

/// One command.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// Redis spelling, upper case (`SET`).
    pub name: String,
    /// Lower case, as Redis prints it in error messages (`set`).
    pub lower_name: String,
    /// Handler module (`string`).
    pub group: String,
    /// One sentence.
    pub summary: String,
    /// Redis version that introduced the command.
    pub since: String,
    /// The Redis syntax line (`SET key value [NX | XX] [GET] ...`).
    pub syntax: String,
    /// Redis arity and the bounds the grammar implies.
    pub arity: Arity,
    /// Redis command flags.
    pub flags: Flags,
    /// Key positions.
    pub keys: Option<KeySpec>,
    /// Arguments in grammar order (one handler parameter each).
    pub args: Vec<Arg>,
    /// Reply kind of the core handler.
    pub reply: ReplyKind,
    /// Error kinds the command can return.
    pub errors: Vec<String>,
    /// The command's names per language (the core handler is `names.rust`).
    pub names: Names,
    /// Name of the options struct (`SetOptions`) when the command has optional arguments.
    pub options_struct: Option<String>,
    /// The optional arguments, in table order (the fields of the options struct).
    pub options: Vec<Arg>,
    /// The typed methods: plain (unless a form replaces it), the forms, then `_with`.
    pub methods: Vec<Method>,
    /// How `execute` parses argv after the arity check.
    pub parse: Parse,
    /// Arguments left over after the grammar is complete are a wrong-arity error (else
    /// `ERR syntax error`).
    pub extra_args_are_arity: bool,
    /// Examples, run as tests in every language.
    pub examples: Vec<Example>,
}

impl Command {
    /// The argument called `name` (top level).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|a| a.name == name)
    }

    /// The `oneof` whose core enum is `enum_name`, among the arguments and inside blocks.
    pub fn oneof(&self, enum_name: &str) -> Option<&OneOf> {
        fn find<'a>(args: &'a [Arg], enum_name: &str) -> Option<&'a OneOf> {
            args.iter().find_map(|a| match &a.kind {
                ArgKind::OneOf(o) if o.enum_name == enum_name => Some(o),
                ArgKind::Block(members) => find(members, enum_name),
                _ => None,
            })
        }
        find(&self.args, enum_name)
    }
}

/// Redis arity plus the argument counts the grammar allows (command name counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arity {
    /// Redis convention: N exact, -N at least N.
    pub redis: i32,
    /// Fewest argv elements the grammar accepts.
    pub min: usize,
    /// Most argv elements the grammar accepts (`None`: unbounded).
    pub max: Option<usize>,
}

impl Arity {
    /// Whether Redis's arity check lets `argc` elements through.
    pub fn accepts(&self, argc: usize) -> bool {
        if self.redis >= 0 {
            argc == self.redis as usize
        } else {
            argc >= self.redis.unsigned_abs() as usize
        }
    }

    /// Whether the Redis arity agrees with the grammar's bounds.
    pub fn is_consistent(&self) -> bool {
        if self.redis > 0 {
            self.min == self.redis as usize && self.max == Some(self.min)
        } else if self.redis < 0 {
            self.min == self.redis.unsigned_abs() as usize && self.max != Some(self.min)
        } else {
            false
        }
    }
}

/// Redis flags that are known to Ferrite.
pub const KNOWN_FLAGS: &[&str] = &[
    "admin",
    "allow_busy",
    "blocking",
    "denyoom",
    "fast",
    "loading",
    "may_replicate",
    "module",
    "movablekeys",
    "no_async_loading",
    "no_auth",
    "no_mandatory_keys",
    "no_multi",
    "noscript",
    "nondeterministic_output",
    "nondeterministic_output_order",
    "protected",
    "pubsub",
    "random",
    "readonly",
    "sentinel",
    "skip_monitor",
    "skip_slowlog",
    "sort_for_script",
    "stale",
    "write",
];

/// Error kinds a command may declare.
pub const KNOWN_ERRORS: &[&str] = &[
    "bit_offset",
    "db_index",
    "db_index_out_of_range",
    "hash_value_not_float",
    "hash_value_not_integer",
    "incompatible_options",
    "index_out_of_range",
    "invalid_cursor",
    "invalid_expire_time",
    "invalid_range",
    "min_max_not_float",
    "min_max_not_string",
    "nan",
    "nan_or_infinity",
    "nan_score",
    "negative",
    "negative_count",
    "negative_maxlen",
    "no_such_key",
    "not_float",
    "not_integer",
    "not_positive",
    "offset_out_of_range",
    "oom",
    "out_of_range",
    "overflow",
    "rank_zero",
    "same_object",
    "string_too_long",
    "syntax",
    "wrongtype",
];

/// The command's flags, with the ones the generator and the tests read named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    /// `write`.
    pub write: bool,
    /// `readonly`.
    pub readonly: bool,
    /// `denyoom`: the command may grow memory, so it is refused when memory is over the limit.
    pub denyoom: bool,
    /// `nondeterministic_output`: replies cannot be compared with Redis's.
    pub nondeterministic_output: bool,
    /// `nondeterministic_output_order`: arrays compare as multisets.
    pub nondeterministic_output_order: bool,
    /// Every flag, as written.
    pub all: Vec<String>,
}

/// Key positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    /// First key position (argv index).
    pub first: usize,
    /// Last key position; negative counts from the end (-1: the last argument).
    pub last: i32,
    /// Distance between keys.
    pub step: usize,
}

/// Names of a command or method in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    /// Rust method (and, for commands, core handler): `set_ex`.
    pub rust: String,
    /// Python method: `set` (forms are keyword arguments of the command's method); derived
    /// from the command's name (`incrby`, like redis-py), not from the Rust override.
    pub python: String,
    /// Node.js method: `setEx`.
    pub node: String,
    /// Go method: `SetEx`.
    pub go: String,
    /// C function: `ferrite_set_ex`.
    pub c: String,
}

impl Names {
    /// Names derived from a snake_case Rust name, with the table's overrides applied.
    pub fn derive(rust: &str, overrides: &table::Names) -> Names {
        let python = overrides.python.clone().unwrap_or_else(|| rust.to_string());
        let rust = overrides.rust.clone().unwrap_or_else(|| rust.to_string());
        Names {
            python,
            node: overrides.node.clone().unwrap_or_else(|| camel_case(&rust)),
            go: overrides.go.clone().unwrap_or_else(|| pascal_case(&rust)),
            c: overrides
                .c
                .clone()
                .unwrap_or_else(|| format!("ferrite_{rust}")),
            rust,
        }
    }
}

/// `set_ex` -> `SetEx`.
pub fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// `SetExpiration` -> `set_expiration`.
pub fn snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (i, ch) in pascal.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// `set_ex` -> `setEx`.
pub fn camel_case(snake: &str) -> String {
    let pascal = pascal_case(snake);
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// `KEEPTTL` -> `Keepttl`: the derived enum variant of a `oneof` alternative.
pub fn variant_from_token(token: &str) -> String {
    let lower = token.to_ascii_lowercase().replace('-', "_");
    pascal_case(&lower)
}

/// A value argument's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scalar {
    /// A key name.
    Key,
    /// Any bytes.
    Bytes,
    /// A glob-style pattern.
    Pattern,
    /// A 64-bit signed integer.
    Integer,
    /// A double.
    Float,
    /// A SCAN cursor.
    Cursor,
    /// A ZRANGEBYSCORE bound (`1`, `(1`, `-inf`).
    ScoreBound,
    /// A ZRANGEBYLEX bound (`[a`, `(a`, `-`, `+`).
    LexBound,
}

impl Scalar {
    /// The scalar of a table type name.
    pub fn from_name(name: &str) -> Option<Scalar> {
        Some(match name {
            "key" => Scalar::Key,
            "bytes" => Scalar::Bytes,
            "pattern" => Scalar::Pattern,
            "integer" => Scalar::Integer,
            "float" => Scalar::Float,
            "cursor" => Scalar::Cursor,
            "score_bound" => Scalar::ScoreBound,
            "lex_bound" => Scalar::LexBound,
            _ => return None,
        })
    }

    /// Whether the value is passed on as bytes (no parsing).
    pub fn is_bytes(self) -> bool {
        matches!(self, Scalar::Key | Scalar::Bytes | Scalar::Pattern)
    }
}

/// Every argument type name of the table.
pub const ARG_TYPES: &[&str] = &[
    "key",
    "bytes",
    "pattern",
    "integer",
    "float",
    "cursor",
    "score_bound",
    "lex_bound",
    "flag",
    "oneof",
    "block",
];

/// One argument.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// snake_case name.
    pub name: String,
    /// What it holds.
    pub kind: ArgKind,
    /// The token that introduces it (`COUNT`), or a flag's own token.
    pub token: Option<String>,
    /// May be left out.
    pub optional: bool,
    /// One or more.
    pub multiple: bool,
    /// Redis's text when the value does not parse, where it differs from the type's usual one.
    pub parse_error: Option<String>,
    /// The table's Python parameter name, where it overrides the derived one.
    pub python_name: Option<String>,
    /// A repeated two-member block that Python also takes as one pair of keyword arguments.
    pub python_pair_keywords: bool,
}

/// What an argument holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgKind {
    /// One value.
    Scalar(Scalar),
    /// A bare token.
    Flag,
    /// One of several tokens, each maybe with a value (a core enum).
    OneOf(OneOf),
    /// A group of arguments in order (a tuple).
    Block(Vec<Arg>),
}

/// A choice between tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneOf {
    /// The core enum, in the command's group module.
    pub enum_name: String,
    /// The alternatives, in table order.
    pub alternatives: Vec<Alternative>,
}

/// One alternative of a `oneof`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// snake_case name (the parameter name of its value in a form).
    pub name: String,
    /// Its token (`EX`).
    pub token: String,
    /// Enum variant (`Ex`).
    pub variant: String,
    /// The value following the token (`None`: a unit variant).
    pub value: Option<Scalar>,
    /// Redis's text when the value does not parse, where it differs from the type's usual one.
    pub parse_error: Option<String>,
    /// The table's Python keyword name, where it overrides the derived one.
    pub python_name: Option<String>,
}

impl Arg {
    /// Its Redis syntax (`[EX seconds | PX milliseconds]`).
    pub fn syntax(&self) -> String {
        arg_syntax(self)
    }

    /// Fewest and most argv elements one occurrence takes.
    pub fn width(&self) -> (usize, Option<usize>) {
        let token = usize::from(self.token.is_some() && self.kind != ArgKind::Flag);
        let (min, max) = match &self.kind {
            ArgKind::Scalar(_) => (1, Some(1)),
            ArgKind::Flag => (1, Some(1)),
            ArgKind::OneOf(oneof) => {
                let widths = oneof
                    .alternatives
                    .iter()
                    .map(|alt| 1 + usize::from(alt.value.is_some()));
                (widths.clone().min().unwrap_or(1), widths.max())
            }
            ArgKind::Block(members) => span(members),
        };
        (min + token, max.map(|max| max + token))
    }

    /// Fewest and most argv elements this argument takes in a command line.
    pub fn span(&self) -> (usize, Option<usize>) {
        let (min, max) = self.width();
        let max = if self.multiple { None } else { max };
        let min = if self.optional { 0 } else { min };
        (min, max)
    }

    /// An option: optional and introduced by a token (a flag, a tokened value, a `oneof`), so it
    /// may appear anywhere in its run of options.
    pub fn is_option(&self) -> bool {
        self.optional
            && !self.multiple
            && (self.token.is_some() || matches!(self.kind, ArgKind::Flag | ArgKind::OneOf(_)))
    }
}

/// Fewest and most argv elements a sequence of arguments takes.
pub fn span(args: &[Arg]) -> (usize, Option<usize>) {
    args.iter().fold((0, Some(0)), |(min, max), arg| {
        let (arg_min, arg_max) = arg.span();
        (min + arg_min, max.zip(arg_max).map(|(a, b)| a + b))
    })
}

/// Reply kinds: the core handler's (`Handler`) and the ones only forms return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum ReplyKind {
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
    /// Form only: UTF-8 text or nil.
    OptionalString,
    /// Form only: TTL's `-2`/`-1` as `None`, `n` as seconds.
    OptionalDurationS,
    /// Form only: PTTL's `-2`/`-1` as `None`, `n` as milliseconds.
    OptionalDurationMs,
}

/// Every reply kind name, in the order of `ReplyKind`.
const REPLY_KINDS: &[(&str, ReplyKind)] = &[
    ("ok", ReplyKind::Ok),
    ("bool", ReplyKind::Bool),
    ("integer", ReplyKind::Integer),
    ("count", ReplyKind::Count),
    ("optional_count", ReplyKind::OptionalCount),
    ("optional_integer", ReplyKind::OptionalInteger),
    ("float", ReplyKind::Float),
    ("incr_float", ReplyKind::IncrFloat),
    ("optional_float", ReplyKind::OptionalFloat),
    ("bytes", ReplyKind::Bytes),
    ("optional_bytes", ReplyKind::OptionalBytes),
    ("list", ReplyKind::List),
    ("set", ReplyKind::Set),
    ("optional_list", ReplyKind::OptionalList),
    ("optional_bytes_list", ReplyKind::OptionalBytesList),
    ("map", ReplyKind::Map),
    ("scored_list", ReplyKind::ScoredList),
    ("bool_list", ReplyKind::BoolList),
    ("integer_list", ReplyKind::IntegerList),
    ("optional_float_list", ReplyKind::OptionalFloatList),
    ("key_type", ReplyKind::KeyType),
    ("cursor_page", ReplyKind::CursorPage),
    ("reply", ReplyKind::Reply),
    ("optional_string", ReplyKind::OptionalString),
    ("optional_duration_s", ReplyKind::OptionalDurationS),
    ("optional_duration_ms", ReplyKind::OptionalDurationMs),
];

impl ReplyKind {
    /// The kind of a table name (`None` if unknown).
    pub fn from_name(name: &str) -> Option<ReplyKind> {
        REPLY_KINDS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, kind)| *kind)
    }

    /// The table name (`optional_bytes`).
    pub fn name(self) -> &'static str {
        REPLY_KINDS
            .iter()
            .find(|(_, kind)| *kind == self)
            .map_or("reply", |(name, _)| name)
    }

    /// Whether a core handler may return it (form-only kinds may not).
    pub fn is_handler_kind(self) -> bool {
        !matches!(
            self,
            ReplyKind::OptionalString
                | ReplyKind::OptionalDurationS
                | ReplyKind::OptionalDurationMs
        )
    }

    /// Whether a form may present a command reply of kind `self` as `to`.
    pub fn converts_to(self, to: ReplyKind) -> bool {
        use ReplyKind as K;
        self == to
            || self == K::Reply
            || matches!(
                (self, to),
                (K::OptionalBytes, K::OptionalString)
                    | (
                        K::Integer,
                        K::OptionalDurationS | K::OptionalDurationMs | K::Bool
                    )
                    | (K::Count, K::Bool)
                    | (K::List, K::Set)
                    | (K::Set, K::List)
                    | (K::OptionalInteger, K::OptionalCount)
            )
    }
}

/// How a form retypes a parameter for the caller: an integer as a duration or a point in time,
/// or a bytes argument that the form always fills with a number (ZRANGE's ranks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Retype {
    /// A bytes argument given as a 64-bit integer (sent in decimal).
    Integer,
    /// A bytes argument given as a double (sent as Redis parses it back).
    Float,
    /// A duration, sent as whole seconds.
    DurationS,
    /// A duration, sent as whole milliseconds.
    DurationMs,
    /// A point in time, sent as Unix seconds.
    UnixTimeS,
    /// A point in time, sent as Unix milliseconds.
    UnixTimeMs,
}

impl Retype {
    /// The retype of a table name.
    pub fn from_name(name: &str) -> Option<Retype> {
        Some(match name {
            "integer" => Retype::Integer,
            "float" => Retype::Float,
            "duration_s" => Retype::DurationS,
            "duration_ms" => Retype::DurationMs,
            "unix_time_s" => Retype::UnixTimeS,
            "unix_time_ms" => Retype::UnixTimeMs,
            _ => return None,
        })
    }

    /// Whether it retypes a bytes argument (else an integer one).
    pub fn of_bytes(self) -> bool {
        matches!(self, Retype::Integer | Retype::Float)
    }

    /// The table name.
    pub fn name(self) -> &'static str {
        match self {
            Retype::Integer => "integer",
            Retype::Float => "float",
            Retype::DurationS => "duration_s",
            Retype::DurationMs => "duration_ms",
            Retype::UnixTimeS => "unix_time_s",
            Retype::UnixTimeMs => "unix_time_ms",
        }
    }
}

/// What kind of method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// Required arguments only; optional ones absent.
    Plain,
    /// Required arguments plus the options struct.
    WithOptions,
    /// A form of the table.
    Form,
}

/// A typed method over a command.
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// Its names per language.
    pub names: Names,
    /// Kind.
    pub kind: MethodKind,
    /// One sentence for its documentation.
    pub summary: String,
    /// What the caller passes, in order.
    pub params: Vec<Param>,
    /// How each handler argument (one per command argument) is produced.
    pub call: Vec<CallArg>,
    /// The reply kind the method presents.
    pub reply: ReplyKind,
    /// A form's `fix`: (argument, the alternative's token or `true`/`false`), by argument name;
    /// empty for the plain and `_with` methods.
    pub fix: Vec<(String, String)>,
}

/// One parameter of a typed method.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// snake_case name.
    pub name: String,
    /// Its type.
    pub ty: ParamType,
}

/// The type of a typed method's parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamType {
    /// One value.
    Scalar(Scalar),
    /// One value retyped (a duration or a point in time instead of an integer).
    Retyped(Retype),
    /// One or more values.
    Many(Scalar),
    /// One or more tuples (a repeated block).
    Tuples(Vec<Scalar>),
    /// The core enum of a required `oneof`.
    Enum(String),
    /// The command's options struct.
    Options(String),
}

/// How one handler argument is produced from a method's parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum CallArg {
    /// The parameter of that name, as is (converted to the handler's type).
    Param(String, Scalar),
    /// The retyped parameter of that name, converted back to an integer.
    Retyped(String, Retype),
    /// The `multiple` parameter of that name.
    Many(String, Scalar),
    /// A `multiple` argument narrowed to the one parameter of that name.
    Single(String, Scalar),
    /// The repeated-block parameter of that name.
    Tuples(String, Vec<Scalar>),
    /// A repeated block narrowed to one tuple of these parameters.
    SingleTuple(Vec<CallArg>),
    /// A required block: a tuple of these parameters.
    Tuple(Vec<CallArg>),
    /// A required `oneof`: the enum parameter of that name.
    Enum(String),
    /// An optional argument left out (`None`, or `false` for a flag).
    Absent { flag: bool },
    /// A flag fixed to `true` by a form.
    True,
    /// An optional value fixed present by a form (`fix: {count: true}`): `Some` of its parameters.
    Present(Box<CallArg>),
    /// A `oneof` fixed to one alternative by a form, with its value parameter.
    Fixed {
        enum_name: String,
        variant: String,
        value: Option<Box<CallArg>>,
    },
    /// An optional argument read from the options struct field of that name.
    FromOptions(Arg),
}

/// How `execute` parses the arguments after the arity check.
#[derive(Debug, Clone, PartialEq)]
pub enum Parse {
    /// The generic grammar: these steps, then the handler call.
    Generic(Vec<Op>),
    /// The core's `<rust_name>_argv(ctx, argv)` parses argv itself.
    Custom,
}

/// One step of the generic argv parser (see `plan`). Steps nest through `OptionalBegin` /
/// `OptionalEnd`, so a target renders them with a flat loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A required literal token (a required tokened argument).
    Token { token: String },
    /// A required value, stored in `var`.
    Take {
        var: String,
        scalar: Scalar,
        parse_error: Option<String>,
    },
    /// A required `multiple` value: everything but the `tail_min` arguments that must follow.
    Many {
        var: String,
        scalar: Scalar,
        tail_min: usize,
        parse_error: Option<String>,
    },
    /// A required repeated block; an incomplete last block is a wrong-arity error when
    /// `incomplete_is_arity`, else `ERR syntax error` (ZADD, whose options come first).
    ManyTuples {
        var: String,
        members: Vec<Scalar>,
        tail_min: usize,
        incomplete_is_arity: bool,
    },
    /// A required `oneof`: the next argument must be one of its tokens.
    OneOf { var: String, oneof: OneOf },
    /// An optional positional value or block, present when more than `tail_min` arguments remain.
    OptionalBegin { var: String, tail_min: usize },
    /// End of an optional positional: its value is the `members` variables (a tuple when several).
    OptionalEnd { var: String, members: Vec<String> },
    /// A run of options in any order; when `trailing`, an unknown token is a syntax error, else
    /// it ends the run.
    Options {
        trailing: bool,
        entries: Vec<OptionEntry>,
    },
}

/// One option of a run.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionEntry {
    /// A flag: `var` becomes true.
    Flag { var: String, token: String },
    /// A tokened value: `var` becomes `Some(value)`; repeating replaces it.
    Value {
        var: String,
        token: String,
        scalar: Scalar,
        parse_error: Option<String>,
    },
    /// A tokened block: `var` becomes `Some((values..))`.
    Block {
        var: String,
        token: String,
        members: Vec<Scalar>,
    },
    /// The alternatives of a `oneof`.
    OneOf { var: String, oneof: OneOf },
}

/// An example: setup, argv, and the expected outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// Commands run first.
    pub setup: Vec<Vec<String>>,
    /// The command under test.
    pub argv: Vec<String>,
    /// Reply or error.
    pub expect: Expect,
    /// Compare arrays as multisets.
    pub unordered: bool,
    /// Commands the example uses that the table does not have (the example cannot run yet).
    pub missing_commands: Vec<String>,
}

impl Example {
    /// Why the example cannot run yet (it uses commands the table does not have), for the
    /// generated tests to skip it with; `None` when it runs.
    pub fn skip_reason(&self) -> Option<String> {
        (!self.missing_commands.is_empty()).then(|| {
            format!(
                "needs {}, not in commands.yaml yet",
                self.missing_commands.join(", ")
            )
        })
    }
}

/// The expected outcome of an example.
#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    /// This reply.
    Reply(Value),
    /// This error text, exactly.
    Error(String),
}

/// A reply value of an example.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    /// Nil.
    Nil,
    /// A status (`OK`).
    Status(String),
    /// An integer.
    Integer(i64),
    /// A bulk string.
    Bulk(String),
    /// An array.
    Array(Vec<Value>),
}

impl Value {
    /// The value an example's YAML `reply` stands for (`None` for a shape that means nothing).
    pub fn from_yaml(yaml: &serde_yaml::Value) -> Option<Value> {
        use serde_yaml::Value as Y;
        Some(match yaml {
            Y::Null => Value::Nil,
            Y::Number(n) => Value::Integer(n.as_i64()?),
            Y::String(s) => Value::Bulk(s.clone()),
            Y::Sequence(items) => {
                Value::Array(items.iter().map(Value::from_yaml).collect::<Option<_>>()?)
            }
            Y::Mapping(map) if map.len() == 1 => match map.iter().next()? {
                (Y::String(key), Y::String(text)) if key == "status" => Value::Status(text.clone()),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The value with every array sorted, recursively (to compare multisets).
    pub fn sorted(&self) -> Value {
        match self {
            Value::Array(items) => {
                let mut items: Vec<Value> = items.iter().map(Value::sorted).collect();
                items.sort();
                Value::Array(items)
            }
            other => other.clone(),
        }
    }
}

impl Model {
    /// Builds the model of a table. The table must have passed `validate::validate`.
    pub fn build(table: &table::Table) -> Model {
        let known: Vec<String> = table
            .commands
            .iter()
            .map(|c| c.name.to_ascii_uppercase())
            .collect();
        let mut commands: Vec<Command> = table
            .commands
            .iter()
            .map(|c| build_command(c, &known))
            .collect();
        commands.sort_by_key(|c| (GROUPS.iter().position(|g| *g == c.group), c.name.clone()));
        Model { commands }
    }

    /// A stable 64-bit FNV-1a hash of the model, embedded in generated code so a binding can
    /// check it was generated from the same table as the library it loads.
    pub fn hash(&self) -> u64 {
        fnv1a(format!("{self:?}").as_bytes())
    }

    /// The command of that name (any case).
    pub fn command(&self, name: &str) -> Option<&Command> {
        self.commands
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }
}

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The model argument of a (validated) table argument.
pub fn build_arg(arg: &table::Arg) -> Arg {
    let kind = match arg.ty.as_str() {
        "flag" => ArgKind::Flag,
        "oneof" => ArgKind::OneOf(OneOf {
            enum_name: arg.enum_name.clone().unwrap_or_default(),
            alternatives: arg.args.iter().map(build_alternative).collect(),
        }),
        "block" => ArgKind::Block(arg.args.iter().map(build_arg).collect()),
        other => ArgKind::Scalar(Scalar::from_name(other).unwrap_or(Scalar::Bytes)),
    };
    Arg {
        name: arg.name.clone(),
        kind,
        token: arg.token.clone(),
        optional: arg.optional,
        multiple: arg.multiple,
        parse_error: arg.parse_error.clone(),
        python_name: arg.python.as_ref().and_then(|p| p.name.clone()),
        python_pair_keywords: arg.python.as_ref().is_some_and(|p| p.pair_keywords),
    }
}

fn build_alternative(alt: &table::Arg) -> Alternative {
    let token = alt.token.clone().unwrap_or_default();
    Alternative {
        name: alt.name.clone(),
        variant: alt
            .variant
            .clone()
            .unwrap_or_else(|| variant_from_token(&token)),
        value: Scalar::from_name(&alt.ty),
        parse_error: alt.parse_error.clone(),
        python_name: alt.python.as_ref().and_then(|p| p.name.clone()),
        token,
    }
}

fn build_command(cmd: &table::Command, known: &[String]) -> Command {
    let args: Vec<Arg> = cmd.args.iter().map(build_arg).collect();
    let (min, max) = span(&args);
    let names = Names::derive(&cmd.name.to_ascii_lowercase(), &cmd.names);
    let options: Vec<Arg> = args.iter().filter(|a| a.optional).cloned().collect();
    let options_struct =
        (!options.is_empty()).then(|| format!("{}Options", pascal_case(&names.rust)));
    let reply = ReplyKind::from_name(&cmd.reply).unwrap_or(ReplyKind::Reply);
    let methods = build_methods(cmd, &args, &names, reply, options_struct.as_deref());
    let parse = if cmd.custom_parse {
        Parse::Custom
    } else {
        Parse::Generic(plan(&args))
    };
    Command {
        name: cmd.name.clone(),
        lower_name: cmd.name.to_ascii_lowercase(),
        group: cmd.group.clone(),
        summary: cmd.summary.clone(),
        since: cmd.since.clone(),
        syntax: syntax_line(&cmd.name, &args),
        arity: Arity {
            redis: cmd.arity,
            min: min + 1,
            max: max.map(|m| m + 1),
        },
        flags: Flags {
            write: cmd.flags.iter().any(|f| f == "write"),
            readonly: cmd.flags.iter().any(|f| f == "readonly"),
            denyoom: cmd.flags.iter().any(|f| f == "denyoom"),
            nondeterministic_output: cmd.flags.iter().any(|f| f == "nondeterministic_output"),
            nondeterministic_output_order: cmd
                .flags
                .iter()
                .any(|f| f == "nondeterministic_output_order"),
            all: cmd.flags.clone(),
        },
        keys: cmd.keys.as_ref().map(|k| KeySpec {
            first: k.first.max(0) as usize,
            last: k.last,
            step: k.step.max(0) as usize,
        }),
        reply,
        errors: cmd.errors.clone(),
        options_struct,
        options,
        methods,
        parse,
        extra_args_are_arity: cmd.extra_args_error.as_deref() == Some("wrong_arity"),
        examples: cmd
            .examples
            .iter()
            .map(|e| build_example(e, known))
            .collect(),
        names,
        args,
    }
}

fn build_example(example: &table::Example, known: &[String]) -> Example {
    let expect = match &example.error {
        Some(text) => Expect::Error(text.clone()),
        None => Expect::Reply(Value::from_yaml(&example.reply).unwrap_or(Value::Nil)),
    };
    let mut missing: Vec<String> = example
        .setup
        .iter()
        .chain(std::iter::once(&example.argv))
        .filter_map(|argv| argv.first())
        .map(|name| name.to_ascii_uppercase())
        .filter(|name| !known.contains(name))
        .collect();
    missing.sort();
    missing.dedup();
    // An example of an unknown command's error text is runnable as it is.
    if matches!(&expect, Expect::Error(text) if text.starts_with("ERR unknown command")) {
        missing.clear();
    }
    Example {
        setup: example.setup.clone(),
        argv: example.argv.clone(),
        expect,
        unordered: example.unordered,
        missing_commands: missing,
    }
}

/// The Redis syntax line of a command (`GET key`).
pub fn syntax_line(name: &str, args: &[Arg]) -> String {
    std::iter::once(name.to_string())
        .chain(args.iter().map(arg_syntax))
        .collect::<Vec<_>>()
        .join(" ")
}

fn arg_syntax(arg: &Arg) -> String {
    let one = match &arg.kind {
        ArgKind::Scalar(_) => arg.name.replace('_', "-"),
        ArgKind::Flag => arg
            .token
            .clone()
            .unwrap_or_else(|| arg.name.to_ascii_uppercase()),
        ArgKind::OneOf(oneof) => {
            let alts: Vec<String> = oneof
                .alternatives
                .iter()
                .map(|alt| match alt.value {
                    Some(_) => format!("{} {}", alt.token, alt.name.replace('_', "-")),
                    None => alt.token.clone(),
                })
                .collect();
            let alts = alts.join(" | ");
            if arg.optional {
                alts
            } else {
                format!("<{alts}>")
            }
        }
        ArgKind::Block(members) => members.iter().map(arg_syntax).collect::<Vec<_>>().join(" "),
    };
    let one = match (&arg.token, &arg.kind) {
        (Some(token), ArgKind::Scalar(_) | ArgKind::Block(_)) => format!("{token} {one}"),
        _ => one,
    };
    let one = if arg.multiple {
        format!("{one} [{one} ...]")
    } else {
        one
    };
    if arg.optional {
        format!("[{one}]")
    } else {
        one
    }
}

fn build_methods(
    cmd: &table::Command,
    args: &[Arg],
    names: &Names,
    reply: ReplyKind,
    options_struct: Option<&str>,
) -> Vec<Method> {
    let mut methods = Vec::new();
    let replaced = cmd.forms.iter().any(|f| f.name == names.rust);
    let required_params: Vec<Param> = args
        .iter()
        .filter(|a| !a.optional)
        .flat_map(|a| params_of(a, &Narrowing::default()))
        .collect();
    if !replaced {
        methods.push(Method {
            names: names.clone(),
            kind: MethodKind::Plain,
            summary: cmd.summary.clone(),
            params: required_params.clone(),
            call: args
                .iter()
                .map(|a| call_of(a, &Narrowing::default(), false))
                .collect(),
            reply,
            fix: Vec::new(),
        });
    }
    for form in &cmd.forms {
        let narrowing = Narrowing {
            fix: form
                .fix
                .iter()
                .map(|(k, v)| (k.clone(), fix_token(v)))
                .collect(),
            single: form.single.clone(),
            params: form
                .params
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), Retype::from_name(v)?)))
                .collect(),
        };
        let params = args
            .iter()
            .filter(|a| !a.optional || narrowing.fix.contains_key(&a.name))
            .flat_map(|a| params_of(a, &narrowing))
            .collect();
        methods.push(Method {
            names: Names {
                python: form
                    .names
                    .python
                    .clone()
                    .unwrap_or_else(|| names.python.clone()),
                node: form
                    .names
                    .node
                    .clone()
                    .unwrap_or_else(|| camel_case(&form.name)),
                go: form
                    .names
                    .go
                    .clone()
                    .unwrap_or_else(|| form_go_name(&form.name, names)),
                c: format!("ferrite_{}", form.name),
                rust: form.name.clone(),
            },
            kind: MethodKind::Form,
            summary: form.summary.clone().unwrap_or_else(|| cmd.summary.clone()),
            params,
            call: args.iter().map(|a| call_of(a, &narrowing, false)).collect(),
            reply: ReplyKind::from_name(&form.reply).unwrap_or(reply),
            fix: narrowing
                .fix
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        });
    }
    if let Some(options_struct) = options_struct {
        let mut params = required_params;
        params.push(Param {
            name: "options".into(),
            ty: ParamType::Options(options_struct.to_string()),
        });
        let rust = format!("{}_with", names.rust);
        methods.push(Method {
            names: Names {
                python: names.python.clone(),
                node: format!("{}With", names.node),
                go: format!("{}With", names.go),
                c: format!("{}_with", names.c),
                rust,
            },
            kind: MethodKind::WithOptions,
            summary: format!("{} With every option.", cmd.summary),
            params,
            call: args
                .iter()
                .map(|a| call_of(a, &Narrowing::default(), true))
                .collect(),
            reply,
            fix: Vec::new(),
        });
    }
    methods
}

/// The Go name of a form: the command's Go name when the form has the command's Rust name
/// (`hset` -> `HSet`), the command's Go name plus the rest when the form's name extends the
/// command's (`zrange_with_scores` -> `ZRangeWithScores`), else derived from the form's name.
fn form_go_name(form: &str, command: &Names) -> String {
    if form == command.rust {
        return command.go.clone();
    }
    match form
        .strip_prefix(command.rust.as_str())
        .and_then(|rest| rest.strip_prefix('_'))
    {
        Some(rest) if !rest.is_empty() => format!("{}{}", command.go, pascal_case(rest)),
        _ => pascal_case(form),
    }
}

/// The token a form's `fix` names (`true` for a flag).
fn fix_token(value: &serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s.clone(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        other => format!("{other:?}"),
    }
}

/// What a form does to the arguments.
#[derive(Default)]
struct Narrowing {
    fix: BTreeMap<String, String>,
    single: Vec<String>,
    params: BTreeMap<String, Retype>,
}

impl Narrowing {
    fn scalar_param(&self, name: &str, scalar: Scalar) -> (Param, CallArg) {
        match self.params.get(name) {
            Some(retype) => (
                Param {
                    name: name.to_string(),
                    ty: ParamType::Retyped(*retype),
                },
                CallArg::Retyped(name.to_string(), *retype),
            ),
            None => (
                Param {
                    name: name.to_string(),
                    ty: ParamType::Scalar(scalar),
                },
                CallArg::Param(name.to_string(), scalar),
            ),
        }
    }
}

/// The caller's parameters for one argument that the method takes.
fn params_of(arg: &Arg, narrowing: &Narrowing) -> Vec<Param> {
    let single = narrowing.single.contains(&arg.name);
    if arg.optional && !matches!(arg.kind, ArgKind::OneOf(_)) {
        // A fixed optional value or block: present (`true`) takes its value as parameters.
        let present = narrowing.fix.get(&arg.name).is_some_and(|v| v == "true");
        return match &arg.kind {
            ArgKind::Scalar(_) | ArgKind::Block(_) if present => params_of(
                &Arg {
                    optional: false,
                    ..arg.clone()
                },
                narrowing,
            ),
            _ => Vec::new(),
        };
    }
    match &arg.kind {
        ArgKind::Scalar(scalar) if arg.multiple && !single => {
            vec![Param {
                name: arg.name.clone(),
                ty: ParamType::Many(*scalar),
            }]
        }
        ArgKind::Scalar(scalar) => vec![narrowing.scalar_param(&arg.name, *scalar).0],
        ArgKind::Block(members) if arg.multiple && !single => {
            vec![Param {
                name: arg.name.clone(),
                ty: ParamType::Tuples(block_scalars(members)),
            }]
        }
        ArgKind::Block(members) => members
            .iter()
            .flat_map(|m| params_of(m, narrowing))
            .collect(),
        ArgKind::OneOf(oneof) => match narrowing.fix.get(&arg.name) {
            Some(token) => oneof
                .alternatives
                .iter()
                .filter(|alt| &alt.token == token)
                .filter_map(|alt| Some(narrowing.scalar_param(&alt.name, alt.value?).0))
                .collect(),
            None => vec![Param {
                name: arg.name.clone(),
                ty: ParamType::Enum(oneof.enum_name.clone()),
            }],
        },
        ArgKind::Flag => Vec::new(),
    }
}

/// The scalars of a block's members (validation allows only scalar members in a repeated block).
pub fn block_scalars(members: &[Arg]) -> Vec<Scalar> {
    members
        .iter()
        .map(|m| match m.kind {
            ArgKind::Scalar(scalar) => scalar,
            _ => Scalar::Bytes,
        })
        .collect()
}

/// How the handler argument for `arg` is produced (`from_options`: optional arguments come
/// from the options struct).
fn call_of(arg: &Arg, narrowing: &Narrowing, from_options: bool) -> CallArg {
    if arg.optional {
        return match (&arg.kind, narrowing.fix.get(&arg.name).map(String::as_str)) {
            (ArgKind::Flag, Some("true")) => CallArg::True,
            (ArgKind::Scalar(_) | ArgKind::Block(_), Some("true")) => {
                let required = Arg {
                    optional: false,
                    ..arg.clone()
                };
                CallArg::Present(Box::new(call_of(&required, narrowing, false)))
            }
            (_, Some("false")) => CallArg::Absent {
                flag: arg.kind == ArgKind::Flag,
            },
            (ArgKind::OneOf(oneof), Some(token)) => {
                let alt = oneof.alternatives.iter().find(|alt| alt.token == token);
                CallArg::Fixed {
                    enum_name: oneof.enum_name.clone(),
                    variant: alt.map(|a| a.variant.clone()).unwrap_or_default(),
                    value: alt.and_then(|alt| {
                        Some(Box::new(narrowing.scalar_param(&alt.name, alt.value?).1))
                    }),
                }
            }
            _ if from_options => CallArg::FromOptions(arg.clone()),
            _ => CallArg::Absent {
                flag: arg.kind == ArgKind::Flag,
            },
        };
    }
    let single = narrowing.single.contains(&arg.name);
    match &arg.kind {
        ArgKind::Scalar(scalar) if arg.multiple && single => {
            CallArg::Single(arg.name.clone(), *scalar)
        }
        ArgKind::Scalar(scalar) if arg.multiple => CallArg::Many(arg.name.clone(), *scalar),
        ArgKind::Scalar(scalar) => narrowing.scalar_param(&arg.name, *scalar).1,
        ArgKind::Block(members) if arg.multiple && !single => {
            CallArg::Tuples(arg.name.clone(), block_scalars(members))
        }
        ArgKind::Block(members) => {
            let parts = members
                .iter()
                .map(|m| call_of(m, narrowing, false))
                .collect();
            if arg.multiple {
                CallArg::SingleTuple(parts)
            } else {
                CallArg::Tuple(parts)
            }
        }
        ArgKind::OneOf(_) => CallArg::Enum(arg.name.clone()),
        ArgKind::Flag => CallArg::True,
    }
}

/// The parse plan of a command's arguments: positional arguments in order, runs of options in
/// any order (see `Op`).
pub fn plan(args: &[Arg]) -> Vec<Op> {
    let mut ops = Vec::new();
    plan_into(args, "", 0, true, &mut ops);
    ops
}

fn plan_into(
    args: &[Arg],
    prefix: &str,
    outer_tail: usize,
    outer_trailing: bool,
    ops: &mut Vec<Op>,
) {
    let mut idx = 0;
    let options_before = |idx: usize| args[..idx].iter().any(Arg::is_option);
    while idx < args.len() {
        let tail_after = |end: usize| span(&args[end..]).0 + outer_tail;
        if args[idx].is_option() {
            let start = idx;
            while idx < args.len() && args[idx].is_option() {
                idx += 1;
            }
            let trailing = outer_trailing && args[idx..].is_empty();
            let entries = args[start..idx]
                .iter()
                .map(|a| option_entry(a, prefix))
                .collect();
            ops.push(Op::Options { trailing, entries });
            continue;
        }
        let arg = &args[idx];
        let var = format!("{prefix}{}", arg.name);
        let tail_min = tail_after(idx + 1);
        if arg.optional {
            ops.push(Op::OptionalBegin {
                var: var.clone(),
                tail_min,
            });
            let members = push_value(
                arg,
                &var,
                tail_min,
                outer_trailing && idx + 1 == args.len(),
                false,
                ops,
            );
            ops.push(Op::OptionalEnd { var, members });
        } else {
            push_value(
                arg,
                &var,
                tail_min,
                outer_trailing && idx + 1 == args.len(),
                options_before(idx),
                ops,
            );
        }
        idx += 1;
    }
}

/// Pushes the ops that parse one occurrence of a positional argument into `var`; returns the
/// variables that hold its parts (for an optional positional's tuple).
fn push_value(
    arg: &Arg,
    var: &str,
    tail_min: usize,
    trailing: bool,
    options_before: bool,
    ops: &mut Vec<Op>,
) -> Vec<String> {
    if let (Some(token), false) = (&arg.token, arg.kind == ArgKind::Flag) {
        ops.push(Op::Token {
            token: token.clone(),
        });
    }
    match &arg.kind {
        ArgKind::Scalar(scalar) if arg.multiple => {
            ops.push(Op::Many {
                var: var.to_string(),
                scalar: *scalar,
                tail_min,
                parse_error: arg.parse_error.clone(),
            });
            vec![var.to_string()]
        }
        ArgKind::Scalar(scalar) => {
            ops.push(Op::Take {
                var: var.to_string(),
                scalar: *scalar,
                parse_error: arg.parse_error.clone(),
            });
            vec![var.to_string()]
        }
        ArgKind::Block(members) if arg.multiple => {
            ops.push(Op::ManyTuples {
                var: var.to_string(),
                members: block_scalars(members),
                tail_min,
                incomplete_is_arity: !options_before,
            });
            vec![var.to_string()]
        }
        ArgKind::Block(members) => {
            let prefix = format!("{var}_");
            plan_into(members, &prefix, tail_min, trailing, ops);
            members
                .iter()
                .map(|m| format!("{prefix}{}", m.name))
                .collect()
        }
        ArgKind::OneOf(oneof) => {
            ops.push(Op::OneOf {
                var: var.to_string(),
                oneof: oneof.clone(),
            });
            vec![var.to_string()]
        }
        ArgKind::Flag => {
            // A required flag is a required literal token.
            ops.push(Op::Token {
                token: arg.token.clone().unwrap_or_default(),
            });
            Vec::new()
        }
    }
}

fn option_entry(arg: &Arg, prefix: &str) -> OptionEntry {
    let var = format!("{prefix}{}", arg.name);
    let token = arg.token.clone().unwrap_or_default();
    match &arg.kind {
        ArgKind::Flag => OptionEntry::Flag { var, token },
        ArgKind::Scalar(scalar) => OptionEntry::Value {
            var,
            token,
            scalar: *scalar,
            parse_error: arg.parse_error.clone(),
        },
        ArgKind::Block(members) => OptionEntry::Block {
            var,
            token,
            members: block_scalars(members),
        },
        ArgKind::OneOf(oneof) => OptionEntry::OneOf {
            var,
            oneof: oneof.clone(),
        },
    }
}
