//! Each validation rule fed a bad table, and its message checked.

use codegen::{table, validate};

/// A valid command, in YAML; tests replace parts of it.
const HSTRLEN: &str = r#"
- name: HSTRLEN
  group: hash
  summary: Length of the value stored in a hash field.
  since: "3.2.0"
  arity: 3
  flags: [readonly, fast]
  keys: { first: 1, last: 1, step: 1 }
  args: [ { name: key, type: key }, { name: field, type: bytes } ]
  reply: count
  errors: [wrongtype]
  examples:
    - { argv: [HSTRLEN, h, f], reply: 0 }
"#;

/// The validation messages of a table made of `commands` (YAML list items).
fn issues(commands: &str) -> Vec<String> {
    let text = format!("version: 1\ncommands:\n{commands}");
    let table = table::parse(&text).expect("the test table parses");
    match validate::validate(&table) {
        Ok(()) => Vec::new(),
        Err(issues) => issues.0.iter().map(ToString::to_string).collect(),
    }
}

/// `HSTRLEN` with `from` replaced by `to`.
fn hstrlen(from: &str, to: &str) -> String {
    assert!(HSTRLEN.contains(from), "{from}");
    HSTRLEN.replace(from, to)
}

fn assert_issues(commands: &str, expected: &[&str]) {
    assert_eq!(issues(commands), expected);
}

#[test]
fn valid_command_has_no_issues() {
    assert_issues(HSTRLEN, &[]);
}

#[test]
fn real_table_is_valid() {
    let root = codegen::files::workspace_root(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    codegen::files::load_model(&root.join("commands.yaml")).unwrap_or_else(|err| panic!("{err:#}"));
}

#[test]
fn unknown_argument_type() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: byts }",
        ),
        &[r#"HSTRLEN.args[1].type: unknown type "byts""#],
    );
}

#[test]
fn duplicate_command() {
    assert_issues(
        &format!("{HSTRLEN}{HSTRLEN}"),
        &[
            "HSTRLEN.name: duplicate command (also commands[0])",
            r#"HSTRLEN.names.python: Python method name "hstrlen" is also HSTRLEN's"#,
            r#"HSTRLEN.names.rust: method name "hstrlen" is also HSTRLEN.names.rust"#,
        ],
    );
}

