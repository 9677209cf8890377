//! The argv of a write command as the write-ahead log stores it.
//!
//! Every write is logged as the Redis command that reproduces it (`SET k v PXAT ...` style
//! argv), so the log is as stable as Redis's own syntax and replay goes through the same
//! `execute` parser that the compatibility tests check. The typed API's generated methods write
//! their arguments through [`ArgvWriter`]; `execute` logs the argv it was given.

use crate::parse::{format_double, format_i64};

/// Appends one command's arguments to a log record.
///
/// Layout written (see ARCHITECTURE.md, "File format"): `argc: u32 LE` (patched by
/// [`ArgvWriter::finish`]), then each argument as `len: uvarint` followed by its bytes.
pub struct ArgvWriter<'b> {
    out: &'b mut Vec<u8>,
    argc_at: usize,
    argc: u32,
}

impl<'b> ArgvWriter<'b> {
    /// Starts a command at the end of `out`.
    pub fn new(out: &'b mut Vec<u8>) -> ArgvWriter<'b> {
        let argc_at = out.len();
        out.extend_from_slice(&[0; 4]);
        ArgvWriter {
            out,
            argc_at,
            argc: 0,
        }
    }

    /// One argument, as bytes.
    pub fn arg(&mut self, bytes: &[u8]) {
        put_uvarint(self.out, bytes.len() as u64);
        self.out.extend_from_slice(bytes);
        self.argc += 1;
    }

    /// One argument, an integer in decimal.
    pub fn int(&mut self, value: i64) {
        let mut buf = [0u8; 20];
        let text = format_i64(value, &mut buf);
        self.arg(text);
    }

    /// One argument, a float in the shortest text that parses back to exactly `value`
    /// (`%.17g`; `inf`, `-inf`).
    pub fn float(&mut self, value: f64) {
        self.arg(format_double(value).as_bytes());
    }

    /// How many arguments were written.
    pub fn argc(&self) -> u32 {
        self.argc
    }

    /// Patches the argument count; returns it.
    pub fn finish(self) -> u32 {
        if let Some(slot) = self.out.get_mut(self.argc_at..self.argc_at + 4) {
            slot.copy_from_slice(&self.argc.to_le_bytes());
        }
        self.argc
    }
}

/// Appends `value` as an unsigned LEB128 varint.
pub fn put_uvarint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Reads an unsigned LEB128 varint from the front of `input`: `(value, bytes used)`, or `None`
/// when the input ends first or the varint is longer than 10 bytes or overflows.
pub fn get_uvarint(input: &[u8]) -> Option<(u64, usize)> {
    let mut value: u64 = 0;
    for (i, &byte) in input.iter().enumerate().take(10) {
        let part = u64::from(byte & 0x7f);
        if i == 9 && byte > 1 {
            return None;
        }
        value |= part << (7 * i);
        if byte & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_reject_overlong() {
        for v in [
            0u64,
            1,
            127,
            128,
            300,
            u32::MAX as u64,
            u64::MAX - 1,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put_uvarint(&mut out, v);
            assert_eq!(get_uvarint(&out), Some((v, out.len())));
            assert_eq!(get_uvarint(&out[..out.len() - 1]), None);
        }
        assert_eq!(get_uvarint(&[0xff; 11]), None);
        assert_eq!(
            get_uvarint(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]),
            None
        );
    }

    #[test]
    fn argv_writer_frames_arguments() {
        let mut out = vec![9];
        let mut w = ArgvWriter::new(&mut out);
        w.arg(b"SET");
        w.int(-42);
        w.float(1.5);
        w.int(i64::MIN);
        assert_eq!(w.finish(), 4);
        let mut expected = vec![9, 4, 0, 0, 0, 3];
        expected.extend_from_slice(b"SET");
        expected.push(3);
        expected.extend_from_slice(b"-42");
        expected.push(3);
        expected.extend_from_slice(b"1.5");
        expected.push(20);
        expected.extend_from_slice(b"-9223372036854775808");
        assert_eq!(out, expected);
    }
}

/// One logged command, decoded: the database it ran in, its clock, and its argv.
#[derive(Debug, PartialEq)]
pub struct LoggedCommand<'d> {
    /// The logical database selected when it ran.
    pub db: usize,
    /// The command's clock (Unix milliseconds); replay runs it at this time.
    pub now: i64,
    /// The arguments, command name first.
    pub argv: Vec<&'d [u8]>,
}

/// Encodes one command's header (`db: uvarint`, `now: i64 LE`) and returns an [`ArgvWriter`]
/// for its arguments.
pub fn begin_command(out: &mut Vec<u8>, db: usize, now: i64) -> ArgvWriter<'_> {
    put_uvarint(out, db as u64);
    out.extend_from_slice(&now.to_le_bytes());
    ArgvWriter::new(out)
}

/// Decodes one command from the front of `input`: the command and the bytes it used, or `None`
/// if the bytes do not hold a whole, well-formed command. Never allocates more than the input
/// can hold (a count larger than the remaining bytes is rejected before any allocation).
pub fn decode_command(input: &[u8]) -> Option<(LoggedCommand<'_>, usize)> {
    let (db, mut at) = get_uvarint(input)?;
    let now = i64::from_le_bytes(input.get(at..at + 8)?.try_into().ok()?);
    at += 8;
    let argc = u32::from_le_bytes(input.get(at..at + 4)?.try_into().ok()?) as usize;
    at += 4;
    // Every argument takes at least one byte (its length), so a count above what remains is
    // corrupt: reject it before allocating.
    if argc == 0 || argc > input.len() - at {
        return None;
    }
    let mut argv = Vec::with_capacity(argc);
    for _ in 0..argc {
        let (len, used) = get_uvarint(input.get(at..)?)?;
        at += used;
        let len = usize::try_from(len).ok()?;
        let end = at.checked_add(len)?;
        argv.push(input.get(at..end)?);
        at = end;
    }
    let db = usize::try_from(db).ok()?;
    Some((LoggedCommand { db, now, argv }, at))
}

#[cfg(test)]
mod command_tests {
    use super::*;

    #[test]
    fn commands_round_trip_and_truncations_are_rejected() {
        let mut out = Vec::new();
        let mut w = begin_command(&mut out, 3, 1_700_000_000_000);
        w.arg(b"HSET");
        w.arg(b"h");
        w.arg(b"");
        w.int(7);
        w.finish();
        let (cmd, used) = decode_command(&out).expect("decodes");
        assert_eq!(used, out.len());
        assert_eq!(cmd.db, 3);
        assert_eq!(cmd.now, 1_700_000_000_000);
        assert_eq!(cmd.argv, vec![&b"HSET"[..], b"h", b"", b"7"]);
        for cut in 0..out.len() {
            assert_eq!(decode_command(&out[..cut]), None, "cut at {cut}");
        }
    }

    #[test]
    fn a_huge_argc_is_rejected_without_allocating() {
        let mut out = Vec::new();
        put_uvarint(&mut out, 0);
        out.extend_from_slice(&0i64.to_le_bytes());
        out.extend_from_slice(&u32::MAX.to_le_bytes());
        out.push(0);
        assert_eq!(decode_command(&out), None);
    }
}
