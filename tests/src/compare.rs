//! How the differential test compares a Ferrite reply with Redis's: **every normalisation rule
//! lives in this module.**
//!
//! A command's [`Rule`] is chosen by [`Rule::select`], in this order:
//!
//! 1. its line in `tests/compat/allowlist`, if any (the only place where commands are named;
//!    each line gives a reason, and COMPATIBILITY.md mirrors the file);
//! 2. its flags in `commands.yaml`: `nondeterministic_output` -> [`Rule::Shape`],
//!    `nondeterministic_output_order` -> [`Rule::Unordered`], or [`Rule::UnorderedPairs`] when the
//!    reply kind is `map` or `scored_list` (a flat `field, value, ...` array is compared as a set
//!    of pairs, so a field never pairs with another field's value);
//! 3. otherwise [`Rule::Exact`].
//!
//! Errors are always compared by their full text, whatever the rule, with one documented
//! exception in [`Rule::ApproxFloat`]. Commands the generator leaves out altogether (allowlist
//! `skip`, and the flag `blocking`) never reach this module.

use std::collections::BTreeMap;

use ferrite_core::Reply;

use crate::resp::Outcome;

/// How the replies of one command are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Equal replies; errors by full text.
    Exact,
    /// Arrays compared as multisets of their elements (SMEMBERS, KEYS, SUNION, ...).
    Unordered,
    /// Flat `k1, v1, k2, v2, ...` arrays compared as multisets of pairs (HGETALL).
    UnorderedPairs,
    /// Random output: only the shape is compared (nil or not, reply type, array length, except
    /// for the item list of a `cursor_page`, whose length depends on the hash order).
    Shape,
    /// TTL-like integers: compared by class only: -2 (no key), -1 (no expiry) or >= 0.
    TtlClass,
    /// INCRBYFLOAT-like results: numbers equal within a relative 1e-12. Two errors on Ferrite's
    /// side only are accepted, because Redis parses with `strtold` and computes in `long double`
    /// (COMPATIBILITY.md): "increment would produce NaN or Infinity" (1e308 + 1e308 fits a long
    /// double) and "value is not a valid float" (`1e400` fits a long double; `strtold` reads
    /// hexadecimal such as `0x10`). When the texts differ, the stored values
    /// differ too, so the caller must resynchronise the key (see [`Verdict::Resync`]).
    ApproxFloat,
}

/// What the allowlist says about one command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Never generated.
    Skip,
    /// Compared with this rule instead of the one the flags give.
    Compare(Rule),
}

/// One line of `tests/compat/allowlist`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowEntry {
    /// What to do with the command.
    pub action: Action,
    /// Why (required).
    pub reason: String,
}

/// Parses the allowlist: `COMMAND action reason...` per line; `#` starts a comment.
/// Actions: `skip`, `shape`, `ttl-class`, `approx-float`, `unordered`.
pub fn parse_allowlist(text: &str) -> Result<BTreeMap<String, AllowEntry>, String> {
    let mut entries = BTreeMap::new();
    for (line_no, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(command), Some(action)) = (words.next(), words.next()) else {
            return Err(format!(
                "allowlist line {}: expected `COMMAND action reason`",
                line_no + 1
            ));
        };
        let reason = words.collect::<Vec<_>>().join(" ");
        if reason.is_empty() {
            return Err(format!(
                "allowlist line {}: {command} has no reason",
                line_no + 1
            ));
        }
        let action = match action {
            "skip" => Action::Skip,
            "shape" => Action::Compare(Rule::Shape),
            "ttl-class" => Action::Compare(Rule::TtlClass),
            "approx-float" => Action::Compare(Rule::ApproxFloat),
            "unordered" => Action::Compare(Rule::Unordered),
            other => {
                return Err(format!(
                    "allowlist line {}: unknown action {other:?}",
                    line_no + 1
                ))
            }
        };
        if entries
            .insert(command.to_ascii_uppercase(), AllowEntry { action, reason })
            .is_some()
        {
            return Err(format!(
                "allowlist line {}: {command} listed twice",
                line_no + 1
            ));
        }
    }
    Ok(entries)
}

impl Rule {
    /// The rule for a command with these table `flags` and `reply` kind, after the allowlist.
    pub fn select(allow: Option<&AllowEntry>, flags: &[String], reply_kind: &str) -> Rule {
        if let Some(AllowEntry {
            action: Action::Compare(rule),
            ..
        }) = allow
        {
            return *rule;
        }
        let has = |flag: &str| flags.iter().any(|f| f == flag);
        if has("nondeterministic_output") {
            Rule::Shape
        } else if has("nondeterministic_output_order") {
            if matches!(reply_kind, "map" | "scored_list") {
                Rule::UnorderedPairs
            } else {
                Rule::Unordered
            }
        } else {
            Rule::Exact
        }
    }
}