#[test]
fn duplicate_argument() {
    assert_issues(
        &hstrlen("{ name: field, type: bytes }", "{ name: key, type: bytes }"),
        &[r#"HSTRLEN.args[1].name: duplicate argument name "key""#],
    );
}

#[test]
fn arity_disagrees_with_arguments() {
    assert_issues(
        &hstrlen("arity: 3", "arity: -3"),
        &["HSTRLEN.arity: -3 disagrees with the arguments, which take exactly 3 argv elements with the name (arity 3)"],
    );
    assert_issues(
        &hstrlen("{ name: field, type: bytes }", "{ name: field, type: bytes, multiple: true }"),
        &["HSTRLEN.arity: 3 disagrees with the arguments, which take at least 3 argv elements with the name (arity -3)"],
    );
}

#[test]
fn key_positions_out_of_range_or_not_a_key() {
    assert_issues(
        &hstrlen("first: 1, last: 1", "first: 3, last: 3"),
        &[
            "HSTRLEN.keys.first: 3 is out of range (1..=2 for arity 3)",
            "HSTRLEN.keys.last: 3 is out of range (first is 3)",
        ],
    );
    assert_issues(
        &hstrlen("first: 1, last: 1", "first: 2, last: 2"),
        &[r#"HSTRLEN.keys.first: argv[2] is "field", not a key"#],
    );
    assert_issues(
        &hstrlen("step: 1", "step: 0"),
        &["HSTRLEN.keys.step: 0 must be at least 1"],
    );
    assert_issues(
        &hstrlen("  keys: { first: 1, last: 1, step: 1 }\n", ""),
        &["HSTRLEN.keys: missing, but the command takes a key argument"],
    );
}

#[test]
fn unknown_reply_flag_and_error_kinds() {
    assert_issues(
        &hstrlen("reply: count", "reply: cnt"),
        &[r#"HSTRLEN.reply: unknown reply kind "cnt""#],
    );
    assert_issues(
        &hstrlen("reply: count", "reply: optional_string"),
        &[r#"HSTRLEN.reply: "optional_string" is a form-only reply kind"#],
    );
    assert_issues(
        &hstrlen("[readonly, fast]", "[readonly, quick]"),
        &[r#"HSTRLEN.flags[1]: unknown flag "quick""#],
    );
    assert_issues(
        &hstrlen("[wrongtype]", "[wrong_type]"),
        &[r#"HSTRLEN.errors[0]: unknown error kind "wrong_type""#],
    );
}

#[test]
fn conflicting_flags() {
    assert_issues(
        &hstrlen("[readonly, fast]", "[readonly, write]"),
        &["HSTRLEN.flags: conflicting flags: readonly and write"],
    );
}

#[test]
fn missing_examples() {
    assert_issues(
        &hstrlen(
            "  examples:\n    - { argv: [HSTRLEN, h, f], reply: 0 }\n",
            "  examples: []\n",
        ),
        &["HSTRLEN.examples: missing (every command needs at least one example)"],
    );
}

#[test]
fn example_argv_names_another_command() {
    assert_issues(
        &hstrlen("argv: [HSTRLEN, h, f]", "argv: [HLEN, h, f]"),
        &[r#"HSTRLEN.examples[0].argv[0]: "HLEN" is not HSTRLEN, and no setup step runs HSTRLEN"#],
    );
    assert_issues(
        &hstrlen("reply: 0 }", "reply: 0, error: ERR x }"),
        &["HSTRLEN.examples[0]: both reply and error"],
    );
    assert_issues(
        &hstrlen("reply: 0 }", "reply: 1.5 }"),
        &["HSTRLEN.examples[0].reply: not a reply: use null, an integer, a string, a list, or {status: TEXT}"],
    );
}

#[test]
fn keyword_names() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: type, type: bytes }",
        ),
        &[r#"HSTRLEN.args[1].name: "type" is a Rust keyword (e.g. `key_type`, not `type`)"#],
    );
    assert_issues(
        &hstrlen("  reply: count", "  names: { rust: match }\n  reply: count"),
        &[r#"HSTRLEN.names.rust: "match" is a Rust keyword (e.g. `key_type`, not `type`)"#],
    );
    // A parameter, and the C options field cgo reads, keep the table's spelling in Go.
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: range, type: bytes }",
        ),
        &[r#"HSTRLEN.args[1].name: "range" is a Go keyword"#],
    );
    // A Go method is capitalised, so a command may be called like a Go keyword.
    assert_issues(
        &hstrlen(
            "  reply: count",
            "  names: { rust: select }\n  reply: count",
        ),
        &[],
    );
}

#[test]
fn form_names() {
    let with_form = |names: &str| {
        hstrlen(
            "  examples:",
            &format!("  forms:\n    - {{ name: hstrlen_bool, reply: bool, names: {names} }}\n  examples:"),
        )
    };
    assert_issues(&with_form("{ go: HStrLenIsSet }"), &[]);
    assert_issues(
        &with_form("{ rust: other }"),
        &["HSTRLEN.forms[0].names: a form's Rust and C names come from its `name`; only go, node and python may be given"],
    );
}

#[test]
fn names_the_generated_code_uses() {
    assert_issues(
        &hstrlen("{ name: field, type: bytes }", "{ name: w, type: bytes }"),
        &[r#"HSTRLEN.args[1].name: "w" is reserved for the generated code"#],
    );
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: log_set, type: bytes }",
        ),
        &[
            r#"HSTRLEN.args[1].name: "log_set" starts with "log_", reserved for the generated log functions"#,
        ],
    );
}

const SET: &str = r#"
- name: SET
  group: string
  summary: Sets.
  since: "1.0.0"
  arity: -3
  flags: [write]
  keys: { first: 1, last: 1, step: 1 }
  args:
    - { name: key, type: key }
    - { name: value, type: bytes }
    - name: condition
      type: oneof
      optional: true
      enum: SetCondition
      args:
        - { name: nx, type: flag, token: NX }
        - { name: xx, type: flag, token: XX }
    - name: expiration
      type: oneof
      optional: true
      enum: SetExpiration
      args:
        - { name: seconds, type: integer, token: EX }
        - { name: keepttl, type: flag, token: KEEPTTL }
  reply: reply
  forms:
    - { name: set_ex, fix: { expiration: EX }, params: { seconds: duration_s }, reply: ok }
  examples:
    - { argv: [SET, k, v], reply: { status: OK } }
"#;

fn set(from: &str, to: &str) -> String {
    assert!(SET.contains(from), "{from}");
    SET.replace(from, to)
}

#[test]
fn oneof_without_enum_or_alternatives() {
    assert_issues(SET, &[]);
    assert_issues(
        &set("      enum: SetCondition\n", ""),
        &["SET.args[2].enum: a oneof needs the name of its core enum"],
    );
    assert_issues(
        &set(
            "      enum: SetCondition\n      args:\n        - { name: nx, type: flag, token: NX }\n        - { name: xx, type: flag, token: XX }\n",
            "      enum: SetCondition\n",
        ),
        &["SET.args[2].args: a oneof needs alternatives"],
    );
}

#[test]
fn forms_referring_to_unknown_arguments() {
    assert_issues(
        &set("fix: { expiration: EX }", "fix: { expiry: EX }"),
        &[
            r#"SET.forms[0].fix.expiry: unknown argument "expiry""#,
            r#"SET.forms[0].params.seconds: unknown parameter "seconds""#,
        ],
    );
    assert_issues(
        &set("fix: { expiration: EX }", "fix: { expiration: PX }"),
        &[
            r#"SET.forms[0].fix.expiration: "PX" is not a token of expiration"#,
            r#"SET.forms[0].params.seconds: unknown parameter "seconds""#,
        ],
    );
    assert_issues(
        &set("reply: ok }", "reply: ok, single: [value] }"),
        &[r#"SET.forms[0].single[0]: "value" is not a required multiple argument"#],
    );
    assert_issues(
        &set("seconds: duration_s", "seconds: minutes"),
        &[
            r#"SET.forms[0].params.seconds: unknown parameter type "minutes" (duration_s, duration_ms, unix_time_s, unix_time_ms, integer, float)"#,
        ],
    );
    assert_issues(
        &hstrlen(
            "  examples:",
            "  forms:\n    - { name: hstrlen_str, reply: optional_string }\n  examples:",
        ),
        &["HSTRLEN.forms[0].reply: a count reply cannot be presented as optional_string"],
    );
}

#[test]
fn method_names_are_unique() {
    assert_issues(
        &set("name: set_ex,", "name: set_with,"),
        &[r#"SET.forms[0].name: method name "set_with" is also SET.names.rust"#],
    );
}

#[test]
fn grammar_the_generic_parser_cannot_read() {
    let cmd = hstrlen(
        "{ name: key, type: key }, { name: field, type: bytes }",
        "{ name: key, type: key, multiple: true }, { name: field, type: bytes, optional: true }",
    )
    .replace("arity: 3", "arity: -2");
    assert_issues(&cmd, &[
        "HSTRLEN.args[0]: a multiple argument followed by optional or multiple arguments cannot be parsed generically (set custom_parse)",
    ]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad = hstrlen("type: bytes", "type: byts")
        .replace("[readonly, fast]", "[readonly, write]")
        .replace("reply: count", "reply: cnt");
    let found = issues(&format!(
        "{bad}{}",
        set("enum: SetCondition", "enum: set_condition")
    ));
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found[3].starts_with("SET.args[2].enum:"), "{found:#?}");
}

#[test]
fn parse_error_only_on_numbers() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, parse_error: ERR x }",
        ),
        &["HSTRLEN.args[1].parse_error: only an integer or float argument has a parse_error"],
    );
}

