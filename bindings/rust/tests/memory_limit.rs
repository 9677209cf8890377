//! R11: the memory limit (Redis's `maxmemory` with `noeviction`) and huge inputs.

use ferrite::embedded::{Database, EmbeddedConfig, Error};

const OOM: &str = "OOM command not allowed when used memory > 'maxmemory'.";

fn limited(limit: usize, path: Option<std::path::PathBuf>) -> Database {
    Database::open_with_config(EmbeddedConfig {
        path,
        memory_limit: limit,
        ..EmbeddedConfig::default()
    })
    .expect("open")
}

/// Writes 1 KiB values until the limit refuses one; returns how many went in.
fn fill_until_oom(db: &Database) -> usize {
    let value = vec![b'v'; 1024];
    for i in 0.. {
        match db.set(format!("k{i}"), &value) {
            Ok(()) => {}
            Err(e) => {
                assert_eq!(e.to_string(), OOM);
                assert_eq!(e.code(), "OOM");
                assert!(matches!(e, Error::Oom));
                return i;
            }
        }
        assert!(i < 1_000_000, "the limit never refused a write");
    }
    unreachable!()
}

#[test]
fn writes_past_the_limit_fail_with_redis_oom_and_change_nothing() {
    let limit = 64 << 20;
    let db = limited(limit, None);
    let written = fill_until_oom(&db);
    let used = db.stats().memory_used;
    assert!(used > limit, "refused at {used} bytes, limit {limit}");
    assert!(
        used < limit + (1 << 20),
        "overshoot by at most about one write: {used}"
    );
    assert!(
        written > 40_000,
        "64 MiB holds more than {written} 1 KiB values"
    );
    // Nothing partial: a multi-field HSET and an MSET are refused whole.
    let before = db.dbsize().expect("dbsize");
    assert_eq!(
        db.hset_multiple("h", &[("a", "1"), ("b", "2")])
            .unwrap_err()
            .to_string(),
        OOM
    );
    assert_eq!(
        db.execute(&["MSET", "x", "1", "y", "2"])
            .unwrap_err()
            .to_string(),
        OOM
    );
    assert_eq!(db.hlen("h").expect("hlen"), 0);
    assert_eq!(db.exists(&["x", "y"]).expect("exists"), 0);
    assert_eq!(db.dbsize().expect("dbsize"), before);
    // Reads, deletes and shrinking writes still work.
    assert_eq!(db.get("k0").expect("get").map(|v| v.len()), Some(1024));
    db.rpush("l", &["a"]).unwrap_err();
    assert!(db.del(&["k0", "k1", "k2"]).expect("del") == 3);
    db.expire("k3", std::time::Duration::from_secs(100))
        .expect("expire");
    // Freeing memory admits writes again.
    let keys: Vec<String> = (0..written / 4).map(|i| format!("k{i}")).collect();
    db.del(&keys).expect("del");
    assert!(db.stats().memory_used < limit);
    db.set("again", "yes").expect("admitted after deletes");
    assert_eq!(db.get_str("again").expect("get"), Some("yes".into()));
}

#[test]
fn transactions_are_refused_whole() {
    let db = limited(1 << 20, None);
    fill_until_oom(&db);
    let err = db
        .transaction(|tx| {
            tx.rpush("list", &["x"]).ok(); // refused (over the limit), the closure goes on
            tx.expire("k0", std::time::Duration::from_secs(100))?; // admitted: not denyoom
            tx.set("new", "value")?; // refused: the transaction fails and rolls back
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.to_string(), OOM);
    assert_eq!(db.get("k0").expect("get").map(|v| v.len()), Some(1024));
    assert_eq!(
        db.pexpiretime("k0").expect("pexpiretime"),
        -1,
        "the EXPIRE was rolled back"
    );
    assert_eq!(db.get("new").expect("get"), None);
}

#[test]
fn recovery_is_never_refused_and_reads_work_over_the_limit() {
    let dir = std::env::temp_dir().join(format!("ferrite-mem-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db = limited(0, Some(dir.clone()));
    let value = vec![b'v'; 1024];
    for i in 0..4096 {
        db.set(format!("k{i}"), &value)
            .expect("set without a limit");
    }
    drop(db); // the log is replayed at the next open
    let db = limited(1 << 20, Some(dir.clone()));
    assert_eq!(
        db.dbsize().expect("dbsize"),
        4096,
        "every write replayed despite the limit"
    );
    assert!(db.stats().memory_used > 4 << 20);
    assert_eq!(db.get("k4095").expect("get").map(|v| v.len()), Some(1024));
    assert_eq!(db.set("more", "x").unwrap_err().to_string(), OOM);
    db.del(&["k1"]).expect("del works");
    drop(db);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn memory_used_follows_the_data() {
    let db = limited(0, None);
    let empty = db.stats().memory_used;
    let value = vec![b'v'; 1000];
    for i in 0..10_000 {
        db.set(format!("key:{i:06}"), &value).expect("set");
    }
    let full = db.stats().memory_used;
    let per_key = (full - empty) / 10_000;
    assert!(
        (1000..1300).contains(&per_key),
        "{per_key} bytes per 1000-byte value"
    );
    db.flushall().expect("flushall");
    assert!(
        db.stats().memory_used <= empty + (1 << 20),
        "FLUSHALL gives the memory back"
    );
}

#[test]
fn huge_sizes_are_rejected_before_allocating() {
    let db = limited(0, None);
    let too_big = "ERR string exceeds maximum allowed size (proto-max-bulk-len)";
    // 2^40 and just past 512 MiB: refused by the size check, not by an allocation failure.
    assert_eq!(
        db.execute(&["SETRANGE", "k", "1099511627776", "x"])
            .unwrap_err()
            .to_string(),
        too_big
    );
    assert_eq!(
        db.execute(&["SETRANGE", "k", "536870912", "x"])
            .unwrap_err()
            .to_string(),
        too_big
    );
    assert_eq!(db.get("k").expect("get"), None, "nothing was created");
    assert!(db.stats().memory_used < 1 << 20);
}
