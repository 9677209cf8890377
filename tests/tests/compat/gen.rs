//! The random command generator, driven by `commands.yaml`: it walks each command's argument
//! grammar and fills every argument from the pool of its type (`ferrite_tests::values`). No
//! command name or grammar is written here.
//!
//! What an argument's *name* selects (Redis's own argument names, which the table keeps):
//! - an `integer` called `numkeys` gets the number of repetitions of the `multiple` arguments
//!   that follow it (and now and then a wrong number);
//! - an `integer` called `db` or `*_db`, or one called `index*` in a command without keys
//!   (SELECT, SWAPDB), gets a logical database index, mostly 0-2;
//! - an `integer` called `seconds` or `milliseconds` is a relative expiry and gets large values
//!   only, and one called `unix_time_*` an absolute one, far in the future, so nothing expires
//!   while a sequence runs and TTLs keep their class (-2, -1, positive);
//! - a `bytes` argument called `start`, `stop`, `min` or `max` (ZRANGE's, which are indexes,
//!   scores or lex bounds depending on options) gets any of the three.
//!
//! What a command's *flags* select: the integers of a command flagged `nondeterministic_output`
//! are small (-3..10), because a random-count reply is as long as |count| and
//! `SRANDMEMBER key -9223372036854775807` makes redis-server 7.0 loop practically forever.
//!
//! Which commands are generated: every command of the table, except those the allowlist marks
//! `skip` and those flagged `blocking` (they would wait on Redis's side).

use std::collections::BTreeMap;

use codegen::table::{Arg, Command, Table};
use ferrite_tests::compare::{Action, AllowEntry, Rule};
use ferrite_tests::rng::Rng;
use ferrite_tests::values;

/// A command the generator may emit, with its comparison rule.
pub struct Planned<'t> {
    /// The table entry.
    pub command: &'t Command,
    /// How its replies are compared.
    pub rule: Rule,
}

/// Generates random commands from the table.
pub struct Generator<'t> {
    /// The commands that may be generated.
    pub planned: Vec<Planned<'t>>,
    /// Commands left out, with the reason.
    pub left_out: Vec<(String, String)>,
    /// Readonly commands whose only required argument is one key (GET, TYPE, HGETALL, ...): run
    /// on every key at the end of a sequence to compare the final state.
    pub probes: Vec<usize>,
}

/// How a generated command is malformed, if at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// A well-formed command.
    No,
    /// The last argument removed.
    DropLast,
    /// A junk argument appended.
    Junk,
    /// Only the command name.
    NameOnly,
}

/// Per-command state while one argv is being built.
struct Walk<'r> {
    rng: &'r mut Rng,
    keyless: bool,
    /// Set by a `numkeys` argument: how many items the following `multiple` arguments take.
    numkeys: Option<usize>,
    lowercase_tokens: bool,
    /// Generic integers come from the small range only.
    small_integers: bool,
    /// The command takes a variable number of arguments, so an option may be repeated (with a
    /// fixed arity, a repetition would only test the arity check, which malformed commands do).
    variadic: bool,
}