#[test]
fn fixing_an_optional_value_takes_a_bool() {
    let lpop = hstrlen(
        "{ name: field, type: bytes }",
        "{ name: count, type: integer, optional: true }",
    )
    .replace("arity: 3", "arity: -2")
    .replace(
        "  examples:",
        "  forms:\n    - { name: hstrlen_one, fix: { count: 1 }, reply: count }\n  examples:",
    )
    .replace("argv: [HSTRLEN, h, f]", "argv: [HSTRLEN, h]");
    assert_issues(
        &lpop,
        &["HSTRLEN.forms[0].fix.count: an optional value is fixed with `true` (present) or `false` (left out)"],
    );
    assert_issues(&lpop.replace("count: 1 }", "count: true }"), &[]);
}

#[test]
fn extra_args_error_kind() {
    assert_issues(
        &hstrlen(
            "  reply: count",
            "  extra_args_error: arity\n  reply: count",
        ),
        &[r#"HSTRLEN.extra_args_error: unknown error "arity" (syntax or wrong_arity)"#],
    );
}

// ---------------------------------------------------------------- the Python binding's names

#[test]
fn python_name_override_must_be_a_usable_python_name() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { name: from } }",
        ),
        &[
            r#"HSTRLEN.args[1].python.name: "from" is a Python keyword (override it with a python name, e.g. `delete` for `del`)"#,
        ],
    );
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { name: Field } }",
        ),
        &[r#"HSTRLEN.args[1].python.name: "Field" is not a snake_case Python name"#],
    );
}

