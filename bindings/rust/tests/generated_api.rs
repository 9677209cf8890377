//! The generated typed API and `execute` through the public crate: forms, options, counting,
//! transactions, and Redis's texts for unknown commands and wrong arity.

use std::time::Duration;

use ferrite::embedded::{Database, Reply, SetCondition, SetExpiration, SetOptions, MODEL_HASH};

#[test]
fn typed_methods_and_forms() {
    let db = Database::memory().unwrap();
    db.set("k", "v").unwrap();
    assert_eq!(db.get("k").unwrap(), Some(b"v".to_vec()));
    assert_eq!(db.get_str("k").unwrap(), Some("v".to_string()));
    assert!(!db.set_nx("k", "w").unwrap());
    assert!(db.set_xx("k", "w").unwrap());
    db.set_ex("t", "x", Duration::from_secs(10)).unwrap();
    let ttl = db.execute(&["PTTL", "t"]).unwrap();
    assert!(
        matches!(ttl, Reply::Integer(ms) if ms > 9_000 && ms <= 10_000),
        "{ttl}"
    );
}

#[test]
fn options_struct_reaches_the_handler() {
    let db = Database::memory().unwrap();
    db.set("k", "old").unwrap();
    let options = SetOptions {
        condition: Some(SetCondition::Xx),
        get: true,
        expiration: Some(SetExpiration::Px(5_000)),
    };
    assert_eq!(
        db.set_with("k", "new", &options).unwrap(),
        Reply::Bulk(b"old".to_vec())
    );
    assert_eq!(db.get("k").unwrap(), Some(b"new".to_vec()));
}

#[test]
fn every_call_is_counted() {
    let db = Database::memory().unwrap();
    let before = db.stats().commands_processed;
    db.set("k", "v").unwrap();
    db.get("k").unwrap();
    db.execute(&["GET", "k"]).unwrap();
    db.transaction(|tx| tx.get("k")).unwrap();
    assert_eq!(db.stats().commands_processed - before, 4);
}

#[test]
fn transaction_has_the_same_methods() {
    let db = Database::memory().unwrap();
    let res: ferrite::embedded::Result<()> = db.transaction(|tx| {
        tx.set("a", "1")?;
        assert_eq!(tx.get_str("a")?, Some("1".to_string()));
        tx.execute(&["SET", "b", "2"])?;
        Err(ferrite::embedded::Error::custom("roll back"))
    });
    assert!(res.is_err());
    assert_eq!(db.get("a").unwrap(), None);
    assert_eq!(db.get("b").unwrap(), None);
}

#[test]
fn execute_speaks_redis() {
    // Texts checked against redis-server 7.0.15.
    let db = Database::memory().unwrap();
    assert_eq!(
        db.execute(&["sEt", "k", "v", "ex", "10", "EX", "20"])
            .unwrap(),
        Reply::ok()
    );
    let err = |argv: &[&str]| db.execute(argv).unwrap_err().to_string();
    assert_eq!(
        err(&["FOO", "a", "b"]),
        "ERR unknown command 'FOO', with args beginning with: 'a' 'b' "
    );
    assert_eq!(
        err(&["SeT", "k"]),
        "ERR wrong number of arguments for 'set' command"
    );
    assert_eq!(err(&["SET", "k", "v", "NX", "XX"]), "ERR syntax error");
    assert_eq!(
        err(&["SET", "k", "v", "EX", "10", "PX", "20"]),
        "ERR syntax error"
    );
    assert_eq!(err(&["SET", "k", "v", "EX"]), "ERR syntax error");
    assert_eq!(
        db.execute(&["SET", "k", "v2", "GET", "GET"]).unwrap(),
        Reply::Bulk(b"v".to_vec())
    );
    let empty: &[&str] = &[];
    assert!(db.execute(empty).is_err());
}

#[test]
fn model_hash_is_exported() {
    assert_ne!(MODEL_HASH, 0);
}
