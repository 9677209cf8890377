//! Group commit at a glance: N threads each make 400 `SyncMode::Full` writes (every one durable
//! before it returns) on a database under `target/`; prints the time per write. With one thread
//! each write costs one fsync; with more, concurrent writers share each fsync.
//!
//! `cargo run --release -p ferrite --example group_commit -- 8`
use ferrite::embedded::{Database, EmbeddedConfig, SyncMode};

fn main() -> ferrite::embedded::Result<()> {
    let threads: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../target")
        .join(format!("group-commit-{}", std::process::id()));
    let db = Database::open_with_config(EmbeddedConfig {
        path: Some(dir.clone()),
        sync_mode: SyncMode::Full,
        ..EmbeddedConfig::default()
    })?;
    let per_thread = 400;
    let started = std::time::Instant::now();
    std::thread::scope(|s| {
        for t in 0..threads {
            let db = &db;
            s.spawn(move || {
                for i in 0..per_thread {
                    db.set(format!("t{t}:{i}"), "v").expect("durable write");
                }
            });
        }
    });
    let elapsed = started.elapsed();
    let writes = threads * per_thread;
    println!(
        "{threads} threads: {writes} durable writes in {elapsed:?}: {:.1} us per write",
        elapsed.as_micros() as f64 / writes as f64
    );
    drop(db);
    let _ = std::fs::remove_dir_all(dir);
    Ok(())
}