#[test]
fn python_override_may_start_with_an_underscore() {
    // redis-py's SCAN takes `_type`.
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { name: _type } }",
        ),
        &[],
    );
}

#[test]
fn python_override_must_say_something() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: {} }",
        ),
        &["HSTRLEN.args[1].python: empty (give a name or pair_keywords)"],
    );
}

#[test]
fn python_override_has_known_fields_only() {
    let text = format!(
        "version: 1\ncommands:\n{}",
        hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { nmae: f } }",
        )
    );
    let err = table::parse(&text).expect_err("an unknown field is refused");
    assert!(err.to_string().contains("unknown field `nmae`"), "{err}");
}

#[test]
fn python_pair_keywords_only_on_a_required_repeated_pair() {
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { pair_keywords: true } }",
        ),
        &["HSTRLEN.args[1].python.pair_keywords: only a required repeated block of two members can take one pair as keywords"],
    );
}

#[test]
fn python_pair_keywords_on_a_repeated_pair() {
    let hset = hstrlen(
        "args: [ { name: key, type: key }, { name: field, type: bytes } ]",
        "args:\n    - { name: key, type: key }\n    - { name: pairs, type: block, multiple: true, python: { name: mapping, pair_keywords: true }, args: [ { name: field, type: bytes, python: { name: key } }, { name: value, type: bytes } ] }",
    )
    .replace("arity: 3", "arity: -4")
    .replace("argv: [HSTRLEN, h, f]", "argv: [HSTRLEN, h, f, v]");
    assert_issues(&hset, &[]);
}

#[test]
fn python_parameter_names_must_differ() {
    // An argument named `key` is redis-py's `name` in Python, so another `name` collides.
    assert_issues(
        &hstrlen(
            "{ name: field, type: bytes }",
            "{ name: field, type: bytes, python: { name: name } }",
        ),
        &[
            r#"HSTRLEN.args: Python target: HSTRLEN: two parameters are called "name" (set `python: { name: .. }` on one)"#,
        ],
    );
}

#[test]
fn python_method_name_must_not_be_a_keyword_or_taken() {
    assert_issues(
        &hstrlen(
            "errors: [wrongtype]",
            "errors: [wrongtype]\n  names: { python: del }",
        ),
        &[
            r#"HSTRLEN.names.python: "del" is a Python keyword (override it with a python name, e.g. `delete` for `del`)"#,
        ],
    );
    assert_issues(
        &hstrlen(
            "errors: [wrongtype]",
            "errors: [wrongtype]\n  names: { python: close }",
        ),
        &[r#"HSTRLEN.names.python: "close" is a hand-written method of ferrite.Database"#],
    );
}
