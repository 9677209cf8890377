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