/// The result of comparing one pair of outcomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The same, under the rule.
    Same,
    /// Accepted as an allowlisted difference, but the two sides now hold different values for
    /// the command's keys: the caller deletes those keys on both sides.
    Resync,
    /// A divergence; the text says what differs.
    Differ(String),
}

/// Compares Ferrite's outcome with Redis's under `rule`. `reply_kind` is the table's reply kind.
pub fn compare(rule: Rule, reply_kind: &str, ferrite: &Outcome, redis: &Outcome) -> Verdict {
    let same = match (rule, ferrite, redis) {
        (_, Err(a), Err(b)) => a == b,
        (Rule::ApproxFloat, Err(a), Ok(Reply::Bulk(_)))
            if a == "ERR increment would produce NaN or Infinity"
                || a == "ERR value is not a valid float"
                || a == "ERR hash value is not a float" =>
        {
            return Verdict::Resync;
        }
        (_, Err(_), Ok(_)) | (_, Ok(_), Err(_)) => false,
        (Rule::Exact, Ok(a), Ok(b)) => a == b,
        (Rule::Unordered, Ok(a), Ok(b)) => sorted_items(a, 1) == sorted_items(b, 1),
        (Rule::UnorderedPairs, Ok(a), Ok(b)) => sorted_items(a, 2) == sorted_items(b, 2),
        (Rule::Shape, Ok(a), Ok(b)) => same_shape(a, b, reply_kind == "cursor_page"),
        (Rule::TtlClass, Ok(a), Ok(b)) => ttl_class(a) == ttl_class(b),
        (Rule::ApproxFloat, Ok(a), Ok(b)) => {
            if a == b {
                true
            } else if approx_equal(a, b) {
                return Verdict::Resync;
            } else {
                false
            }
        }
    };
    if same {
        Verdict::Same
    } else {
        Verdict::Differ(format!(
            "ferrite: {}\n  redis:   {}",
            show(ferrite),
            show(redis)
        ))
    }
}

/// An array's items grouped in chunks of `chunk` and sorted; anything else as is.
fn sorted_items(reply: &Reply, chunk: usize) -> Result<Vec<Vec<String>>, String> {
    match reply {
        Reply::Array(items) if items.len() % chunk == 0 => {
            let mut groups: Vec<Vec<String>> = items
                .chunks(chunk)
                .map(|group| group.iter().map(|item| format!("{item:?}")).collect())
                .collect();
            groups.sort();
            Ok(groups)
        }
        other => Err(format!("{other:?}")),
    }
}

fn same_shape(a: &Reply, b: &Reply, cursor_page: bool) -> bool {
    match (a, b) {
        (Reply::Array(x), Reply::Array(y)) if cursor_page => {
            // [cursor, [items]]: the cursor and item count depend on the hash order.
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(p, q)| std::mem::discriminant(p) == std::mem::discriminant(q))
        }
        (Reply::Array(x), Reply::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_shape(p, q, false))
        }
        _ => std::mem::discriminant(a) == std::mem::discriminant(b),
    }
}

fn ttl_class(reply: &Reply) -> Result<i64, String> {
    match reply {
        Reply::Integer(n) if *n < 0 => Ok(*n),
        Reply::Integer(_) => Ok(0),
        other => Err(format!("{other:?}")),
    }
}

fn approx_equal(a: &Reply, b: &Reply) -> bool {
    let number = |reply: &Reply| -> Option<f64> {
        std::str::from_utf8(reply.as_bytes()?).ok()?.parse().ok()
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x == y || (x - y).abs() <= 1e-12 * x.abs().max(y.abs()),
        _ => false,
    }
}

/// An outcome as one line, binary-safe (`redis-cli` style escapes).
pub fn show(outcome: &Outcome) -> String {
    match outcome {
        Ok(reply) => show_reply(reply),
        Err(text) => format!("(error) {text}"),
    }
}