impl<'t> Generator<'t> {
    /// Plans every command of `table`, using `allowlist` for exclusions and comparison rules.
    pub fn new(table: &'t Table, allowlist: &BTreeMap<String, AllowEntry>) -> Generator<'t> {
        let mut planned = Vec::new();
        let mut left_out = Vec::new();
        for command in &table.commands {
            let allow = allowlist.get(&command.name);
            if let Some(AllowEntry {
                action: Action::Skip,
                reason,
            }) = allow
            {
                left_out.push((command.name.clone(), format!("allowlist: {reason}")));
                continue;
            }
            if command.flags.iter().any(|flag| flag == "blocking") {
                left_out.push((
                    command.name.clone(),
                    "flag `blocking`: would wait on Redis's side".into(),
                ));
                continue;
            }
            let rule = Rule::select(allow, &command.flags, &command.reply);
            planned.push(Planned { command, rule });
        }
        let probes = planned
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                let required: Vec<&Arg> = p
                    .command
                    .args
                    .iter()
                    .filter(|a| !a.optional && a.ty != "flag")
                    .collect();
                p.command.flags.iter().any(|f| f == "readonly")
                    && p.rule != Rule::Shape
                    && required.len() == 1
                    && required[0].ty == "key"
            })
            .map(|(idx, _)| idx)
            .collect();
        Generator {
            planned,
            left_out,
            probes,
        }
    }

    /// The focus of one sequence: the commands of one or two random groups. Most commands of a
    /// sequence come from its focus, so that values of one type build up on the few keys and the
    /// commands that need them (LSET needs a list, ZRANGE a sorted set) mostly succeed.
    pub fn focus(&self, rng: &mut Rng) -> Vec<usize> {
        let mut groups: Vec<&str> = self
            .planned
            .iter()
            .map(|p| p.command.group.as_str())
            .collect();
        groups.sort_unstable();
        groups.dedup();
        let chosen: Vec<&str> = (0..1 + rng.below(2)).map(|_| *rng.pick(&groups)).collect();
        (0..self.planned.len())
            .filter(|&idx| chosen.contains(&self.planned[idx].command.group.as_str()))
            .collect()
    }

    /// One random command, from `focus` four times in five: the index into `planned`, how it is
    /// malformed, and its argv.
    pub fn next(&self, rng: &mut Rng, focus: &[usize]) -> (usize, Malformed, Vec<Vec<u8>>) {
        let idx = if !focus.is_empty() && rng.chance(0.8) {
            *rng.pick(focus)
        } else {
            rng.below(self.planned.len())
        };
        let (malformed, argv) = self.argv_for(self.planned[idx].command, rng);
        (idx, malformed, argv)
    }

    /// A random argv for `command`, occasionally malformed.
    pub fn argv_for(&self, command: &Command, rng: &mut Rng) -> (Malformed, Vec<Vec<u8>>) {
        let name = if rng.chance(0.2) {
            command.name.to_ascii_lowercase()
        } else {
            command.name.clone()
        };
        let mut argv = vec![name.into_bytes()];
        argv.extend(args_for(command, rng));
        let malformed = match rng.below(100) {
            0 if argv.len() > 1 => {
                argv.pop();
                Malformed::DropLast
            }
            1 => {
                argv.push(values::junk(rng));
                Malformed::Junk
            }
            2 if argv.len() > 1 => {
                argv.truncate(1);
                Malformed::NameOnly
            }
            _ => Malformed::No,
        };
        (malformed, argv)
    }

    /// The argv of a probe: `command key`.
    pub fn probe_argv(&self, planned_idx: usize, key: &[u8]) -> Vec<Vec<u8>> {
        vec![
            self.planned[planned_idx].command.name.clone().into_bytes(),
            key.to_vec(),
        ]
    }
}

/// The arguments (after the name) for one well-formed call of `command`.
fn args_for(command: &Command, rng: &mut Rng) -> Vec<Vec<u8>> {
    let lowercase_tokens = rng.chance(0.1);
    let small_integers = command
        .flags
        .iter()
        .any(|flag| flag == "nondeterministic_output");
    let mut walk = Walk {
        rng,
        keyless: command.keys.is_none(),
        numkeys: None,
        lowercase_tokens,
        small_integers,
        variadic: command.arity < 0,
    };
    // Options after the last required argument may come in any order (ARCHITECTURE.md); when all
    // of them start with a token, shuffle them now and then.
    let last_required = command
        .args
        .iter()
        .rposition(|arg| !arg.optional && arg.ty != "flag");
    let mut head = Vec::new();
    let mut tail: Vec<Vec<Vec<u8>>> = Vec::new();
    let mut tail_shufflable = true;
    for (arg_idx, arg) in command.args.iter().enumerate() {
        let mut out = Vec::new();
        walk.arg(arg, false, &mut out);
        if !matches!(last_required, Some(last) if arg_idx <= last) {
            tail_shufflable &= starts_with_token(arg);
            if !out.is_empty() {
                tail.push(out);
            }
        } else {
            head.extend(out);
        }
    }
    if tail_shufflable && tail.len() > 1 && walk.rng.chance(0.3) {
        walk.rng.shuffle(&mut tail);
    }
    head.extend(tail.into_iter().flatten());
    head
}

