//! `Database` shared across threads: many writers and readers at once, with invariants that
//! only hold if every command is atomic and every transaction isolated.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use ferrite::embedded::Database;

const THREADS: usize = 8;
const OPS: usize = 2_000;

#[test]
fn concurrent_incr_loses_no_update() {
    let db = Arc::new(Database::memory().unwrap());
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let db = Arc::clone(&db);
            thread::spawn(move || {
                for i in 0..OPS {
                    db.incr("counter").unwrap();
                    db.hset("hash", format!("t{t}:{i}"), "x").unwrap();
                    db.lpush("list", &[format!("{t}:{i}")]).unwrap();
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    let total = (THREADS * OPS) as i64;
    assert_eq!(db.get_str("counter").unwrap(), Some(total.to_string()));
    assert_eq!(db.hlen("hash").unwrap() as i64, total);
    assert_eq!(db.llen("list").unwrap() as i64, total);
}

#[test]
fn transactions_are_isolated_and_conserve_a_sum() {
    // Money moves between 10 accounts in transactions while readers sum every account inside
    // their own transaction: a reader must never observe a half-applied transfer.
    let db = Arc::new(Database::memory().unwrap());
    let accounts: Vec<String> = (0..10).map(|i| format!("acct:{i}")).collect();
    for account in &accounts {
        db.set(account, "1000").unwrap();
    }
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|t| {
            let db = Arc::clone(&db);
            let accounts = accounts.clone();
            thread::spawn(move || {
                for i in 0..1_000usize {
                    let from = &accounts[(t * 7 + i) % 10];
                    let to = &accounts[(t * 3 + i * 5 + 1) % 10];
                    let amount = (i % 50) as i64;
                    let res = db.transaction(|tx| {
                        tx.incr_by(from, -amount)?;
                        if i % 10 == 0 {
                            // Abort one transfer in ten after its first write: the rollback
                            // must undo that write.
                            return Err(ferrite::embedded::Error::custom("abort"));
                        }
                        tx.incr_by(to, amount)?;
                        Ok(())
                    });
                    assert_eq!(res.is_err(), i % 10 == 0);
                }
            })
        })
        .collect();
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let db = Arc::clone(&db);
            let accounts = accounts.clone();
            let stop = Arc::clone(&stop);
            thread::spawn(move || {
                let mut checks = 0;
                while !stop.load(Ordering::Relaxed) || checks == 0 {
                    let sum: i64 = db
                        .transaction(|tx| {
                            let mut sum = 0;
                            for account in &accounts {
                                sum += tx.get_str(account)?.unwrap_or_default().parse::<i64>()?;
                            }
                            Ok(sum)
                        })
                        .unwrap();
                    assert_eq!(sum, 10_000);
                    checks += 1;
                }
                checks
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for reader in readers {
        assert!(reader.join().unwrap() > 0);
    }
    let mut sum = 0;
    for account in &accounts {
        sum += db
            .get_str(account)
            .unwrap()
            .unwrap()
            .parse::<i64>()
            .unwrap();
    }
    assert_eq!(sum, 10_000);
}

#[test]
fn readers_run_while_other_readers_hold_the_same_shard() {
    // Readers of one hot key from many threads, beside a writer on another key: every read
    // sees a value some writer wrote, and nothing deadlocks.
    let db = Arc::new(Database::memory().unwrap());
    db.set("hot", "v0").unwrap();
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let db = Arc::clone(&db);
            thread::spawn(move || {
                for i in 0..OPS {
                    if t == 0 {
                        db.set("hot", format!("v{i}")).unwrap();
                    } else {
                        let value = db.get_str("hot").unwrap().unwrap();
                        assert!(value.starts_with('v'));
                    }
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
}
