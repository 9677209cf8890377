//! A minimal RESP2 client over `std::net::TcpStream`, just enough to drive a `redis-server` from
//! the differential test: send one argv as an array of bulk strings, read one reply.
//!
//! Replies are parsed into [`ferrite_core::Reply`], so both sides of the comparison share one
//! type; an error reply becomes `Err(text)` with the leading `-` removed, which is exactly what
//! `ferrite_core::Error`'s `Display` prints for the same error.

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use ferrite_core::Reply;

/// The outcome of one command: a reply, or Redis's error text (`ERR syntax error`).
pub type Outcome = Result<Reply, String>;

/// One connection to a Redis server.
pub struct RespClient {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    out: Vec<u8>,
}

impl RespClient {
    /// Connects to `127.0.0.1:port`. Reads time out after 10 s, so a command that blocks the
    /// server turns into a clear I/O error instead of a hung test.
    pub fn connect(port: u16) -> io::Result<RespClient> {
        let stream = TcpStream::connect(("127.0.0.1", port))?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let writer = stream.try_clone()?;
        Ok(RespClient {
            reader: BufReader::new(stream),
            writer,
            out: Vec::new(),
        })
    }

    /// Sends `argv` and reads its reply. The outer `io::Result` fails only on transport or
    /// protocol trouble; Redis error replies are `Ok(Err(text))`.
    pub fn call<A: AsRef<[u8]>>(&mut self, argv: &[A]) -> io::Result<Outcome> {
        self.out.clear();
        encode_command(argv, &mut self.out);
        self.writer.write_all(&self.out)?;
        read_reply(&mut self.reader)
    }
}

/// Appends `argv` in RESP2 form (an array of bulk strings) to `out`.
pub fn encode_command<A: AsRef<[u8]>>(argv: &[A], out: &mut Vec<u8>) {
    out.extend_from_slice(format!("*{}\r\n", argv.len()).as_bytes());
    for arg in argv {
        let arg = arg.as_ref();
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg);
        out.extend_from_slice(b"\r\n");
    }
}

/// Reads one complete RESP2 reply.
pub fn read_reply<R: BufRead>(reader: &mut R) -> io::Result<Outcome> {
    let line = read_line(reader)?;
    let (kind, rest) = line
        .split_first()
        .ok_or_else(|| protocol("empty reply line"))?;
    match kind {
        b'+' => Ok(Ok(Reply::Status(Cow::Owned(utf8(rest)?)))),
        // Redis echoes arguments in some error texts (`ERR Unsupported option \xff`), bytes that
        // need not be UTF-8; Ferrite's errors are Rust strings, so compare the lossy decoding.
        b'-' => Ok(Err(String::from_utf8_lossy(rest).into_owned())),
        b':' => Ok(Ok(Reply::Integer(number(rest)?))),
        b'$' => {
            let len = number(rest)?;
            if len < 0 {
                return Ok(Ok(Reply::Nil));
            }
            let len = usize::try_from(len).map_err(|_| protocol("bulk length"))?;
            let mut buf = vec![0; len + 2];
            reader.read_exact(&mut buf)?;
            if !buf.ends_with(b"\r\n") {
                return Err(protocol("bulk string not terminated by CRLF"));
            }
            buf.truncate(len);
            Ok(Ok(Reply::Bulk(buf)))
        }
        b'*' => {
            let len = number(rest)?;
            if len < 0 {
                return Ok(Ok(Reply::Nil));
            }
            let mut items = Vec::with_capacity(usize::try_from(len).unwrap_or(0).min(1 << 16));
            for _ in 0..len {
                // An error nested in an array does not occur in the commands we send; keep its
                // text visible as a status rather than losing it.
                items.push(
                    read_reply(reader)?
                        .unwrap_or_else(|e| Reply::Status(Cow::Owned(format!("-{e}")))),
                );
            }
            Ok(Ok(Reply::Array(items)))
        }
        other => Err(protocol(&format!("unknown reply type byte {other:#04x}"))),
    }
}

fn read_line<R: BufRead>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    reader.read_until(b'\n', &mut line)?;
    if !line.ends_with(b"\r\n") {
        return Err(if line.is_empty() {
            io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed by redis-server",
            )
        } else {
            protocol("reply line not terminated by CRLF")
        });
    }
    line.truncate(line.len() - 2);
    Ok(line)
}

fn utf8(bytes: &[u8]) -> io::Result<String> {
    String::from_utf8(bytes.to_vec()).map_err(|_| protocol("status line is not UTF-8"))
}

fn number(bytes: &[u8]) -> io::Result<i64> {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| text.parse().ok())
        .ok_or_else(|| protocol("bad integer in reply"))
}

fn protocol(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("RESP protocol error: {what}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(wire: &[u8]) -> Outcome {
        read_reply(&mut &wire[..]).unwrap()
    }

    #[test]
    fn parses_every_reply_type() {
        assert_eq!(parse(b"+OK\r\n"), Ok(Reply::ok()));
        assert_eq!(
            parse(b"-ERR syntax error\r\n"),
            Err("ERR syntax error".to_string())
        );
        assert_eq!(parse(b":-42\r\n"), Ok(Reply::Integer(-42)));
        assert_eq!(parse(b"$-1\r\n"), Ok(Reply::Nil));
        assert_eq!(parse(b"*-1\r\n"), Ok(Reply::Nil));
        assert_eq!(parse(b"$0\r\n\r\n"), Ok(Reply::Bulk(Vec::new())));
        assert_eq!(
            parse(b"$4\r\na\r\n\0\r\n"),
            Ok(Reply::Bulk(b"a\r\n\0".to_vec()))
        );
        assert_eq!(
            parse(b"*2\r\n$1\r\n0\r\n*2\r\n:1\r\n$-1\r\n"),
            Ok(Reply::Array(vec![
                Reply::Bulk(b"0".to_vec()),
                Reply::Array(vec![Reply::Integer(1), Reply::Nil])
            ]))
        );
    }

    #[test]
    fn encodes_binary_argv() {
        let mut out = Vec::new();
        encode_command(&[&b"SET"[..], b"k", b"\r\n\xff"], &mut out);
        assert_eq!(out, b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$3\r\n\r\n\xff\r\n");
    }

    #[test]
    fn truncated_reply_is_an_error() {
        assert!(read_reply(&mut &b"$5\r\nab"[..]).is_err());
        assert!(read_reply(&mut &b""[..]).is_err());
    }
}
