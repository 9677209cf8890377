//! Reads every key of every logical database, typed and structured, so two databases can be
//! compared exactly (scores as bits, deadlines as absolute times). Shared by `common::dump`
//! (text, for the durability tests) and `support/mirror.rs` (the log-replay tests).

use std::collections::{BTreeMap, BTreeSet};

use ferrite::embedded::{Database, KeyType};

/// One key's value as a dump holds it (scores as bits, so `-0` and `0` differ).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dumped {
    Str(Vec<u8>),
    List(Vec<Vec<u8>>),
    Hash(BTreeMap<Vec<u8>, Vec<u8>>),
    Set(BTreeSet<Vec<u8>>),
    ZSet(Vec<(Vec<u8>, u64)>),
}

/// Every visible key of every logical database: (db, key) -> (value, deadline in Unix ms or -1).
pub type Dump = BTreeMap<(usize, Vec<u8>), (Dumped, i64)>;

/// Every visible key of every logical database of `db`, at its clock.
pub fn read_all(db: &Database) -> Dump {
    let mut out = Dump::new();
    for index in 0..usize::from(db.config().num_databases) {
        let h = db.with_db(index).unwrap();
        for key in h.keys("*").unwrap() {
            let value = match h.key_type(&key).unwrap() {
                Some(KeyType::String) => Dumped::Str(h.get(&key).unwrap().unwrap_or_default()),
                Some(KeyType::List) => Dumped::List(h.lrange(&key, 0, -1).unwrap()),
                Some(KeyType::Hash) => Dumped::Hash(h.hgetall(&key).unwrap().into_iter().collect()),
                Some(KeyType::Set) => Dumped::Set(h.smembers(&key).unwrap().into_iter().collect()),
                Some(KeyType::ZSet) => Dumped::ZSet(
                    h.zrange_with_scores(&key, 0, -1)
                        .unwrap()
                        .into_iter()
                        .map(|(member, score)| (member, score.to_bits()))
                        .collect(),
                ),
                other => panic!("unexpected type {other:?} of key {key:?}"),
            };
            let deadline = h.pexpiretime(&key).unwrap();
            out.insert((index, key), (value, deadline));
        }
    }
    out
}
