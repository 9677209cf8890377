//! Stage 1, parse: a serde mirror of `commands.yaml`. No logic lives here; every rule about what
//! a valid table is lives in `validate.rs`, and everything derived lives in `model.rs`.
//!
//! The schema, field by field, is documented in ARCHITECTURE.md ("The command table").

use std::collections::BTreeMap;

use serde::Deserialize;

/// The whole table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Schema version of the table format.
    pub version: u32,
    /// Every command, grouped and sorted by name within a group.
    pub commands: Vec<Command>,
}

/// One command.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Command {
    /// Redis spelling, upper case (`HSTRLEN`).
    pub name: String,
    /// `string`, `hash`, `list`, `set`, `zset`, `keys`, `connection` or `server`.
    pub group: String,
    /// One sentence.
    pub summary: String,
    /// Redis version that introduced the command.
    pub since: String,
    /// Redis arity: N exact, -N at least N, command name counted.
    pub arity: i32,
    /// Redis command flags (`write`, `readonly`, `fast`, `denyoom`, ...).
    pub flags: Vec<String>,
    /// Key positions (argv indexes, command name at 0), if the command takes keys.
    #[serde(default)]
    pub keys: Option<KeySpec>,
    /// Arguments after the command name, in Redis grammar order.
    #[serde(default)]
    pub args: Vec<Arg>,
    /// Reply kind of the core handler (closed set, see ARCHITECTURE.md).
    pub reply: String,
    /// Error kinds the command can return.
    #[serde(default)]
    pub errors: Vec<String>,
    /// Per-language names where the derived name is wrong.
    #[serde(default)]
    pub names: Names,
    /// Typed convenience methods over this command (`set_ex`, `zrange_with_scores`, ...).
    #[serde(default)]
    pub forms: Vec<Form>,
    /// argv -> expected reply, true of redis-server 7.0; run as tests in every language.
    pub examples: Vec<Example>,
    /// The argument grammar is too idiosyncratic for the generic parser (`numkeys`-led lists,
    /// command-specific error texts): `execute` calls
    /// `commands::<group>::<rust_name>_argv(ctx, argv) -> Result<Reply>` with the whole argv
    /// after the arity check, and the typed methods still call the typed handler.
    #[serde(default)]
    pub custom_parse: bool,
    /// The error for arguments left over after the grammar is complete: `syntax` (the default,
    /// `ERR syntax error`) or `wrong_arity` (LPOP and RPOP reply with the arity error).
    #[serde(default)]
    pub extra_args_error: Option<String>,
}

/// Which argv positions are keys: `first`, `last` (-1: the last argument, -2: the one before),
/// and `step`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeySpec {
    /// First key position.
    pub first: i32,
    /// Last key position; negative counts from the end.
    pub last: i32,
    /// Distance between keys.
    pub step: i32,
}

/// One argument (or one alternative of a `oneof`, or one member of a `block`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arg {
    /// snake_case name; becomes the parameter name.
    pub name: String,
    /// `key`, `bytes`, `pattern`, `integer`, `float`, `cursor`, `score_bound`, `lex_bound`,
    /// `flag`, `oneof` or `block`.
    #[serde(rename = "type")]
    pub ty: String,
    /// The token that introduces the argument (`COUNT` in `COUNT 5`), or the flag's own token.
    #[serde(default)]
    pub token: Option<String>,
    /// May be left out.
    #[serde(default)]
    pub optional: bool,
    /// One or more (a variadic tail, or a repeated block).
    #[serde(default)]
    pub multiple: bool,
    /// For `oneof`: the name of the core enum that holds the choice.
    #[serde(default, rename = "enum")]
    pub enum_name: Option<String>,
    /// For a `oneof` alternative: the enum variant name, when not derived from the token.
    #[serde(default)]
    pub variant: Option<String>,
    /// For `oneof`: the alternatives. For `block`: the members, in order.
    #[serde(default)]
    pub args: Vec<Arg>,
    /// For `integer` and `float` arguments: Redis's exact error text when the value does not
    /// parse, where it differs from the type's usual one (LPOP's count:
    /// `ERR value is out of range, must be positive`).
    #[serde(default)]
    pub parse_error: Option<String>,
    /// How the Python binding presents the argument, where its derived form is not redis-py's.
    #[serde(default)]
    pub python: Option<PythonArg>,
}

/// The Python binding's view of one argument (`python: { name: desc }`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonArg {
    /// The Python parameter name, where redis-py's differs from the table's (ZRANGE's `rev` is
    /// `desc`, SCAN's `pattern` is `match`).
    #[serde(default)]
    pub name: Option<String>,
    /// For a repeated block of two members: the method also takes one element as keyword
    /// arguments named after the members, beside the mapping, all optional (HSET's
    /// `hset(name, key=None, value=None, mapping=None)`).
    #[serde(default)]
    pub pair_keywords: bool,
}

/// Per-language name overrides.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Rust method and core handler name (`incr_by`).
    #[serde(default)]
    pub rust: Option<String>,
    /// Python method name.
    #[serde(default)]
    pub python: Option<String>,
    /// Node.js method name.
    #[serde(default)]
    pub node: Option<String>,
    /// Go method name.
    #[serde(default)]
    pub go: Option<String>,
    /// C function name.
    #[serde(default)]
    pub c: Option<String>,
}

/// A typed convenience method over a command.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// snake_case name (the Rust method name; other languages derive theirs).
    pub name: String,
    /// What the form does, when it is not obvious from the name.
    #[serde(default)]
    pub summary: Option<String>,
    /// Optional arguments fixed by the form: a flag to `true`, a `oneof` to one alternative's
    /// token (whose value, if any, becomes a parameter).
    #[serde(default)]
    pub fix: BTreeMap<String, serde_yaml::Value>,
    /// `multiple` arguments narrowed to exactly one element.
    #[serde(default)]
    pub single: Vec<String>,
    /// Parameters retyped for the caller: `duration_s`, `duration_ms`, `unix_time_s`,
    /// `unix_time_ms`.
    #[serde(default)]
    pub params: BTreeMap<String, String>,
    /// The reply kind the form returns (converted from the command's reply).
    pub reply: String,
    /// Per-language names where the derived one is wrong (`go: SetNX`); `rust` and `c` come
    /// from `name` and may not be given.
    #[serde(default)]
    pub names: Names,
}

/// One example: run `setup` on an empty database, then `argv`, and expect `reply` or `error`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Commands run first; each must succeed.
    #[serde(default)]
    pub setup: Vec<Vec<String>>,
    /// The command under test.
    pub argv: Vec<String>,
    /// Expected reply: YAML int = integer, string = bulk, null = nil, list = array,
    /// `{status: OK}` = status reply.
    #[serde(default)]
    pub reply: serde_yaml::Value,
    /// Expected error text, exactly as Redis replies (instead of `reply`).
    #[serde(default)]
    pub error: Option<String>,
    /// Compare arrays as multisets (SMEMBERS, KEYS, ...).
    #[serde(default)]
    pub unordered: bool,
}

/// Parses the table from YAML text.
pub fn parse(text: &str) -> anyhow::Result<Table> {
    Ok(serde_yaml::from_str(text)?)
}
