//! Starts a private `redis-server` for a test and stops it again, also when the test panics.
//!
//! The server listens on a free loopback port (found by binding `127.0.0.1:0`), never on the
//! ports 6399-6404 that other suites use, persists nothing (`--save '' --appendonly no`) and
//! works in its own temporary directory. [`RedisServer`] kills it on drop.

use std::io;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ferrite_core::Reply;

use crate::resp::RespClient;

/// Ports that other suites on the shared machine use; never start a server there.
const RESERVED_PORTS: std::ops::RangeInclusive<u16> = 6399..=6404;

/// A running `redis-server`, killed when dropped.
pub struct RedisServer {
    child: Child,
    port: u16,
    dir: PathBuf,
}

/// Why no server could be started.
#[derive(Debug)]
pub enum StartError {
    /// `redis-server` is not on `PATH`.
    NotInstalled,
    /// It is installed but did not come up; the text says why (log tail included).
    Failed(String),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::NotInstalled => f.write_str("redis-server is not on PATH"),
            StartError::Failed(why) => write!(f, "redis-server did not start: {why}"),
        }
    }
}

impl RedisServer {
    /// Starts a server and waits until it answers PING (up to 10 s). Retries on a new port if
    /// the chosen one was taken in the meantime.
    pub fn start() -> Result<RedisServer, StartError> {
        let binary = find_on_path("redis-server").ok_or(StartError::NotInstalled)?;
        let mut last_error = String::new();
        for _attempt in 0..3 {
            let port = free_port().map_err(|e| StartError::Failed(format!("no free port: {e}")))?;
            match RedisServer::start_on(&binary, port) {
                Ok(server) => return Ok(server),
                Err(why) => last_error = why,
            }
        }
        Err(StartError::Failed(last_error))
    }

    fn start_on(binary: &Path, port: u16) -> Result<RedisServer, String> {
        let dir = std::env::temp_dir().join(format!(
            "ferrite-compat-redis-{}-{port}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let child = Command::new(binary)
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
            .args(["--daemonize", "no", "--databases", "16"])
            .arg("--dir")
            .arg(&dir)
            .arg("--logfile")
            .arg(dir.join("redis.log"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        // From here on the guard owns the process, so every early return kills it.
        let mut server = RedisServer { child, port, dir };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!(
                    "exited with {status} on port {port}; log:\n{}",
                    server.log_tail()
                ));
            }
            if server.answers_ping() {
                return Ok(server);
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "no PONG on port {port} within 10 s; log:\n{}",
                    server.log_tail()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn answers_ping(&self) -> bool {
        RespClient::connect(self.port)
            .and_then(|mut client| client.call(&["PING"]))
            .is_ok_and(|reply| reply == Ok(Reply::Status("PONG".into())))
    }

    /// The port the server listens on (on 127.0.0.1).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A new connection to the server.
    pub fn connect(&self) -> io::Result<RespClient> {
        RespClient::connect(self.port)
    }

    /// The last lines of the server's log, for error messages.
    pub fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(self.dir.join("redis.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A port on 127.0.0.1 that was free a moment ago, outside [`RESERVED_PORTS`].
fn free_port() -> io::Result<u16> {
    loop {
        let port = TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port();
        if !RESERVED_PORTS.contains(&port) {
            return Ok(port);
        }
    }
}

/// The first executable file called `name` in `PATH`.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Starts a server for the test named `test`, or returns `None` (the test is skipped, with a
/// notice) when redis-server is missing and `CI` is not set; with `CI` set, or when the server
/// fails to start, it panics.
pub fn start_or_skip(test: &str) -> Option<RedisServer> {
    match RedisServer::start() {
        Ok(server) => Some(server),
        Err(StartError::NotInstalled) if std::env::var_os("CI").is_none() => {
            eprintln!(
                "NOTICE: {test} test skipped: redis-server is not on PATH \
                 (install it with scripts/install-deps.sh; with CI set this is a failure)"
            );
            None
        }
        Err(e) => {
            panic!("{test} test needs redis-server: {e} (install it with scripts/install-deps.sh)")
        }
    }
}
