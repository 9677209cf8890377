//! `tasks`: a small task tracker built on Ferrite Embedded, the kind of local state a CLI tool
//! keeps. Each task is a hash, open and finished tasks are sets, priorities a sorted set, the
//! activity log a capped list, and a snooze a key with a time to live. Every multi-key change
//! runs in a transaction.
//!
//! ```text
//! cargo run -p ferrite --example tasks                       # run a short demo, then list
//! cargo run -p ferrite --example tasks -- add 3 "write docs" # priority 3
//! cargo run -p ferrite --example tasks -- done 1
//! cargo run -p ferrite --example tasks -- snooze 2 60        # hide task 2 for 60 s
//! cargo run -p ferrite --example tasks -- list
//! cargo run -p ferrite --example tasks -- log
//! ```
//!
//! The data lives in `./tasks.ferrite` (override with `FERRITE_TASKS_PATH`).

use std::time::Duration;

use ferrite::embedded::{Database, Result};

const DEFAULT_PATH: &str = "tasks.ferrite";

/// Prints Ferrite's log records (warnings by default; `FERRITE_LOG=debug` for more) to stderr.
struct StderrLog;

impl log::Log for StderrLog {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }
    fn log(&self, record: &log::Record<'_>) {
        eprintln!("[{} {}] {}", record.target(), record.level(), record.args());
    }
    fn flush(&self) {}
}

fn open() -> Result<Database> {
    let _ = log::set_logger(&StderrLog).map(|()| log::set_max_level(log::LevelFilter::Trace));
    let path = std::env::var("FERRITE_TASKS_PATH").unwrap_or_else(|_| DEFAULT_PATH.to_string());
    // The directory is created on first use; FERRITE_SYNC_MODE, FERRITE_MEMORY_LIMIT and
    // FERRITE_LOG apply.
    let db = Database::open(&path)?;
    let known = db.scard("tasks:open")? + db.scard("tasks:done")?;
    println!("opened {path}: {known} tasks from earlier runs");
    Ok(db)
}

fn add(db: &Database, priority: f64, title: &str) -> Result<i64> {
    db.transaction(|tx| {
        let id = tx.incr("tasks:next_id")?;
        let key = format!("task:{id}");
        tx.hset(&key, "title", title)?;
        tx.hset(&key, "status", "open")?;
        tx.sadd("tasks:open", &[id.to_string()])?;
        tx.zadd("tasks:by_priority", &[(priority, id.to_string())])?;
        tx.lpush("tasks:log", &[format!("added #{id}: {title}")])?;
        tx.ltrim("tasks:log", 0, 9)?;
        Ok(id)
    })
}

fn done(db: &Database, id: &str) -> Result<bool> {
    db.transaction(|tx| {
        if !tx.smove("tasks:open", "tasks:done", id)? {
            return Ok(false);
        }
        tx.hset(format!("task:{id}"), "status", "done")?;
        tx.zrem("tasks:by_priority", &[id])?;
        tx.lpush("tasks:log", &[format!("finished #{id}")])?;
        tx.ltrim("tasks:log", 0, 9)?;
        Ok(true)
    })
}

fn snooze(db: &Database, id: &str, seconds: u64) -> Result<()> {
    db.set_ex(
        format!("task:{id}:snoozed"),
        "1",
        Duration::from_secs(seconds),
    )
}

fn list(db: &Database) -> Result<()> {
    println!("open tasks, highest priority first:");
    let ranked = db.zrange_with_scores("tasks:by_priority", 0, -1)?;
    for (id, priority) in ranked.iter().rev() {
        let id = String::from_utf8_lossy(id);
        let title = db.hget(format!("task:{id}"), "title")?.unwrap_or_default();
        let snoozed = match db.ttl(format!("task:{id}:snoozed"))? {
            Some(left) => format!("  (snoozed, {}s left)", left.as_secs()),
            None => String::new(),
        };
        println!(
            "  #{id:<3} p{priority:<4} {}{snoozed}",
            String::from_utf8_lossy(&title)
        );
    }
    let finished = db.scard("tasks:done")?;
    println!("finished: {finished}");
    Ok(())
}

fn log(db: &Database) -> Result<()> {
    for line in db.lrange("tasks:log", 0, -1)? {
        println!("  {}", String::from_utf8_lossy(&line));
    }
    Ok(())
}

fn demo(db: &Database) -> Result<()> {
    let first = add(db, 3.0, "write the README")?;
    add(db, 5.0, "fix the crash on empty input")?;
    let third = add(db, 1.0, "water the plants")?;
    done(db, &first.to_string())?;
    snooze(db, &third.to_string(), 3600)?;
    list(db)?;
    println!("recent activity:");
    log(db)
}

fn main() -> Result<()> {
    let db = open()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] => demo(&db)?,
        ["add", priority, title @ ..] if !title.is_empty() => {
            let priority: f64 = priority.parse()?;
            let id = add(&db, priority, &title.join(" "))?;
            println!("added #{id}");
        }
        ["done", id] => {
            if !done(&db, id)? {
                println!("no open task #{id}");
            }
        }
        ["snooze", id, seconds] => snooze(&db, id, seconds.parse()?)?,
        ["list"] => list(&db)?,
        ["log"] => log(&db)?,
        _ => {
            eprintln!(
                "usage: tasks [add PRIORITY TITLE... | done ID | snooze ID SECONDS | list | log]"
            );
            std::process::exit(2);
        }
    }
    db.close()
}
