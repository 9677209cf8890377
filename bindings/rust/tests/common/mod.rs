//! Helpers shared by the durability tests: a canonical dump of a database, and a deterministic
//! mixed workload whose every prefix can be rebuilt in memory (the oracle for crash tests).
#![allow(dead_code)]

pub mod crc;
pub mod read_all;

pub mod lint;

use std::path::PathBuf;
use std::time::Duration;

use ferrite::embedded::{Database, EmbeddedConfig, Error, StorageRef, SyncMode};

/// Whether the long (soak) versions of the batteries run (`FERRITE_SOAK=1`).
pub fn soak() -> bool {
    std::env::var_os("FERRITE_SOAK").is_some()
}

/// The configuration the crash and I/O-error batteries open a simulated disk with: small
/// snapshot threshold (several snapshot cycles per run), 2 logical databases. Normal's window
/// is longer than the test, so only `sync()`/commits make writes durable; None's is short, so
/// the background writer leaves unsynced bytes for a power cut to tear.
pub fn sim_config(storage: StorageRef, mode: SyncMode) -> EmbeddedConfig {
    EmbeddedConfig {
        path: Some(PathBuf::from("/db")),
        sync_mode: mode,
        sync_window: match mode {
            SyncMode::None => Duration::from_millis(2),
            _ => Duration::from_secs(3600),
        },
        snapshot_threshold: 4 << 10,
        num_databases: 2,
        storage: Some(storage),
        ..EmbeddedConfig::default()
    }
}

/// A canonical text dump of every logical database: one line per key with its database, key,
/// type and value ([`read_all`], scores as bits) and absolute deadline (-1: none).
pub fn dump(db: &Database) -> String {
    read_all::read_all(db)
        .into_iter()
        .map(|((index, key), (value, deadline))| {
            format!(
                "db{index} {:?} {value:?} {deadline}\n",
                String::from_utf8_lossy(&key)
            )
        })
        .collect()
}

/// A small deterministic generator (splitmix64).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Unix milliseconds as a `SystemTime`.
pub fn at_time(ms: i64) -> std::time::SystemTime {
    std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms as u64)
}

/// A deadline far in the future (fixed, so every replay of the workload agrees).
pub const FAR: i64 = 4_102_444_800_000; // 2100-01-01

/// Total of the two conserved accounts (db 0 `acct:a` + db 1 `acct:b`).
pub const CONSERVED: i64 = 1000;

/// Whether op `i` of the workload is a `sync()` (a durability point under every mode).
pub fn is_sync(seed: u64, i: u64) -> bool {
    op_kind(seed, i) == 13
}

/// Whether op `i` is a transaction (durable at commit under Normal and Full).
pub fn is_transaction(seed: u64, i: u64) -> bool {
    op_kind(seed, i) == 12
}

fn op_kind(seed: u64, i: u64) -> u64 {
    Rng(seed ^ i.wrapping_mul(0x2545_F491_4F6C_DD1D)).below(14)
}

/// Runs op `i` of the workload seeded by `seed` on `db`: every value type, TTLs (absolute, so
/// the result does not depend on the clock), transactions across two logical databases that
/// conserve a sum, deletes and `sync()`.
pub fn run_op(db: &Database, seed: u64, i: u64) -> Result<(), Error> {
    let mut r = Rng(seed ^ i.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let kind = r.below(14);
    let k = r.below(12);
    let v = format!("v{i}-{}", "x".repeat(r.below(40) as usize));
    match kind {
        0 => db.set(format!("s{k}"), &v),
        1 => db.append(format!("s{k}"), &v).map(|_| ()),
        2 => db
            .incr_by(format!("n{k}"), r.below(1000) as i64 - 500)
            .map(|_| ())
            .or_else(ignore_type),
        3 => db
            .hset_multiple(format!("h{}", k % 4), &[(format!("f{k}"), v)])
            .map(|_| ()),
        4 => db
            .hdel(format!("h{}", k % 4), &[format!("f{k}")])
            .map(|_| ()),
        5 => db.rpush(format!("l{}", k % 3), &[v]).map(|_| ()),
        6 => db.lpop(format!("l{}", k % 3)).map(|_| ()),
        7 => db
            .sadd(format!("t{}", k % 3), &[format!("m{}", r.below(30))])
            .map(|_| ()),
        8 => db
            .srem(format!("t{}", k % 3), &[format!("m{}", r.below(30))])
            .map(|_| ()),
        9 => db
            .zadd(
                format!("z{}", k % 3),
                &[(r.below(100) as f64 / 4.0, format!("m{}", r.below(20)))],
            )
            .map(|_| ()),
        10 => db
            .del(&[format!("s{k}"), format!("z{}", k % 3)])
            .map(|_| ()),
        11 => {
            // Absolute deadlines: far future (kept), or one already past (the key is deleted).
            let at = if r.below(4) == 0 {
                1_000
            } else {
                FAR + i as i64
            };
            db.pexpire_at(format!("s{k}"), at_time(at)).map(|_| ())
        }
        12 => {
            let amount = r.below(50) as i64;
            db.transaction(|tx| {
                let a = tx
                    .get_str("acct:a")?
                    .map_or(CONSERVED, |s| s.parse().unwrap_or(0));
                tx.set("acct:a", (a - amount).to_string())?;
                tx.execute(&["SELECT", "1"])?;
                let b = tx.get_str("acct:b")?.map_or(0, |s| s.parse().unwrap_or(0));
                tx.set("acct:b", (b + amount).to_string())?;
                tx.execute(&["SELECT", "0"])?;
                Ok(())
            })
        }
        _ => db.sync(),
    }
}

fn ignore_type(e: Error) -> Result<(), Error> {
    match e {
        Error::WrongType | Error::NotInteger | Error::Overflow => Ok(()),
        other => Err(other),
    }
}

/// The dumps of the in-memory model after each prefix `0..=upto` of the workload, from
/// `from` on (index j of the result is the state after ops `0..from+j`).
pub fn model_dumps(seed: u64, from: u64, upto: u64) -> Vec<String> {
    let model = Database::memory().expect("memory db");
    for i in 0..from {
        let _ = run_op(&model, seed, i);
    }
    let mut dumps = vec![dump(&model)];
    for i in from..upto {
        let _ = run_op(&model, seed, i);
        dumps.push(dump(&model));
    }
    dumps
}

/// Checks the conserved-sum invariant of the transactions.
pub fn check_conserved(db: &Database) {
    let a: i64 = db
        .get_str("acct:a")
        .expect("get")
        .map_or(CONSERVED, |s| s.parse().expect("number"));
    let b: i64 = db
        .with_db(1)
        .expect("db 1")
        .get_str("acct:b")
        .expect("get")
        .map_or(0, |s| s.parse().expect("number"));
    assert_eq!(a + b, CONSERVED, "a transaction was applied in part");
}
