//! Hand-written helpers of the generated `execute` (generated/rust/execute.rs): the argv cursor
//! with Redis's rules for missing values and leftovers, the `oneof` rule, the text of an
//! unknown command, and the admit/log/commit frame of a write command.
#![allow(dead_code)] // Each helper is used once some command of the table needs its grammar.

use ferrite_core::persist::argv::ArgvWriter;
use ferrite_core::{Ctx, Error, Reply, Result};

/// A cursor over argv; position 0 is the command name.
pub(crate) struct Args<'a> {
    argv: &'a [&'a [u8]],
    pos: usize,
}

impl<'a> Args<'a> {
    /// A cursor at the first argument after the command name.
    pub(crate) fn new(argv: &'a [&'a [u8]]) -> Args<'a> {
        Args { argv, pos: 1 }
    }

    /// The next argument; `ERR syntax error` when there is none (a token without its value).
    pub(crate) fn next(&mut self) -> Result<&'a [u8]> {
        let arg = self.argv.get(self.pos).ok_or(Error::Syntax)?;
        self.pos += 1;
        Ok(arg)
    }

    /// The next argument, without consuming it.
    pub(crate) fn peek(&self) -> Option<&'a [u8]> {
        self.argv.get(self.pos).copied()
    }

    /// Consumes the argument `peek` returned.
    pub(crate) fn advance(&mut self) {
        self.pos += 1;
    }

    /// How many arguments are left.
    pub(crate) fn remaining(&self) -> usize {
        self.argv.len().saturating_sub(self.pos)
    }

    /// Consumes `token` (any case), or fails with `ERR syntax error`.
    pub(crate) fn expect(&mut self, token: &[u8]) -> Result<()> {
        if self.next()?.eq_ignore_ascii_case(token) {
            Ok(())
        } else {
            Err(Error::Syntax)
        }
    }

    /// One or more arguments: all but the `tail_min` that must follow.
    pub(crate) fn take_many(&mut self, tail_min: usize) -> Result<&'a [&'a [u8]]> {
        let n = self.remaining().saturating_sub(tail_min);
        if n == 0 {
            return Err(Error::Syntax);
        }
        let items = &self.argv[self.pos..self.pos + n];
        self.pos += n;
        Ok(items)
    }

    /// One or more groups of `width` arguments (all but the `tail_min` that must follow). An
    /// incomplete group is a wrong-arity error when `incomplete_is_arity` (HSET, MSET), else
    /// `ERR syntax error` (ZADD).
    pub(crate) fn take_tuples(
        &mut self,
        tail_min: usize,
        width: usize,
        incomplete_is_arity: bool,
    ) -> Result<&'a [&'a [u8]]> {
        let n = self.remaining().saturating_sub(tail_min);
        #[allow(clippy::manual_is_multiple_of)] // is_multiple_of is newer than rust-version 1.80.
        if n == 0 || n % width != 0 {
            return Err(if incomplete_is_arity {
                wrong_arity(self.argv[0])
            } else {
                Error::Syntax
            });
        }
        let items = &self.argv[self.pos..self.pos + n];
        self.pos += n;
        Ok(items)
    }

    /// Succeeds when every argument was consumed (the wrong-arity error otherwise, as LPOP).
    pub(crate) fn finish_or_wrong_arity(&self) -> Result<()> {
        match self.remaining() {
            0 => Ok(()),
            _ => Err(wrong_arity(self.argv[0])),
        }
    }

    /// Succeeds when every argument was consumed (`ERR syntax error` otherwise).
    pub(crate) fn finish(&self) -> Result<()> {
        if self.remaining() == 0 {
            Ok(())
        } else {
            Err(Error::Syntax)
        }
    }
}

/// Runs a write command: admits it (`denyoom`: it may grow memory), runs `run` (the parse and
/// the handler call) with a context that logs `argv` exactly as given when the write changes the
/// keyspace, then commits it (waits until its log record is as durable as the sync mode
/// promises). The commit's error comes first: a write whose record did not reach the log is not
/// reported as done.
pub(crate) fn logged(
    ctx: &Ctx<'_, '_>,
    argv: &[&[u8]],
    denyoom: bool,
    run: impl FnOnce(&Ctx<'_, '_>) -> Result<Reply>,
) -> Result<Reply> {
    ctx.admit(denyoom)?;
    let log = |w: &mut ArgvWriter<'_>| {
        for arg in argv {
            w.arg(arg);
        }
    };
    let ctx = ctx.with_log(&log);
    let res = run(&ctx);
    ctx.commit()?;
    res
}

/// Sets a `oneof` slot: the same alternative again replaces its value, a different one is
/// `ERR syntax error` (`SET k v EX 1 EX 2` is fine, `SET k v EX 1 PX 2` is not).
pub(crate) fn set_oneof<T>(slot: &mut Option<T>, value: T) -> Result<()> {
    if let Some(old) = slot {
        if std::mem::discriminant(old) != std::mem::discriminant(&value) {
            return Err(Error::Syntax);
        }
    }
    *slot = Some(value);
    Ok(())
}

/// Redis's wrong-arity error for the command named `name` (printed lower case).
fn wrong_arity(name: &[u8]) -> Error {
    Error::WrongArity {
        command: String::from_utf8_lossy(name).to_ascii_lowercase(),
    }
}

/// Redis's unknown-command error: the name as given, then the arguments quoted, until the
/// echoed text reaches 128 bytes (each argument cut to what is left).
pub(crate) fn unknown_command(argv: &[&[u8]]) -> Error {
    const LIMIT: usize = 128;
    let name = argv.first().map_or(&b""[..], |n| &n[..n.len().min(LIMIT)]);
    let mut args = Vec::new();
    let mut len = 0;
    for arg in argv.iter().skip(1) {
        if len >= LIMIT {
            break;
        }
        let cut = &arg[..arg.len().min(LIMIT - len)];
        len += cut.len() + 3;
        args.push(String::from_utf8_lossy(cut).into_owned());
    }
    Error::UnknownCommand {
        command: String::from_utf8_lossy(name).into_owned(),
        args,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_command_text_is_redis_text() {
        let err = unknown_command(&[b"FOO", b"a", b"b"]);
        assert_eq!(
            err.to_string(),
            "ERR unknown command 'FOO', with args beginning with: 'a' 'b' "
        );
        let err = unknown_command(&[b"foo"]);
        assert_eq!(
            err.to_string(),
            "ERR unknown command 'foo', with args beginning with: "
        );
    }

    #[test]
    fn unknown_command_echo_is_cut_at_128_bytes() {
        // Checked against redis-server 7.0: 200 arguments `x` echo 32 of them.
        let mut argv: Vec<&[u8]> = vec![&b"x"[..]; 201];
        argv[0] = b"FOO";
        let text = unknown_command(&argv).to_string();
        assert_eq!(text.matches("'x'").count(), 32);
    }

    #[test]
    fn oneof_rules() {
        let mut slot = None;
        set_oneof(&mut slot, Some(1)).unwrap();
        set_oneof(&mut slot, Some(2)).unwrap();
        assert_eq!(slot, Some(Some(2)));
        assert!(set_oneof(&mut slot, None).is_err());
    }
}
