//! The iterator API over every value type, and `iter_keys` against KEYS.

use std::collections::BTreeSet;

use ferrite::embedded::Database;

#[test]
fn iter_keys_matches_keys_for_patterns() {
    let db = Database::memory().unwrap();
    for i in 0..1500 {
        db.set(format!("user:{i}"), "x").unwrap();
        db.set(format!("item:{i}"), "y").unwrap();
    }
    for pattern in ["user:*", "*", "item:1?", "user:[12]*", "nothing*"] {
        let via_iter: BTreeSet<Vec<u8>> = db.iter_keys(pattern).collect();
        let via_keys: BTreeSet<Vec<u8>> = db.keys(pattern).unwrap().into_iter().collect();
        assert_eq!(via_iter, via_keys, "pattern {pattern}");
        assert_eq!(
            db.iter_keys(pattern).count(),
            via_keys.len(),
            "duplicates for {pattern}"
        );
    }
}

#[test]
fn aggregate_iterators_yield_redis_order() {
    let db = Database::memory().unwrap();
    db.hset("h", "b", "2").unwrap();
    db.hset("h", "a", "1").unwrap();
    let pairs: Vec<(Vec<u8>, Vec<u8>)> = db.iter_hash("h").collect();
    assert_eq!(
        pairs,
        vec![
            (b"b".to_vec(), b"2".to_vec()),
            (b"a".to_vec(), b"1".to_vec())
        ]
    );

    db.rpush("l", &["x", "y", "z"]).unwrap();
    assert_eq!(
        db.iter_list("l").collect::<Vec<_>>(),
        db.lrange("l", 0, -1).unwrap()
    );

    db.sadd("s", &["1", "2", "three"]).unwrap();
    let members: BTreeSet<Vec<u8>> = db.iter_set("s").collect();
    assert_eq!(members, db.smembers("s").unwrap().into_iter().collect());

    db.zadd("z", &[(2.0, "b"), (1.0, "a"), (3.0, "c")]).unwrap();
    assert_eq!(
        db.iter_zset("z").collect::<Vec<_>>(),
        db.zrange_with_scores("z", 0, -1).unwrap()
    );
}

#[test]
fn missing_or_other_type_yields_nothing() {
    let db = Database::memory().unwrap();
    db.set("str", "v").unwrap();
    assert_eq!(db.iter_hash("missing").count(), 0);
    assert_eq!(db.iter_list("str").count(), 0);
    assert_eq!(db.iter_zset("str").count(), 0);
}

#[test]
fn iter_keys_yields_stable_keys_exactly_once_under_concurrent_churn() {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let db = Arc::new(Database::memory().unwrap());
    for i in 0..20_000 {
        db.set(format!("stable:{i}"), "v").unwrap();
    }
    let stop = Arc::new(AtomicBool::new(false));
    let churn = {
        let db = Arc::clone(&db);
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut i = 0u64;
            while !stop.load(Ordering::Relaxed) {
                db.set(format!("temp:{i}"), "t").unwrap();
                db.del(&[format!("temp:{}", i / 2)]).unwrap();
                i += 1;
            }
        })
    };
    let mut seen: HashMap<Vec<u8>, usize> = HashMap::new();
    for key in db.iter_keys("stable:*") {
        *seen.entry(key).or_default() += 1;
    }
    stop.store(true, Ordering::Relaxed);
    churn.join().unwrap();
    assert_eq!(seen.len(), 20_000);
    assert!(seen.values().all(|n| *n == 1), "a key was yielded twice");
}
