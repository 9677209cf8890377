//! Every write is logged as the Redis argv that reproduces it: a log tap on one database, a
//! seeded random workload over every write method and form of the typed API (on `Database` and
//! inside transactions, some rolled back), then the log replayed through `execute` on a second
//! database must reproduce the first exactly (every key, value and deadline). The table's
//! examples, run through `execute`, are mirrored the same way. Which methods are write methods
//! comes from the command table, so a new write command or form without a case here fails
//! `every_write_method_of_the_table_is_exercised`.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ferrite::embedded::*;

mod support {
    pub mod mirror;
}
use support::mirror::{self, assert_mirrors, tapped, Mirror, Tap};

#[path = "../../../generated/rust/examples.rs"]
mod examples;

/// The clock the workloads start at (Unix ms).
const START: i64 = 1_700_000_000_000;

/// SplitMix64, so a failing run replays exactly from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// How often a method was called.
#[derive(Debug, Default, Clone, Copy)]
struct Calls {
    /// On `Database`.
    db: usize,
    /// On `Database`, and the call appended a log record.
    logged: usize,
    /// Inside a transaction.
    tx: usize,
}

/// The workload's state: its generator, clock, tap, call counts, and the errors of the calls
/// that were logged all the same.
struct Work<'t> {
    rng: Rng,
    now: i64,
    tap: &'t Tap,
    in_tx: bool,
    calls: BTreeMap<&'static str, Calls>,
    /// The error of a failed `Database` call that appended a record, by record index (a write
    /// that took mutable access to a key is logged even when it then fails; replay must fail
    /// the same way).
    failed_records: BTreeMap<usize, String>,
    /// The errors of the calls inside the current transaction.
    tx_failures: Vec<String>,
    /// The errors of the calls of each committed transaction that appended a record.
    failed_tx_records: BTreeMap<usize, Vec<String>>,
}