fn show_reply(reply: &Reply) -> String {
    match reply {
        Reply::Nil => "(nil)".into(),
        Reply::Status(s) => format!("+{s}"),
        Reply::Integer(n) => format!("(integer) {n}"),
        Reply::Bulk(b) => quote(b),
        Reply::Array(items) => format!(
            "[{}]",
            items.iter().map(show_reply).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// Bytes as a double-quoted string with `\xNN` escapes; values over 64 bytes are abbreviated.
pub fn quote(bytes: &[u8]) -> String {
    let mut out = String::from("\"");
    for &byte in bytes.iter().take(64) {
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push('"');
    if bytes.len() > 64 {
        out.push_str(&format!("...({} bytes)", bytes.len()));
    }
    out
}

/// An argv as one line of quoted arguments.
pub fn show_argv(argv: &[Vec<u8>]) -> String {
    argv.iter()
        .map(|arg| quote(arg))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Reply {
        Reply::Bulk(text.as_bytes().to_vec())
    }

    #[test]
    fn rule_follows_allowlist_then_flags() {
        let flags = |list: &[&str]| list.iter().map(|f| f.to_string()).collect::<Vec<_>>();
        let entry = AllowEntry {
            action: Action::Compare(Rule::TtlClass),
            reason: "clock".into(),
        };
        assert_eq!(
            Rule::select(Some(&entry), &flags(&["readonly"]), "integer"),
            Rule::TtlClass
        );
        assert_eq!(
            Rule::select(
                None,
                &flags(&["readonly", "nondeterministic_output"]),
                "set"
            ),
            Rule::Shape
        );
        assert_eq!(
            Rule::select(None, &flags(&["nondeterministic_output_order"]), "map"),
            Rule::UnorderedPairs
        );
        assert_eq!(
            Rule::select(None, &flags(&["nondeterministic_output_order"]), "set"),
            Rule::Unordered
        );
        assert_eq!(
            Rule::select(None, &flags(&["write"]), "integer"),
            Rule::Exact
        );
    }

    #[test]
    fn unordered_pairs_keep_fields_with_values() {
        let a = Ok(Reply::Array(vec![
            bulk("f1"),
            bulk("1"),
            bulk("f2"),
            bulk("2"),
        ]));
        let b = Ok(Reply::Array(vec![
            bulk("f2"),
            bulk("2"),
            bulk("f1"),
            bulk("1"),
        ]));
        let c = Ok(Reply::Array(vec![
            bulk("f2"),
            bulk("1"),
            bulk("f1"),
            bulk("2"),
        ]));
        assert_eq!(compare(Rule::UnorderedPairs, "map", &a, &b), Verdict::Same);
        assert!(matches!(
            compare(Rule::UnorderedPairs, "map", &a, &c),
            Verdict::Differ(_)
        ));
        assert_eq!(compare(Rule::Unordered, "set", &a, &c), Verdict::Same);
        assert!(matches!(
            compare(Rule::Exact, "set", &a, &b),
            Verdict::Differ(_)
        ));
    }

    #[test]
    fn errors_compare_by_full_text() {
        let a: Outcome = Err("ERR syntax error".into());
        let b: Outcome = Err("ERR syntax error ".into());
        assert!(matches!(
            compare(Rule::Shape, "reply", &a, &b),
            Verdict::Differ(_)
        ));
        assert_eq!(compare(Rule::Shape, "reply", &a, &a), Verdict::Same);
    }

    #[test]
    fn ttl_and_shape_and_float_rules() {
        let ttl = |n| Ok(Reply::Integer(n));
        assert_eq!(
            compare(Rule::TtlClass, "integer", &ttl(99), &ttl(100)),
            Verdict::Same
        );
        assert!(matches!(
            compare(Rule::TtlClass, "integer", &ttl(-1), &ttl(100)),
            Verdict::Differ(_)
        ));
        let page = |cursor: &str, n: usize| {
            Ok(Reply::Array(vec![
                bulk(cursor),
                Reply::Array(vec![bulk("k"); n]),
            ]))
        };
        assert_eq!(
            compare(Rule::Shape, "cursor_page", &page("0", 3), &page("17", 1)),
            Verdict::Same
        );
        assert!(matches!(
            compare(Rule::Shape, "set", &page("0", 3), &page("0", 1)),
            Verdict::Differ(_)
        ));
        let float = |text: &str| Ok(bulk(text));
        assert_eq!(
            compare(
                Rule::ApproxFloat,
                "incr_float",
                &float("0.3"),
                &float("0.3")
            ),
            Verdict::Same
        );
        assert_eq!(
            compare(
                Rule::ApproxFloat,
                "incr_float",
                &float("0.30000000000000004"),
                &float("0.3")
            ),
            Verdict::Resync
        );
        let overflow: Outcome = Err("ERR increment would produce NaN or Infinity".into());
        assert_eq!(
            compare(Rule::ApproxFloat, "incr_float", &overflow, &float("2e308")),
            Verdict::Resync
        );
        let not_float: Outcome = Err("ERR value is not a valid float".into());
        assert_eq!(
            compare(Rule::ApproxFloat, "incr_float", &not_float, &float("16")),
            Verdict::Resync
        );
        assert!(matches!(
            compare(Rule::ApproxFloat, "incr_float", &float("16"), &not_float),
            Verdict::Differ(_)
        ));
        assert!(matches!(
            compare(Rule::ApproxFloat, "incr_float", &float("1"), &float("2")),
            Verdict::Differ(_)
        ));
    }
}
