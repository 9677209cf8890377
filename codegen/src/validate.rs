//! Stage 2, validate: every rule a table must follow before a model is built.
//!
//! Validation collects *all* problems instead of stopping at the first; each names the command
//! and the field (`HSTRLEN.args[1].type: unknown type "byts"`). The model stage may then assume a
//! well-formed table.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::model::{
    self, ArgKind, ReplyKind, Retype, Scalar, ARG_TYPES, GROUPS, KNOWN_ERRORS, KNOWN_FLAGS,
};
use crate::{table, targets};

/// One problem in the table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Issue {
    /// The command (or `table` for top-level problems).
    pub command: String,
    /// The field path inside the command (`args[1].type`).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}: {}", self.command, self.field, self.message)
    }
}

/// All problems of a table, in table order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issues(pub Vec<Issue>);

impl fmt::Display for Issues {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for issue in &self.0 {
            writeln!(f, "{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Issues {}

/// Checks a table; `Err` lists every problem.
pub fn validate(table: &table::Table) -> Result<(), Issues> {
    let mut v = Validator {
        issues: Vec::new(),
        command: "table".into(),
        python_methods: BTreeMap::new(),
    };
    if table.version != 1 {
        v.push(
            "version",
            format!("unsupported version {} (expected 1)", table.version),
        );
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut methods: BTreeMap<String, String> = BTreeMap::new();
    for (idx, cmd) in table.commands.iter().enumerate() {
        v.command = if cmd.name.is_empty() {
            format!("commands[{idx}]")
        } else {
            cmd.name.clone()
        };
        if let Some(first) = seen.insert(cmd.name.to_ascii_uppercase(), idx) {
            v.push(
                "name",
                format!("duplicate command (also commands[{first}])"),
            );
        }
        v.command_rules(cmd, &mut methods);
    }
    if v.issues.is_empty() {
        Ok(())
    } else {
        Err(Issues(v.issues))
    }
}

struct Validator {
    issues: Vec<Issue>,
    command: String,
    /// Python method name -> the command that has it.
    python_methods: BTreeMap<String, String>,
}

fn is_snake(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_pascal(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Names the generated code uses for its own locals; arguments may not take them.
const RESERVED_NAMES: &[&str] = &["ctx", "argv", "options", "res", "cur", "log", "w"];

/// The prefix of the generated log functions (`log_set`), which a parameter of that name would
/// shadow inside a method.
const RESERVED_PREFIX: &str = "log_";

impl Validator {
    fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            command: self.command.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn identifier(&mut self, field: &str, name: &str) {
        if !is_snake(name) {
            self.push(field, format!("\"{name}\" is not a snake_case name"));
        } else if let Some(lang) = targets::keyword_in(name) {
            self.push(
                field,
                format!("\"{name}\" is a {lang} keyword (e.g. `key_type`, not `type`)"),
            );
        } else if RESERVED_NAMES.contains(&name) {
            self.push(
                field,
                format!("\"{name}\" is reserved for the generated code"),
            );
        }
    }

    /// A Python name (a method, parameter or keyword of the Python binding).
    fn python_identifier(&mut self, field: &str, name: &str) {
        if !targets::python::is_identifier(name) {
            self.push(field, format!("\"{name}\" is not a snake_case Python name"));
        } else if targets::python::is_keyword(name) {
            self.push(
                field,
                format!("\"{name}\" is a Python keyword (override it with a python name, e.g. `delete` for `del`)"),
            );
        }
    }

    /// The `python` field of an argument (or alternative, or block member).
    fn python_arg(&mut self, field: &str, arg: &table::Arg, pair_allowed: bool) {
        let Some(python) = &arg.python else {
            return;
        };
        match &python.name {
            Some(name) => self.python_identifier(&format!("{field}.python.name"), name),
            None if !python.pair_keywords => self.push(
                format!("{field}.python"),
                "empty (give a name or pair_keywords)",
            ),
            None => {}
        }
        if python.pair_keywords
            && !(pair_allowed
                && arg.ty == "block"
                && arg.multiple
                && !arg.optional
                && arg.args.len() == 2)
        {
            self.push(
                format!("{field}.python.pair_keywords"),
                "only a required repeated block of two members can take one pair as keywords",
            );
        }
    }

    /// An argument (a parameter of the generated methods) may not shadow a log function.
    fn argument_name(&mut self, field: &str, name: &str) {
        self.identifier(field, name);
        // A Go method name is capitalised (`Select`), but a parameter or a C struct field that
        // cgo reads is spelled as in the table.
        if targets::go::is_keyword(name) && targets::keyword_in(name).is_none() {
            self.push(field, format!("\"{name}\" is a Go keyword"));
        }
        if name.starts_with(RESERVED_PREFIX) {
            self.push(
                field,
                format!("\"{name}\" starts with \"{RESERVED_PREFIX}\", reserved for the generated log functions"),
            );
        }
    }

    fn command_rules(&mut self, cmd: &table::Command, methods: &mut BTreeMap<String, String>) {
        let issues_before = self.issues.len();
        if cmd.name.is_empty() || !is_token(&cmd.name) {
            self.push(
                "name",
                format!("\"{}\" must be the Redis spelling in upper case", cmd.name),
            );
        }
        if !GROUPS.contains(&cmd.group.as_str()) {
            self.push(
                "group",
                format!(
                    "unknown group \"{}\" (one of {})",
                    cmd.group,
                    GROUPS.join(", ")
                ),
            );
        }
        if cmd.summary.trim().is_empty() {
            self.push("summary", "missing");
        }
        let rust_name = cmd
            .names
            .rust
            .clone()
            .unwrap_or_else(|| cmd.name.to_ascii_lowercase());
        self.identifier("names.rust", &rust_name);
        let python_name = cmd
            .names
            .python
            .clone()
            .unwrap_or_else(|| cmd.name.to_ascii_lowercase());
        self.python_identifier("names.python", &python_name);
        if targets::python::RESERVED.contains(&python_name.as_str()) {
            self.push(
                "names.python",
                format!("\"{python_name}\" is a hand-written method of ferrite.Database"),
            );
        }
        if let Some(other) = self
            .python_methods
            .insert(python_name.clone(), cmd.name.clone())
        {
            self.push(
                "names.python",
                format!("Python method name \"{python_name}\" is also {other}'s"),
            );
        }

        self.flags(cmd);
        if let Some(kind) = &cmd.extra_args_error {
            if kind != "syntax" && kind != "wrong_arity" {
                self.push(
                    "extra_args_error",
                    format!("unknown error \"{kind}\" (syntax or wrong_arity)"),
                );
            }
        }
        for (idx, error) in cmd.errors.iter().enumerate() {
            if !KNOWN_ERRORS.contains(&error.as_str()) {
                self.push(
                    format!("errors[{idx}]"),
                    format!("unknown error kind \"{error}\""),
                );
            }
        }
        match ReplyKind::from_name(&cmd.reply) {
            None => self.push("reply", format!("unknown reply kind \"{}\"", cmd.reply)),
            Some(kind) if !kind.is_handler_kind() => self.push(
                "reply",
                format!("\"{}\" is a form-only reply kind", cmd.reply),
            ),
            Some(_) => {}
        }

        if self.args(&cmd.args, "args") {
            let args: Vec<model::Arg> = cmd.args.iter().map(model::build_arg).collect();
            self.grammar(&args, "args", cmd.custom_parse);
            let (min, max) = model::span(&args);
            let arity = model::Arity {
                redis: cmd.arity,
                min: min + 1,
                max: max.map(|m| m + 1),
            };
            if !arity.is_consistent() {
                let (takes, expected) = match arity.max {
                    Some(max) if max == arity.min => (format!("exactly {max}"), format!("{max}")),
                    Some(max) => (format!("{} to {max}", arity.min), format!("-{}", arity.min)),
                    None => (format!("at least {}", arity.min), format!("-{}", arity.min)),
                };
                self.push(
                    "arity",
                    format!(
                        "{} disagrees with the arguments, which take {takes} argv elements with the name (arity {expected})",
                        cmd.arity
                    ),
                );
            }
            self.keys(cmd, &args, arity);
            self.forms(cmd, &args, &rust_name, methods);
            // The Python target's own rules (parameter names and order), once the rest holds.
            let clean = self.issues.len() == issues_before;
            if let (true, Some(reply)) = (clean, ReplyKind::from_name(&cmd.reply)) {
                if let Err(err) = targets::python::check_args(&cmd.name, &args, reply) {
                    self.push("args", format!("{err:#}"));
                }
            }
        } else if cmd.arity == 0 {
            self.push("arity", "0 is not a Redis arity");
        }
        self.examples(cmd);
    }

    fn flags(&mut self, cmd: &table::Command) {
        let mut seen = BTreeSet::new();
        for (idx, flag) in cmd.flags.iter().enumerate() {
            if !KNOWN_FLAGS.contains(&flag.as_str()) {
                self.push(format!("flags[{idx}]"), format!("unknown flag \"{flag}\""));
            }
            if !seen.insert(flag) {
                self.push(
                    format!("flags[{idx}]"),
                    format!("duplicate flag \"{flag}\""),
                );
            }
        }
        let has = |f: &str| cmd.flags.iter().any(|x| x == f);
        if has("readonly") && has("write") {
            self.push("flags", "conflicting flags: readonly and write");
        }
    }

    /// Checks the shape of each argument; false when a type is unknown (no grammar checks then).
    fn args(&mut self, args: &[table::Arg], path: &str) -> bool {
        let mut ok = true;
        let mut names = BTreeSet::new();
        for (idx, arg) in args.iter().enumerate() {
            let field = format!("{path}[{idx}]");
            self.argument_name(&format!("{field}.name"), &arg.name);
            self.python_arg(&field, arg, !path.contains(".args"));
            if !names.insert(arg.name.clone()) {
                self.push(
                    format!("{field}.name"),
                    format!("duplicate argument name \"{}\"", arg.name),
                );
            }
            if !ARG_TYPES.contains(&arg.ty.as_str()) {
                self.push(
                    format!("{field}.type"),
                    format!("unknown type \"{}\"", arg.ty),
                );
                ok = false;
                continue;
            }
            if let Some(token) = &arg.token {
                if !is_token(token) {
                    self.push(
                        format!("{field}.token"),
                        format!("\"{token}\" must be upper case"),
                    );
                }
            }
            if arg.optional && arg.multiple {
                self.push(
                    format!("{field}.multiple"),
                    "optional and multiple together are not supported (one or more: `multiple`)",
                );
            }
            if arg.parse_error.is_some() && arg.ty != "integer" && arg.ty != "float" {
                self.push(
                    format!("{field}.parse_error"),
                    "only an integer or float argument has a parse_error",
                );
            }
            if arg.ty != "oneof" && arg.enum_name.is_some() {
                self.push(format!("{field}.enum"), "only a oneof names an enum");
            }
            if arg.variant.is_some() {
                self.push(
                    format!("{field}.variant"),
                    "only a oneof alternative names a variant",
                );
            }
            match arg.ty.as_str() {
                "flag" => {
                    if arg.token.is_none() {
                        self.push(format!("{field}.token"), "a flag needs its token");
                    }
                    if !arg.optional {
                        self.push(
                            format!("{field}.optional"),
                            "a flag must be optional (a required flag is always present)",
                        );
                    }
                    if arg.multiple {
                        self.push(
                            format!("{field}.multiple"),
                            "a flag cannot be multiple (repeating it is allowed anyway)",
                        );
                    }
                }
                "oneof" => ok &= self.oneof(arg, &field),
                "block" => {
                    if arg.args.is_empty() {
                        self.push(format!("{field}.args"), "a block needs members");
                    } else {
                        ok &= self.args(&arg.args, &format!("{field}.args"));
                    }
                    let simple = |m: &table::Arg| {
                        Scalar::from_name(&m.ty).is_some()
                            && !m.optional
                            && !m.multiple
                            && m.token.is_none()
                    };
                    if arg.multiple && !arg.args.iter().all(simple) {
                        self.push(
                            format!("{field}.args"),
                            "a multiple block may only hold required, untokened values",
                        );
                    }
                }
                _ => {}
            }
            if arg.ty != "oneof" && arg.ty != "block" && !arg.args.is_empty() {
                self.push(format!("{field}.args"), "only a oneof or a block has args");
            }
        }
        ok
    }

    fn oneof(&mut self, arg: &table::Arg, field: &str) -> bool {
        match &arg.enum_name {
            None => self.push(
                format!("{field}.enum"),
                "a oneof needs the name of its core enum",
            ),
            Some(name) if !is_pascal(name) => self.push(
                format!("{field}.enum"),
                format!("\"{name}\" is not a PascalCase name"),
            ),
            Some(_) => {}
        }
        if arg.args.is_empty() {
            self.push(format!("{field}.args"), "a oneof needs alternatives");
        }
        if arg.multiple {
            self.push(format!("{field}.multiple"), "a oneof cannot be multiple");
        }
        if arg.token.is_some() {
            self.push(
                format!("{field}.token"),
                "a oneof has no token of its own (its alternatives do)",
            );
        }
        let mut ok = true;
        let (mut names, mut tokens, mut variants) =
            (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for (idx, alt) in arg.args.iter().enumerate() {
            let alt_field = format!("{field}.args[{idx}]");
            self.argument_name(&format!("{alt_field}.name"), &alt.name);
            self.python_arg(&alt_field, alt, false);
            if !names.insert(&alt.name) {
                self.push(
                    format!("{alt_field}.name"),
                    format!("duplicate alternative name \"{}\"", alt.name),
                );
            }
            if alt.ty != "flag" && Scalar::from_name(&alt.ty).is_none() {
                if ARG_TYPES.contains(&alt.ty.as_str()) {
                    self.push(
                        format!("{alt_field}.type"),
                        format!("an alternative is a flag or a value, not a {}", alt.ty),
                    );
                } else {
                    self.push(
                        format!("{alt_field}.type"),
                        format!("unknown type \"{}\"", alt.ty),
                    );
                }
                ok = false;
            }
            match &alt.token {
                None => self.push(
                    format!("{alt_field}.token"),
                    "an alternative needs its token",
                ),
                Some(token) => {
                    if !is_token(token) {
                        self.push(
                            format!("{alt_field}.token"),
                            format!("\"{token}\" must be upper case"),
                        );
                    }
                    if !tokens.insert(token.clone()) {
                        self.push(
                            format!("{alt_field}.token"),
                            format!("duplicate token \"{token}\""),
                        );
                    }
                    let variant = alt
                        .variant
                        .clone()
                        .unwrap_or_else(|| model::variant_from_token(token));
                    if !is_pascal(&variant) {
                        self.push(
                            format!("{alt_field}.variant"),
                            format!("\"{variant}\" is not a PascalCase name"),
                        );
                    }
                    if !variants.insert(variant.clone()) {
                        self.push(
                            format!("{alt_field}.variant"),
                            format!("duplicate variant \"{variant}\""),
                        );
                    }
                }
            }
            if alt.optional || alt.multiple || !alt.args.is_empty() || alt.enum_name.is_some() {
                self.push(
                    alt_field,
                    "an alternative is a token with at most one value",
                );
            }
        }
        ok
    }

    /// Checks that the generic parser can read the grammar without ambiguity.
    fn grammar(&mut self, args: &[model::Arg], path: &str, custom_parse: bool) {
        for (idx, arg) in args.iter().enumerate() {
            let field = format!("{path}[{idx}]");
            let rest = &args[idx + 1..];
            if !custom_parse && !arg.is_option() {
                if arg.multiple && rest.iter().any(|a| a.optional || a.multiple) {
                    self.push(
                        field.clone(),
                        "a multiple argument followed by optional or multiple arguments cannot be parsed generically (set custom_parse)",
                    );
                }
                if arg.optional && !rest.is_empty() {
                    self.push(
                        field.clone(),
                        "an optional positional argument must come last to be parsed generically (set custom_parse)",
                    );
                }
            }
            if let ArgKind::Block(members) = &arg.kind {
                self.grammar(members, &format!("{field}.args"), custom_parse);
            }
        }
        // Tokens of one run of options must differ.
        let mut run: BTreeMap<String, String> = BTreeMap::new();
        for (idx, arg) in args.iter().enumerate() {
            if !arg.is_option() {
                run.clear();
                continue;
            }
            let tokens: Vec<String> = match &arg.kind {
                ArgKind::OneOf(oneof) => {
                    oneof.alternatives.iter().map(|a| a.token.clone()).collect()
                }
                _ => arg.token.iter().cloned().collect(),
            };
            for token in tokens {
                if let Some(other) = run.insert(token.clone(), arg.name.clone()) {
                    self.push(
                        format!("{path}[{idx}]"),
                        format!("token \"{token}\" is also the token of \"{other}\""),
                    );
                }
            }
        }
    }

    fn keys(&mut self, cmd: &table::Command, args: &[model::Arg], arity: model::Arity) {
        fn has_key(args: &[model::Arg]) -> bool {
            args.iter().any(|a| match &a.kind {
                ArgKind::Scalar(Scalar::Key) => true,
                ArgKind::Block(members) => has_key(members),
                _ => false,
            })
        }
        let Some(keys) = &cmd.keys else {
            if has_key(args) {
                self.push("keys", "missing, but the command takes a key argument");
            }
            return;
        };
        if !has_key(args) {
            self.push("keys", "key positions given, but no argument has type key");
        }
        if keys.first < 1 || keys.first as usize >= arity.min {
            self.push(
                "keys.first",
                format!(
                    "{} is out of range (1..={} for arity {})",
                    keys.first,
                    arity.min.saturating_sub(1),
                    cmd.arity
                ),
            );
        } else {
            // Map the position to its argument while every argument before it is one element.
            for (pos, arg) in (1usize..).zip(args) {
                if pos == keys.first as usize {
                    if !matches!(arg.kind, ArgKind::Scalar(Scalar::Key) | ArgKind::Block(_)) {
                        self.push(
                            "keys.first",
                            format!("argv[{pos}] is \"{}\", not a key", arg.name),
                        );
                    }
                    break;
                }
                if arg.span() != (1, Some(1)) {
                    break;
                }
            }
        }
        if keys.step < 1 {
            self.push("keys.step", format!("{} must be at least 1", keys.step));
        }
        let last_ok = match (keys.last, arity.max) {
            (0, _) => false,
            (last, _) if last < 0 => true,
            (last, max) => last >= keys.first && max.is_none_or(|max| (last as usize) < max),
        };
        if !last_ok {
            self.push(
                "keys.last",
                format!("{} is out of range (first is {})", keys.last, keys.first),
            );
        }
    }

    fn forms(
        &mut self,
        cmd: &table::Command,
        args: &[model::Arg],
        rust_name: &str,
        methods: &mut BTreeMap<String, String>,
    ) {
        let mut own = Vec::new();
        if !cmd.forms.iter().any(|f| f.name == rust_name) {
            own.push(("names.rust".to_string(), rust_name.to_string()));
        }
        if args.iter().any(|a| a.optional) {
            own.push(("names.rust".to_string(), format!("{rust_name}_with")));
        }
        let cmd_reply = ReplyKind::from_name(&cmd.reply);
        for (idx, form) in cmd.forms.iter().enumerate() {
            let field = format!("forms[{idx}]");
            self.identifier(&format!("{field}.name"), &form.name);
            own.push((format!("{field}.name"), form.name.clone()));
            if form.names.rust.is_some() || form.names.c.is_some() {
                self.push(
                    format!("{field}.names"),
                    "a form's Rust and C names come from its `name`; only go, node and python may be given",
                );
            }
            // The parameters the form has, before retyping.
            let mut value_params: Vec<(String, Scalar)> = Vec::new();
            for arg in args.iter().filter(|a| !a.optional) {
                let one = !arg.multiple || form.single.contains(&arg.name);
                match &arg.kind {
                    ArgKind::Scalar(s) if one => value_params.push((arg.name.clone(), *s)),
                    ArgKind::Block(members) if one => {
                        value_params.extend(members.iter().filter_map(|m| match m.kind {
                            ArgKind::Scalar(s) => Some((m.name.clone(), s)),
                            _ => None,
                        }))
                    }
                    _ => {}
                }
            }
            for (name, value) in &form.fix {
                let fix_field = format!("{field}.fix.{name}");
                let Some(arg) = args.iter().find(|a| &a.name == name) else {
                    self.push(fix_field, format!("unknown argument \"{name}\""));
                    continue;
                };
                if !arg.optional {
                    self.push(fix_field, "only an optional argument can be fixed");
                    continue;
                }
                match (&arg.kind, value) {
                    (ArgKind::Flag, serde_yaml::Value::Bool(_)) => {}
                    (ArgKind::Flag, _) => {
                        self.push(fix_field, "a flag is fixed with `true` or `false`")
                    }
                    (ArgKind::Scalar(_) | ArgKind::Block(_), serde_yaml::Value::Bool(present)) => {
                        if *present {
                            match &arg.kind {
                                ArgKind::Scalar(s) => value_params.push((arg.name.clone(), *s)),
                                ArgKind::Block(members) => value_params.extend(
                                    members.iter().filter_map(|m| match m.kind {
                                        ArgKind::Scalar(s) => Some((m.name.clone(), s)),
                                        _ => None,
                                    }),
                                ),
                                _ => {}
                            }
                        }
                    }
                    (ArgKind::Scalar(_) | ArgKind::Block(_), _) => self.push(
                        fix_field,
                        "an optional value is fixed with `true` (present) or `false` (left out)",
                    ),
                    (ArgKind::OneOf(oneof), serde_yaml::Value::String(token)) => {
                        match oneof.alternatives.iter().find(|a| &a.token == token) {
                            Some(alt) => {
                                value_params.extend(alt.value.map(|s| (alt.name.clone(), s)))
                            }
                            None => self
                                .push(fix_field, format!("\"{token}\" is not a token of {name}")),
                        }
                    }
                    (ArgKind::OneOf(_), _) => {
                        self.push(fix_field, "a oneof is fixed with one alternative's token")
                    }
                }
            }
            for (single_idx, name) in form.single.iter().enumerate() {
                let single_field = format!("{field}.single[{single_idx}]");
                match args.iter().find(|a| &a.name == name) {
                    None => self.push(single_field, format!("unknown argument \"{name}\"")),
                    Some(arg) if !arg.multiple || arg.optional => self.push(
                        single_field,
                        format!("\"{name}\" is not a required multiple argument"),
                    ),
                    Some(_) => {}
                }
            }
            for (name, retype) in &form.params {
                let param_field = format!("{field}.params.{name}");
                let Some(retype) = Retype::from_name(retype) else {
                    self.push(
                        param_field,
                        format!(
                            "unknown parameter type \"{retype}\" (duration_s, duration_ms, unix_time_s, unix_time_ms, integer, float)"
                        ),
                    );
                    continue;
                };
                match value_params.iter().find(|(n, _)| n == name) {
                    None => self.push(param_field, format!("unknown parameter \"{name}\"")),
                    Some((_, Scalar::Integer)) if !retype.of_bytes() => {}
                    Some((_, Scalar::Bytes)) if retype.of_bytes() => {}
                    Some(_) => self.push(
                        param_field,
                        format!(
                            "{} retypes {} parameters",
                            retype.name(),
                            if retype.of_bytes() {
                                "bytes"
                            } else {
                                "integer"
                            }
                        ),
                    ),
                }
            }
            match (ReplyKind::from_name(&form.reply), cmd_reply) {
                (None, _) => self.push(
                    format!("{field}.reply"),
                    format!("unknown reply kind \"{}\"", form.reply),
                ),
                (Some(to), Some(from)) if !from.converts_to(to) => self.push(
                    format!("{field}.reply"),
                    format!(
                        "a {} reply cannot be presented as {}",
                        from.name(),
                        to.name()
                    ),
                ),
                _ => {}
            }
        }
        for (field, name) in own {
            let owner = format!("{}.{field}", self.command);
            if let Some(other) = methods.insert(name.clone(), owner) {
                self.push(field, format!("method name \"{name}\" is also {other}"));
            }
        }
    }

    fn examples(&mut self, cmd: &table::Command) {
        if cmd.examples.is_empty() {
            self.push(
                "examples",
                "missing (every command needs at least one example)",
            );
        }
        for (idx, example) in cmd.examples.iter().enumerate() {
            let field = format!("examples[{idx}]");
            // An example runs the command under test, or runs it in setup and observes the effect.
            let runs = |argv: &Vec<String>| {
                argv.first()
                    .is_some_and(|n| n.eq_ignore_ascii_case(&cmd.name))
            };
            match example.argv.first() {
                None => self.push(format!("{field}.argv"), "empty"),
                Some(name) if !runs(&example.argv) && !example.setup.iter().any(runs) => self.push(
                    format!("{field}.argv[0]"),
                    format!(
                        "\"{name}\" is not {}, and no setup step runs {}",
                        cmd.name, cmd.name
                    ),
                ),
                Some(_) => {}
            }
            for (setup_idx, setup) in example.setup.iter().enumerate() {
                if setup.is_empty() {
                    self.push(format!("{field}.setup[{setup_idx}]"), "empty");
                }
            }
            if example.error.is_some() && !example.reply.is_null() {
                self.push(field.clone(), "both reply and error");
            }
            if example.error.is_none() && model::Value::from_yaml(&example.reply).is_none() {
                self.push(
                    format!("{field}.reply"),
                    "not a reply: use null, an integer, a string, a list, or {status: TEXT}",
                );
            }
        }
    }
}
