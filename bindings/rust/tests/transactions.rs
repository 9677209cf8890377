//! Transactions as the proposal defines them: atomic, isolated, read-your-writes, and an `Err`
//! (or a panic) from the closure rolls back every write.

use std::panic::{catch_unwind, AssertUnwindSafe};

use ferrite::embedded::{Database, Error};

#[test]
fn err_rolls_back_every_write() {
    let db = Database::memory().unwrap();
    db.set("balance", "100").unwrap();
    db.rpush("log", &["start"]).unwrap();
    let result: Result<(), Error> = db.transaction(|tx| {
        tx.incr_by("balance", -200)?;
        tx.rpush("log", &["withdraw"])?;
        tx.hset("h", "f", "v")?;
        tx.del(&["log"])?;
        Err(Error::custom("Insufficient funds"))
    });
    assert_eq!(result.unwrap_err().to_string(), "Insufficient funds");
    assert_eq!(db.get_str("balance").unwrap(), Some("100".to_string()));
    assert_eq!(db.lrange("log", 0, -1).unwrap(), vec![b"start".to_vec()]);
    assert_eq!(db.exists(&["h"]).unwrap(), 0);
}

#[test]
fn reads_inside_see_own_writes() {
    let db = Database::memory().unwrap();
    let seen = db
        .transaction(|tx| {
            tx.set("k", "1")?;
            tx.incr("k")?;
            tx.get_str("k")
        })
        .unwrap();
    assert_eq!(seen, Some("2".to_string()));
    assert_eq!(db.get_str("k").unwrap(), Some("2".to_string()));
}

#[test]
fn command_error_inside_propagates_and_rolls_back() {
    let db = Database::memory().unwrap();
    db.set("s", "text").unwrap();
    let result = db.transaction(|tx| {
        tx.set("a", "1")?;
        tx.incr("s")?; // not an integer: the error aborts the transaction
        tx.set("b", "2")?;
        Ok(())
    });
    assert_eq!(
        result.unwrap_err().to_string(),
        "ERR value is not an integer or out of range"
    );
    assert_eq!(db.get("a").unwrap(), None);
    assert_eq!(db.get("b").unwrap(), None);
}

#[test]
fn panic_inside_rolls_back() {
    let db = Database::memory().unwrap();
    db.set("k", "before").unwrap();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let _ = db.transaction(|tx| -> ferrite::embedded::Result<()> {
            tx.set("k", "during")?;
            panic!("user code panicked");
        });
    }));
    assert!(outcome.is_err());
    assert_eq!(db.get_str("k").unwrap(), Some("before".to_string()));
    // The database stays usable: the locks were released.
    db.set("k", "after").unwrap();
}

#[test]
fn execute_inside_a_transaction_is_rolled_back_too() {
    let db = Database::memory().unwrap();
    let _ = db.transaction(|tx| -> ferrite::embedded::Result<()> {
        tx.execute(&["SET", "x", "1"])?;
        tx.execute(&["LPUSH", "l", "a", "b"])?;
        Err(Error::custom("no"))
    });
    assert_eq!(
        db.execute(&["DBSIZE"]).unwrap(),
        ferrite::embedded::Reply::Integer(0)
    );
}