impl Work<'_> {
    fn note(&mut self, method: &'static str, records_before: usize, err: Option<String>) {
        let logged = self.tap.len() > records_before;
        let calls = self.calls.entry(method).or_default();
        if self.in_tx {
            calls.tx += 1;
            self.tx_failures.extend(err);
        } else {
            calls.db += 1;
            calls.logged += usize::from(logged);
            if let (true, Some(err)) = (logged, err) {
                self.failed_records.insert(records_before, err);
            }
        }
    }

    /// A key of `kind` (`s` string, `n` number, `h` hash, `l` list, `t` set, `z` sorted set),
    /// now and then one of another kind (WRONGTYPE paths).
    fn key(&mut self, kind: char) -> Vec<u8> {
        let kind = if self.rng.chance(12) {
            ['s', 'n', 'h', 'l', 't', 'z'][self.rng.below(6)]
        } else {
            kind
        };
        format!("{kind}{}", self.rng.below(4)).into_bytes()
    }

    fn keys(&mut self, kind: char) -> Vec<Vec<u8>> {
        (0..1 + self.rng.below(3)).map(|_| self.key(kind)).collect()
    }

    fn val(&mut self) -> Vec<u8> {
        const WORDS: [&[u8]; 12] = [
            b"",
            b"a",
            b"b",
            b"c",
            b"hello",
            b"12",
            b"-7",
            b"3.5",
            b"\x00\xff",
            b"x y",
            b"10",
            b"m",
        ];
        WORDS[self.rng.below(WORDS.len())].to_vec()
    }

    fn vals(&mut self) -> Vec<Vec<u8>> {
        (0..1 + self.rng.below(4)).map(|_| self.val()).collect()
    }

    fn pairs(&mut self) -> Vec<(Vec<u8>, Vec<u8>)> {
        (0..1 + self.rng.below(3))
            .map(|_| (self.val(), self.val()))
            .collect()
    }

    fn float(&mut self) -> f64 {
        const FLOATS: [f64; 12] = [
            0.0,
            -0.0,
            1.5,
            -2.25,
            0.1,
            1.0 / 3.0,
            3.0,
            -1.0,
            1e300,
            -1e-300,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        FLOATS[self.rng.below(FLOATS.len())]
    }

    fn scored(&mut self) -> Vec<(f64, Vec<u8>)> {
        (0..1 + self.rng.below(3))
            .map(|_| (self.float(), self.val()))
            .collect()
    }

    fn bound(&mut self) -> ScoreBound {
        let v = self.float();
        if self.rng.chance(2) {
            ScoreBound::Exclusive(v)
        } else {
            ScoreBound::Inclusive(v)
        }
    }

    fn int(&mut self, lo: i64, hi: i64) -> i64 {
        self.rng.range(lo, hi)
    }

    fn count(&mut self) -> Option<i64> {
        (!self.rng.chance(3)).then(|| self.rng.range(-1, 4))
    }

    fn end(&mut self) -> ListEnd {
        if self.rng.chance(2) {
            ListEnd::Left
        } else {
            ListEnd::Right
        }
    }

    /// A relative expiry in ms, mostly shorter than a few dozen steps.
    fn ms(&mut self) -> i64 {
        self.rng.range(-100, 6_000)
    }

    fn secs(&mut self) -> i64 {
        self.rng.range(-1, 6)
    }

    fn at_ms(&mut self) -> i64 {
        self.now + self.rng.range(-1_000, 6_000)
    }

    fn time(&mut self) -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(self.at_ms().max(0) as u64)
    }

    fn flags4(&mut self) -> [bool; 4] {
        // Mostly one flag or none (the valid combinations), now and then any.
        let mut flags = [false; 4];
        if self.rng.chance(6) {
            for flag in &mut flags {
                *flag = self.rng.chance(2);
            }
        } else if !self.rng.chance(3) {
            flags[self.rng.below(4)] = true;
        }
        flags
    }

    fn set_options(&mut self) -> SetOptions {
        SetOptions {
            condition: [None, Some(SetCondition::Nx), Some(SetCondition::Xx)][self.rng.below(3)],
            get: self.rng.chance(3),
            expiration: match self.rng.below(6) {
                0 => Some(SetExpiration::Ex(self.secs())),
                1 => Some(SetExpiration::Px(self.ms())),
                2 => Some(SetExpiration::Exat(self.at_ms() / 1000)),
                3 => Some(SetExpiration::Pxat(self.at_ms())),
                4 => Some(SetExpiration::Keepttl),
                _ => None,
            },
        }
    }

    fn getex_options(&mut self) -> GetexOptions {
        GetexOptions {
            expiration: match self.rng.below(6) {
                0 => Some(GetExExpiration::Ex(self.secs())),
                1 => Some(GetExExpiration::Px(self.ms())),
                2 => Some(GetExExpiration::Exat(self.at_ms() / 1000)),
                3 => Some(GetExExpiration::Pxat(self.at_ms())),
                4 => Some(GetExExpiration::Persist),
                _ => None,
            },
        }
    }

    fn zadd_options(&mut self) -> ZaddOptions {
        let [nx, xx, gt, lt] = self.flags4();
        ZaddOptions {
            nx,
            xx,
            gt,
            lt,
            ch: self.rng.chance(2),
            incr: self.rng.chance(4),
        }
    }

    fn flush_mode(&mut self) -> Option<FlushMode> {
        [None, Some(FlushMode::Async), Some(FlushMode::Sync)][self.rng.below(3)]
    }
}

/// Calls `$recv.$method(args)` and counts the call (by the method's name) in `$work`, noting
/// whether it appended a log record.
macro_rules! call {
    ($recv:ident, $work:ident, $method:ident ( $($arg:expr),* $(,)? )) => {{
        let before = $work.tap.len();
        let res = $recv.$method($($arg),*);
        $work.note(stringify!($method), before, res.err().map(|e| e.to_string()));
    }};
}