/// Whether every way of writing `arg` begins with a token.
fn starts_with_token(arg: &Arg) -> bool {
    match arg.ty.as_str() {
        "oneof" => arg.token.is_some() || arg.args.iter().all(starts_with_token),
        "block" => arg.token.is_some() || arg.args.first().is_some_and(starts_with_token),
        _ => arg.token.is_some(),
    }
}

impl Walk<'_> {
    /// Appends `arg` (token included) to `out`; `forced` when it must appear (a `oneof`
    /// alternative, a required block member).
    fn arg(&mut self, arg: &Arg, forced: bool, out: &mut Vec<Vec<u8>>) {
        if arg.ty == "flag" {
            if forced || !arg.optional || self.rng.chance(0.3) {
                let repeats = if self.variadic && self.rng.chance(0.05) {
                    2
                } else {
                    1
                };
                for _ in 0..repeats {
                    self.token(arg, out);
                }
            }
            return;
        }
        if !forced && arg.optional && self.rng.chance(0.5) {
            return;
        }
        if arg.ty == "oneof" {
            self.token(arg, out);
            let alternative = self.rng.pick(&arg.args);
            self.arg(alternative, true, out);
            if self.variadic && self.rng.chance(0.03) {
                // Repeating the same alternative replaces the value; two different ones are a
                // syntax error. Both must match Redis.
                let second = self.rng.pick(&arg.args);
                self.arg(second, true, out);
            }
            return;
        }
        self.token(arg, out);
        if arg.multiple {
            let count = match self.numkeys {
                Some(n) if !self.rng.chance(0.05) => n,
                _ => 1 + self.rng.below(4),
            };
            for _ in 0..count {
                self.value(arg, out);
            }
        } else {
            self.value(arg, out);
        }
    }

    fn token(&mut self, arg: &Arg, out: &mut Vec<Vec<u8>>) {
        if let Some(token) = &arg.token {
            let token = if self.lowercase_tokens {
                token.to_ascii_lowercase()
            } else {
                token.clone()
            };
            out.push(token.into_bytes());
        }
    }

    /// Appends one value of `arg` (no token).
    fn value(&mut self, arg: &Arg, out: &mut Vec<Vec<u8>>) {
        let rng = &mut *self.rng;
        let value = match arg.ty.as_str() {
            "block" => {
                for member in &arg.args {
                    self.arg(member, !member.optional, out);
                }
                return;
            }
            "key" => values::KEYS[rng.below(values::KEYS.len())].to_vec(),
            "bytes" if matches!(arg.name.as_str(), "start" | "stop" | "min" | "max") => {
                values::range_bound(rng)
            }
            "bytes" => values::bytes(rng),
            "pattern" => values::pattern(rng),
            "float" => values::float(rng),
            "cursor" => values::cursor(rng),
            "score_bound" => values::score_bound(rng),
            "lex_bound" => values::lex_bound(rng),
            "integer" => self.integer(&arg.name),
            other => panic!(
                "commands.yaml: argument `{}` has type `{other}`, which the compat generator \
                 (tests/tests/compat/gen.rs) does not know; add it there",
                arg.name
            ),
        };
        out.push(value);
    }

    /// An `integer` argument, by its name (see the module documentation).
    fn integer(&mut self, name: &str) -> Vec<u8> {
        let rng = &mut *self.rng;
        if name == "numkeys" {
            if rng.chance(0.05) {
                return values::integer(rng);
            }
            let n = 1 + rng.below(3);
            self.numkeys = Some(n);
            return n.to_string().into_bytes();
        }
        if name == "db" || name.ends_with("_db") || (self.keyless && name.starts_with("index")) {
            return values::db_index(rng);
        }
        if name == "seconds" || name == "milliseconds" {
            return values::relative_expiry(rng);
        }
        if name.starts_with("unix_time") {
            return values::absolute_expiry(rng, name.contains("milli"));
        }
        if self.small_integers {
            return rng.range(-3, 10).to_string().into_bytes();
        }
        values::integer(rng)
    }
}
