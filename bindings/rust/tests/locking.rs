//! R7: one process owns a database directory at a time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ferrite::embedded::{Database, Error};

const CHILD_ENV: &str = "FERRITE_LOCK_CHILD";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrite-lock-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Every file of `dir` with its bytes.
fn snapshot_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect()
}

fn assert_locked(result: Result<Database, Error>, dir: &Path) {
    match result {
        Err(e @ Error::Locked { .. }) => {
            assert!(
                e.to_string().contains(&dir.display().to_string()),
                "the message names the directory: {e}"
            );
            assert_eq!(e.code(), "LOCKED");
        }
        Err(e) => panic!("expected Locked, got {e}"),
        Ok(_) => panic!("a second open of {} succeeded", dir.display()),
    }
}

/// The child side: opens the directory named in the environment and reports the outcome.
#[test]
fn lock_child_entry() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (dir, action) = spec.split_once('|').unwrap_or((&spec, "try"));
    match action {
        "hold" => {
            let db = Database::open(dir).expect("child open");
            db.set("held-by", "child").expect("write");
            db.sync().expect("sync");
            println!("HOLDING");
            std::thread::sleep(Duration::from_secs(60));
        }
        _ => match Database::open(dir) {
            Ok(_) => println!("RESULT opened"),
            Err(e) => println!("RESULT {} {e}", e.code()),
        },
    }
}

fn child(dir: &Path, action: &str) -> Command {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "lock_child_entry",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD_ENV, format!("{}|{action}", dir.display()));
    cmd
}

#[test]
fn a_second_open_in_the_same_process_is_locked_by_any_path() {
    let dir = scratch("same");
    let db = Database::open(&dir).expect("open");
    db.set("k", "v").expect("write");
    db.sync().expect("sync");
    for _ in 0..20 {
        let before = snapshot_dir(&dir);
        let started = Instant::now();
        assert_locked(Database::open(&dir), &dir);
        assert!(
            started.elapsed() < Duration::from_millis(100),
            "open must not block"
        );
        assert_eq!(before, snapshot_dir(&dir), "a refused open changes no file");
    }
    // The same directory through a symlink and through a path with `..` in it.
    let link = scratch("same-link");
    std::os::unix::fs::symlink(&dir, &link).expect("symlink");
    assert_locked(Database::open(&link), &link);
    let dotted = dir.join("..").join(dir.file_name().expect("name"));
    assert_locked(Database::open(&dotted), &dotted);
    // Closing releases the lock.
    db.close().expect("close");
    let again = Database::open(&dir).expect("open after close");
    assert_eq!(again.get_str("k").expect("get"), Some("v".to_string()));
    drop(again);
    // So does dropping without close.
    let again = Database::open(&dir).expect("open after drop");
    drop(again);
    let _ = std::fs::remove_file(&link);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn another_process_gets_locked_and_the_files_stay_byte_identical() {
    let dir = scratch("other");
    let db = Database::open(&dir).expect("open");
    db.set("k", "v").expect("write");
    db.sync().expect("sync");
    for _ in 0..20 {
        let before = snapshot_dir(&dir);
        let out = child(&dir, "try").output().expect("run child");
        let text = String::from_utf8_lossy(&out.stdout);
        let line = text
            .lines()
            .find_map(|l| l.find("RESULT ").map(|at| &l[at..]))
            .unwrap_or_else(|| panic!("child said nothing: {text}"));
        assert!(line.starts_with("RESULT LOCKED "), "{line}");
        assert!(line.contains(&dir.display().to_string()), "{line}");
        assert_eq!(before, snapshot_dir(&dir));
    }
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn after_the_holder_is_killed_the_directory_opens_within_a_second() {
    let dir = scratch("killed");
    for round in 0..5 {
        let mut holder = child(&dir, "hold")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("spawn holder");
        let mut out = std::io::BufReader::new(holder.stdout.take().expect("stdout"));
        let mut line = String::new();
        while !line.contains("HOLDING") {
            line.clear();
            let n = std::io::BufRead::read_line(&mut out, &mut line).expect("read");
            assert!(n > 0, "holder exited early");
        }
        assert_locked(Database::open(&dir), &dir);
        holder.kill().expect("SIGKILL");
        holder.wait().expect("wait");
        let started = Instant::now();
        let db = loop {
            match Database::open(&dir) {
                Ok(db) => break db,
                Err(Error::Locked { .. }) if started.elapsed() < Duration::from_secs(1) => {
                    std::thread::sleep(Duration::from_millis(10))
                }
                Err(e) => panic!("round {round}: open after kill: {e}"),
            }
        };
        assert_eq!(
            db.get_str("held-by").expect("get"),
            Some("child".to_string())
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