/// One random step of the workload on `$recv` (a `Database` or a `Transaction`): a random write
/// method or form with random arguments, or now and then SELECT. The same body serves both
/// receivers, whose generated methods have the same signatures.
macro_rules! define_step {
    ($name:ident, $recv:ty) => {
        fn $name(r: &$recv, w: &mut Work<'_>) {
            match w.rng.below(91) {
                // string
                0 => call!(r, w, append(w.key('s'), w.val())),
                1 => call!(r, w, decr(w.key('n'))),
                2 => call!(r, w, decr_by(w.key('n'), w.int(-5, 5))),
                3 => call!(r, w, getdel(w.key('s'))),
                4 => call!(r, w, getex(w.key('s'))),
                5 => call!(r, w, getex_with(w.key('s'), &w.getex_options())),
                6 => call!(r, w, getset(w.key('s'), w.val())),
                7 => call!(r, w, incr(w.key('n'))),
                8 => call!(r, w, incr_by(w.key('n'), w.int(-5, 5))),
                9 => call!(r, w, incr_by_float(w.key('n'), w.float())),
                10 => call!(r, w, mset(&[(w.key('s'), w.val()), (w.key('n'), w.val())])),
                11 => call!(
                    r,
                    w,
                    msetnx(&[(w.key('s'), w.val()), (w.key('s'), w.val())])
                ),
                12 => call!(
                    r,
                    w,
                    psetex(
                        w.key('s'),
                        Duration::from_millis(w.rng.range(0, 6_000) as u64),
                        w.val()
                    )
                ),
                13 => call!(r, w, set(w.key('s'), w.val())),
                14 => call!(r, w, set_nx(w.key('s'), w.val())),
                15 => call!(r, w, set_xx(w.key('s'), w.val())),
                16 => call!(
                    r,
                    w,
                    set_ex(
                        w.key('s'),
                        w.val(),
                        Duration::from_millis(w.rng.range(0, 6_000) as u64)
                    )
                ),
                17 => call!(r, w, set_with(w.key('s'), w.val(), &w.set_options())),
                18 => call!(
                    r,
                    w,
                    setex(
                        w.key('s'),
                        Duration::from_secs(w.rng.range(0, 5) as u64),
                        w.val()
                    )
                ),
                19 => call!(r, w, setnx(w.key('s'), w.val())),
                20 => call!(r, w, setrange(w.key('s'), w.int(-1, 20), w.val())),
                // hash
                21 => call!(r, w, hdel(w.key('h'), &w.vals())),
                22 => call!(r, w, hincrby(w.key('h'), w.val(), w.int(-5, 5))),
                23 => call!(r, w, hincrbyfloat(w.key('h'), w.val(), w.float())),
                24 => call!(r, w, hmset(w.key('h'), &w.pairs())),
                25 => call!(r, w, hset(w.key('h'), w.val(), w.val())),
                26 => call!(r, w, hset_multiple(w.key('h'), &w.pairs())),
                27 => call!(r, w, hsetnx(w.key('h'), w.val(), w.val())),
                // list
                28 => {
                    let position = if w.rng.chance(2) {
                        InsertPosition::Before
                    } else {
                        InsertPosition::After
                    };
                    call!(r, w, linsert(w.key('l'), position, w.val(), w.val()))
                }
                29 => call!(r, w, lmove(w.key('l'), w.key('l'), w.end(), w.end())),
                30 => call!(r, w, lpop(w.key('l'))),
                31 => call!(r, w, lpop_count(w.key('l'), w.int(-1, 4))),
                32 => call!(
                    r,
                    w,
                    lpop_with(w.key('l'), &LpopOptions { count: w.count() })
                ),
                33 => call!(r, w, lpush(w.key('l'), &w.vals())),
                34 => call!(r, w, lpushx(w.key('l'), &w.vals())),
                35 => call!(r, w, lrem(w.key('l'), w.int(-2, 2), w.val())),
                36 => call!(r, w, lset(w.key('l'), w.int(-4, 4), w.val())),
                37 => call!(r, w, ltrim(w.key('l'), w.int(-4, 4), w.int(-4, 4))),
                38 => call!(r, w, rpop(w.key('l'))),
                39 => call!(r, w, rpop_count(w.key('l'), w.int(-1, 4))),
                40 => call!(
                    r,
                    w,
                    rpop_with(w.key('l'), &RpopOptions { count: w.count() })
                ),
                41 => call!(r, w, rpush(w.key('l'), &w.vals())),
                42 => call!(r, w, rpushx(w.key('l'), &w.vals())),
                // set
                43 => call!(r, w, sadd(w.key('t'), &w.vals())),
                44 => call!(r, w, sdiffstore(w.key('t'), &w.keys('t'))),
                45 => call!(r, w, sinterstore(w.key('t'), &w.keys('t'))),
                46 => call!(r, w, smove(w.key('t'), w.key('t'), w.val())),
                47 => call!(r, w, spop(w.key('t'))),
                48 => call!(r, w, spop_count(w.key('t'), w.int(-1, 4))),
                49 => call!(
                    r,
                    w,
                    spop_with(w.key('t'), &SpopOptions { count: w.count() })
                ),
                50 => call!(r, w, srem(w.key('t'), &w.vals())),
                51 => call!(r, w, sunionstore(w.key('t'), &w.keys('t'))),
                // sorted set
                52 => call!(r, w, zadd(w.key('z'), &w.scored())),
                53 => call!(r, w, zadd_nx(w.key('z'), &w.scored())),
                54 => call!(r, w, zadd_xx(w.key('z'), &w.scored())),
                55 => call!(r, w, zadd_incr(w.key('z'), w.float(), w.val())),
                56 => call!(r, w, zadd_with(w.key('z'), &w.scored(), &w.zadd_options())),
                57 => call!(r, w, zincrby(w.key('z'), w.float(), w.val())),
                58 => call!(r, w, zpopmax(w.key('z'))),
                59 => call!(
                    r,
                    w,
                    zpopmax_with(w.key('z'), &ZpopmaxOptions { count: w.count() })
                ),
                60 => call!(r, w, zpopmin(w.key('z'))),
                61 => call!(
                    r,
                    w,
                    zpopmin_with(w.key('z'), &ZpopminOptions { count: w.count() })
                ),
                62 => call!(r, w, zrem(w.key('z'), &w.vals())),
                63 => call!(
                    r,
                    w,
                    zremrangebyrank(w.key('z'), w.int(-3, 3), w.int(-3, 3))
                ),
                64 => call!(r, w, zremrangebyscore(w.key('z'), w.bound(), w.bound())),
                // keys
                65 => call!(r, w, copy(w.key('s'), w.key('s'))),
                66 => {
                    let options = CopyOptions {
                        destination_db: (!w.rng.chance(3)).then(|| w.int(0, 4)),
                        replace: w.rng.chance(2),
                    };
                    let kind = ['s', 'h', 'l', 't', 'z'][w.rng.below(5)];
                    call!(r, w, copy_with(w.key(kind), w.key(kind), &options))
                }
                67 => call!(r, w, del(&w.keys('s'))),
                68 => call!(
                    r,
                    w,
                    expire(w.key('s'), Duration::from_secs(w.rng.range(0, 5) as u64))
                ),
                69 => {
                    let [nx, xx, gt, lt] = w.flags4();
                    call!(
                        r,
                        w,
                        expire_with(w.key('h'), w.secs(), &ExpireOptions { nx, xx, gt, lt })
                    )
                }
                70 => call!(r, w, expire_at(w.key('l'), w.time())),
                71 => {
                    let [nx, xx, gt, lt] = w.flags4();
                    call!(
                        r,
                        w,
                        expire_at_with(
                            w.key('t'),
                            w.at_ms() / 1000,
                            &ExpireAtOptions { nx, xx, gt, lt }
                        )
                    )
                }
                72 if w.rng.chance(if w.in_tx { 3 } else { 12 }) => call!(r, w, flushall()),
                73 if w.rng.chance(if w.in_tx { 3 } else { 12 }) => call!(
                    r,
                    w,
                    flushall_with(&FlushallOptions {
                        mode: w.flush_mode()
                    })
                ),
                74 if w.rng.chance(if w.in_tx { 3 } else { 8 }) => call!(r, w, flushdb()),
                75 if w.rng.chance(if w.in_tx { 3 } else { 8 }) => call!(
                    r,
                    w,
                    flushdb_with(&FlushdbOptions {
                        mode: w.flush_mode()
                    })
                ),
                76 => call!(r, w, persist(w.key('z'))),
                77 => call!(
                    r,
                    w,
                    pexpire(
                        w.key('z'),
                        Duration::from_millis(w.rng.range(0, 6_000) as u64)
                    )
                ),
                78 => {
                    let [nx, xx, gt, lt] = w.flags4();
                    call!(
                        r,
                        w,
                        pexpire_with(w.key('s'), w.ms(), &PexpireOptions { nx, xx, gt, lt })
                    )
                }
                79 => call!(r, w, pexpire_at(w.key('h'), w.time())),
                80 => {
                    let [nx, xx, gt, lt] = w.flags4();
                    call!(
                        r,
                        w,
                        pexpire_at_with(
                            w.key('l'),
                            w.at_ms(),
                            &PexpireAtOptions { nx, xx, gt, lt }
                        )
                    )
                }
                81 => {
                    let kind = ['s', 'h', 'l', 't', 'z'][w.rng.below(5)];
                    call!(r, w, rename(w.key(kind), w.key(kind)))
                }
                82 => {
                    let kind = ['s', 'h', 'l', 't', 'z'][w.rng.below(5)];
                    call!(r, w, renamenx(w.key(kind), w.key(kind)))
                }
                83 => call!(r, w, unlink(&w.keys('t'))),
                // Move between logical databases now and then, so records carry several.
                84 if w.rng.chance(4) => {
                    let _ = r.select(w.int(0, 3));
                }
                // More of the commands that build values up, so there is something to work on.
                85 => call!(r, w, rpush(w.key('l'), &w.vals())),
                86 => call!(r, w, sadd(w.key('t'), &w.vals())),
                87 => call!(r, w, zadd(w.key('z'), &w.scored())),
                88 => call!(r, w, hset_multiple(w.key('h'), &w.pairs())),
                89 => call!(r, w, mset(&[(w.key('s'), w.val())])),
                // `execute` (in transactions too) logs the argv it was given: run again the last
                // command logged so far, as given by the log.
                90 => {
                    if let Some(cmd) = w.tap.commands_from(w.tap.len().saturating_sub(1)).pop() {
                        let before = w.tap.len();
                        let res = r.execute(&cmd.argv);
                        w.note(EXECUTE, before, res.err().map(|e| e.to_string()));
                    }
                }
                _ => {}
            }
        }
    };
}

