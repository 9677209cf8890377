//! Keeps the table honest: runs every example of `commands.yaml` against a real `redis-server`
//! (the reference, 7.0) on a free loopback port. Skipped, with a notice, when `redis-server` is
//! not on PATH.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use codegen::model::{Expect, Value};

/// The server process; killed when dropped, even when a test assertion fails.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server() -> Option<(Server, TcpStream)> {
    let port = TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let server = Server(child);
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(stream) = TcpStream::connect(("127.0.0.1", port)) {
            return Some((server, stream));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("redis-server did not start listening on port {port}");
}

/// A RESP2 reply.
#[derive(Debug, PartialEq)]
enum Resp {
    Value(Value),
    Error(String),
}

fn read_line(reader: &mut impl BufRead) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).expect("read from redis-server");
    line.trim_end_matches("\r\n").to_string()
}

fn read_reply(reader: &mut impl BufRead) -> Resp {
    let line = read_line(reader);
    let (kind, rest) = line.split_at(1);
    Resp::Value(match kind {
        "+" => Value::Status(rest.to_string()),
        "-" => return Resp::Error(rest.to_string()),
        ":" => Value::Integer(rest.parse().expect("integer reply")),
        "$" if rest == "-1" => Value::Nil,
        "$" => {
            let len: usize = rest.parse().expect("bulk length");
            let mut buf = vec![0; len + 2];
            reader.read_exact(&mut buf).expect("bulk body");
            buf.truncate(len);
            Value::Bulk(String::from_utf8_lossy(&buf).into_owned())
        }
        "*" if rest == "-1" => Value::Nil,
        "*" => {
            let n: usize = rest.parse().expect("array length");
            let items = (0..n)
                .map(|_| match read_reply(reader) {
                    Resp::Value(value) => value,
                    Resp::Error(text) => panic!("error inside an array: {text}"),
                })
                .collect();
            Value::Array(items)
        }
        other => panic!("unexpected RESP type {other:?}"),
    })
}

fn call(stream: &mut TcpStream, reader: &mut impl BufRead, argv: &[String]) -> Resp {
    let mut out = format!("*{}\r\n", argv.len()).into_bytes();
    for arg in argv {
        out.extend_from_slice(format!("${}\r\n", arg.len()).as_bytes());
        out.extend_from_slice(arg.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    stream.write_all(&out).expect("write to redis-server");
    read_reply(reader)
}

#[test]
fn table_examples_hold_on_redis_server() {
    if Command::new("redis-server")
        .arg("--version")
        .output()
        .is_err()
    {
        println!(
            "notice: redis-server is not on PATH; the table's examples were not checked against it"
        );
        return;
    }
    let root = codegen::files::workspace_root(Path::new(env!("CARGO_MANIFEST_DIR")));
    let model = codegen::files::load_model(&root.join("commands.yaml"))
        .unwrap_or_else(|err| panic!("{err:#}"));
    let (_server, mut stream) = start_server().expect("start redis-server");
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut failures = Vec::new();
    let mut count = 0;
    for cmd in &model.commands {
        for (idx, example) in cmd.examples.iter().enumerate() {
            count += 1;
            call(&mut stream, &mut reader, &["FLUSHALL".to_string()]);
            for setup in &example.setup {
                if let Resp::Error(text) = call(&mut stream, &mut reader, setup) {
                    failures.push(format!(
                        "{}.examples[{idx}]: setup {setup:?} failed: {text}",
                        cmd.name
                    ));
                }
            }
            let got = call(&mut stream, &mut reader, &example.argv);
            let (got, expected) = match &example.expect {
                Expect::Error(text) => (got, Resp::Error(text.clone())),
                Expect::Reply(value) if example.unordered => match got {
                    Resp::Value(got) => (Resp::Value(got.sorted()), Resp::Value(value.sorted())),
                    other => (other, Resp::Value(value.clone())),
                },
                Expect::Reply(value) => (got, Resp::Value(value.clone())),
            };
            if got != expected {
                failures.push(format!(
                    "{}.examples[{idx}] {:?}: redis-server replied {got:?}, the table says {expected:?}",
                    cmd.name, example.argv
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} examples disagree with redis-server:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{count} examples agree with redis-server");
}
