//! Profiling aid: N SETs (default 200,000) on a database in memory or on disk (`none`,
//! `normal`), for `valgrind --tool=callgrind target/release/examples/prof_set none`.
use ferrite::embedded::{Database, EmbeddedConfig, SyncMode};
fn main() {
    let mode = match std::env::args().nth(1).as_deref() {
        Some("memory") => None,
        Some("normal") => Some(SyncMode::Normal),
        _ => Some(SyncMode::None),
    };
    let n: u64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let dir = std::env::temp_dir().join(format!("ferrite-prof-{}", std::process::id()));
    let db = match mode {
        None => Database::memory().unwrap(),
        Some(mode) => Database::open_with_config(EmbeddedConfig {
            path: Some(dir.clone()),
            sync_mode: mode,
            ..EmbeddedConfig::default()
        })
        .unwrap(),
    };
    let value = [b'v'; 32];
    for i in 0..n {
        let key = format!("key:{:012}", i % 100_000);
        db.set(key.as_bytes(), &value[..]).unwrap();
    }
    drop(db);
    let _ = std::fs::remove_dir_all(dir);
}