define_step!(step_db, Database);
define_step!(step_tx, Transaction<'_>);

/// A finished workload.
struct Run {
    db: Database,
    tap: std::sync::Arc<Tap>,
    calls: BTreeMap<&'static str, Calls>,
    /// The clock at the end (Unix ms).
    now: i64,
    failed_records: BTreeMap<usize, String>,
    failed_tx_records: BTreeMap<usize, Vec<String>>,
    /// The replica that followed the log, compared with the database every `CHECK_EVERY` steps.
    mirror: Mirror,
    /// Comparisons made, and keys compared in all.
    checks: usize,
    keys_compared: usize,
}

/// The name `execute` calls are counted under.
const EXECUTE: &str = "execute";

/// Steps between two comparisons of the database with its replayed log.
const CHECK_EVERY: usize = 50;

/// Runs `steps` random steps on a tapped database, about a third of them inside transactions
/// (one transaction in four rolled back).
fn run_workload(seed: u64, steps: usize) -> Run {
    let (db, tap) = tapped();
    let mut w = Work {
        rng: Rng(seed),
        now: START,
        tap: &tap,
        in_tx: false,
        calls: BTreeMap::new(),
        failed_records: BTreeMap::new(),
        tx_failures: Vec::new(),
        failed_tx_records: BTreeMap::new(),
    };
    let mut mirror = Mirror::default();
    let mut done = 0;
    let mut next_check = 0;
    let (mut checks, mut keys_compared) = (0, 0);
    while done < steps {
        if done >= next_check {
            keys_compared += mirror.assert_same(&db, &tap, w.now);
            checks += 1;
            next_check = done + CHECK_EVERY;
        }
        w.now += w.rng.range(0, 300);
        db.set_fixed_time(Some(w.now));
        if w.rng.chance(12) {
            let n = 1 + w.rng.below(8);
            let roll_back = w.rng.chance(4);
            w.in_tx = true;
            let before = tap.len();
            let res = db.transaction(|tx| {
                for _ in 0..n {
                    step_tx(tx, &mut w);
                }
                if roll_back {
                    Err(Error::custom("roll back"))
                } else {
                    Ok(())
                }
            });
            w.in_tx = false;
            assert_eq!(res.is_err(), roll_back);
            assert!(tap.len() <= before + 1, "a transaction is one record");
            let failures = std::mem::take(&mut w.tx_failures);
            if roll_back {
                assert_eq!(tap.len(), before, "a rolled-back transaction was logged");
            } else if tap.len() > before {
                w.failed_tx_records.insert(before, failures);
            }
            done += n;
        } else {
            step_db(&db, &mut w);
            done += 1;
        }
    }
    let Work {
        calls,
        now,
        failed_records,
        failed_tx_records,
        ..
    } = w;
    keys_compared += mirror.assert_same(&db, &tap, now);
    checks += 1;
    Run {
        db,
        tap,
        calls,
        now,
        failed_records,
        failed_tx_records,
        mirror,
        checks,
        keys_compared,
    }
}

/// Each logged command fails on replay exactly when, and as, it failed when it ran: a failed
/// `Database` call that was logged fails with the same error; in a transaction's record, the
/// failures are some of the transaction's failed calls; nothing else fails.
fn assert_replay_failures_match(run: &Run, replayed: &mirror::Replayed) {
    for (record, want) in &run.failed_records {
        assert_eq!(
            &replayed.errors_of(*record),
            std::slice::from_ref(want),
            "record {record}"
        );
    }
    for (record, _, err) in &replayed.errors {
        if run.failed_records.contains_key(record) {
            continue;
        }
        let allowed = run.failed_tx_records.get(record);
        assert!(
            allowed.is_some_and(|errs| errs.contains(err)),
            "record {record} failed on replay but did not fail when it ran: {:?}",
            replayed
                .errors
                .iter()
                .filter(|e| e.0 == *record)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_log_of_a_random_typed_workload_replays_to_the_same_database() {
    for seed in [1u64, 0x5eed_0002, 0x5eed_0003] {
        let run = run_workload(seed, 6_000);
        let commands = run.tap.commands();
        assert!(
            commands.len() > 2_000,
            "only {} commands logged",
            commands.len()
        );
        // The replica was compared with the database all along the run; check it once more
        // with a replica replaying the whole log at once.
        let replayed = assert_mirrors(&run.db, &run.tap, run.now);
        assert_eq!(replayed.commands, commands.len());
        assert_eq!(run.mirror.replayed.commands, commands.len());
        assert_replay_failures_match(&run, &replayed);
        // The comparisons saw databases with something in them (not only expired or flushed
        // ones): 12 to 20 keys on average.
        assert!(
            run.keys_compared > 10 * run.checks,
            "{} keys in {} comparisons",
            run.keys_compared,
            run.checks
        );
    }
}

/// The write commands of the table, each with its methods and forms.
fn write_methods() -> Vec<(String, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../commands.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let table = codegen::table::parse(&text).unwrap();
    codegen::validate::validate(&table).unwrap_or_else(|issues| panic!("{issues}"));
    let model = codegen::model::Model::build(&table);
    model
        .commands
        .iter()
        .filter(|c| c.flags.write)
        .map(|c| {
            let methods = c.methods.iter().map(|m| m.names.rust.clone()).collect();
            (c.name.clone(), methods)
        })
        .collect()
}

#[test]
fn every_write_method_of_the_table_is_exercised() {
    let calls = run_workload(1, 20_000).calls;
    let commands = write_methods();
    let methods: Vec<&String> = commands.iter().flat_map(|(_, methods)| methods).collect();
    assert!(methods.len() > 50, "{methods:?}");
    let mut missing = Vec::new();
    for (command, methods) in &commands {
        let mut logged = 0;
        for method in methods {
            let c = calls.get(method.as_str()).copied().unwrap_or_default();
            logged += c.logged;
            if c.db < 3 || c.tx < 1 {
                missing.push(format!("{method}: {c:?}"));
            }
        }
        // Some forms never change anything (GETEX without options); each command's log
        // function must run at least once all the same.
        if logged == 0 {
            missing.push(format!("{command}: no call logged"));
        }
    }
    assert!(
        missing.is_empty(),
        "write methods the workload of tests/log_replay.rs does not exercise enough (add a case \
         to define_step!, or make it succeed more often):\n{}",
        missing.join("\n")
    );
    // `execute` ran logged argvs again, on `Database` and in transactions.
    let execute = calls.get(EXECUTE).copied().unwrap_or_default();
    assert!(
        execute.logged > 10 && execute.tx > 10,
        "execute: {execute:?}"
    );
    // And nothing else it calls is unknown to the table (a renamed method would still compile
    // only if it still exists, but would no longer count as covering its command).
    for name in calls.keys().filter(|name| **name != EXECUTE) {
        assert!(
            methods.iter().any(|m| m == name),
            "{name} is not a write method"
        );
    }
}

#[test]
fn typed_calls_log_their_canonical_argv() {
    // A few calls whose argv is spelled out, so the canonical order (table order, tokens before
    // their values, options only when set) is pinned down beyond "replays to the same state".
    let (db, tap) = tapped();
    db.set_fixed_time(Some(START));
    let options = SetOptions {
        condition: Some(SetCondition::Nx),
        get: true,
        expiration: Some(SetExpiration::Px(100)),
    };
    db.set_with("k", "v", &options).unwrap();
    db.set_ex("e", "v", Duration::from_millis(1500)).unwrap();
    db.zadd_with(
        "z",
        &[(1.0, "a"), (f64::NEG_INFINITY, "b")],
        &ZaddOptions {
            gt: true,
            ch: true,
            ..ZaddOptions::default()
        },
    )
    .unwrap();
    db.zremrangebyscore("z", ScoreBound::Exclusive(-1.5), f64::INFINITY)
        .unwrap();
    db.copy_with(
        "k",
        "k2",
        &CopyOptions {
            destination_db: Some(2),
            replace: true,
        },
    )
    .unwrap();
    db.expire_at(
        "k",
        UNIX_EPOCH + Duration::from_secs(START as u64 / 1000 + 60),
    )
    .unwrap();
    db.transaction(|tx| {
        tx.hset("h", "f", "v")?;
        tx.lpop_count("missing", 2)?;
        tx.rpush("l", &["a", "b"])
    })
    .unwrap();
    db.sadd("s", &["only"]).unwrap();
    db.spop("s").unwrap();
    let logged: Vec<String> = tap
        .commands()
        .iter()
        .map(|cmd| format!("{}: {}", cmd.db, mirror::show_argv(&cmd.argv)))
        .collect();
    let expected = [
        r#"0: "SET" "k" "v" "NX" "GET" "PX" "100""#,
        r#"0: "SET" "e" "v" "PX" "1500""#,
        r#"0: "ZADD" "z" "GT" "CH" "1" "a" "-inf" "b""#,
        r#"0: "ZREMRANGEBYSCORE" "z" "(-1.5" "inf""#,
        r#"0: "COPY" "k" "k2" "DB" "2" "REPLACE""#,
        r#"0: "EXPIREAT" "k" "1700000060""#,
        r#"0: "HSET" "h" "f" "v""#,
        r#"0: "RPUSH" "l" "a" "b""#,
        r#"0: "SADD" "s" "only""#,
        r#"0: "SREM" "s" "only""#,
    ];
    assert_eq!(logged, expected);
    // The transaction is one record of two commands.
    let records = tap.records();
    assert_eq!(records.len(), expected.len() - 1);
    assert_eq!(records[6].1, 2);
    assert!(records.iter().enumerate().all(|(i, r)| i == 6 || r.1 == 1));
    assert_mirrors(&db, &tap, START);
}

#[test]
fn a_database_without_a_log_sink_logs_nothing_and_still_works() {
    // The log closures are only called when a sink is installed; without one, writes behave as
    // before (this mostly checks admit/commit are transparent).
    let db = Database::memory().unwrap();
    db.set("k", "v").unwrap();
    assert_eq!(
        db.execute(&["APPEND", "k", "w"]).unwrap(),
        Reply::Integer(2)
    );
    db.transaction(|tx| tx.incr("n")).unwrap();
    assert_eq!(db.get_str("k").unwrap(), Some("vw".to_string()));
    assert!(db.keyspace_for_tests().log_sink().is_none());
}

/// Runs one table example through `execute` on a tapped database (setup, then the command; its
/// reply is checked by `tests/examples.rs`), then mirrors the log.
fn check(
    setup: &[&[&str]],
    argv: &[&str],
    _expect: std::result::Result<Reply, &str>,
    _unordered: bool,
) {
    let (db, tap) = tapped();
    db.set_fixed_time(Some(START));
    for cmd in setup {
        if let Err(err) = db.execute(cmd) {
            panic!("setup {cmd:?} failed: {err}");
        }
    }
    let records = tap.len();
    let res = db.execute(argv);
    let replayed = assert_mirrors(&db, &tap, START);
    // Only the command under test may fail on replay, and only as it failed when it ran (a
    // failed write that took mutable access to a key is logged all the same).
    for (record, argv, err) in &replayed.errors {
        assert!(
            *record >= records && res.as_ref().err().map(ToString::to_string).as_ref() == Some(err),
            "{argv} failed on replay with {err}, but not when it ran"
        );
    }
}
