//! `execute` logs every write as the argv it was given: random command sequences generated from
//! `commands.yaml` by the differential test's generator (every command, options in any order,
//! lower-case tokens, malformed commands) run through `Database::execute` on a database with a
//! log tap, under a pinned clock that now and then jumps far ahead so that expiries fire. After
//! every sequence, the log replayed through `execute` on a second database must have reproduced
//! the first exactly (every key, value and deadline of every logical database). No redis-server
//! is needed.

#[allow(dead_code)] // The probes are the differential test's.
#[path = "compat/gen.rs"]
mod gen;
#[path = "../../bindings/rust/tests/support/mirror.rs"]
mod mirror;

use std::collections::BTreeMap;
use std::path::PathBuf;

use ferrite_tests::rng::Rng;

use gen::Generator;
use mirror::Mirror;

/// Random commands in all.
const COMMANDS: usize = 20_000;
/// Commands per sequence (one focus of command groups); the databases are compared after each.
const SEQUENCE_LEN: usize = 50;
const SEED: u64 = 0x0010_6e4c_0de0_0001;
/// The clock the run starts at (Unix ms).
const START: i64 = 1_700_000_000_000;

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn the_log_of_random_execute_sequences_replays_to_the_same_database() {
    let table = codegen::table::parse(&read("commands.yaml")).expect("commands.yaml parses");
    // No allowlist: every command is generated, SPOP included (it is logged as the SREM of
    // what it popped).
    let generator = Generator::new(&table, &BTreeMap::new());
    let (db, tap) = mirror::tapped();
    let mut mirror = Mirror::default();
    let mut rng = Rng::new(SEED);
    let mut now = START;
    // Per command name: calls that appended a record.
    let mut logged: BTreeMap<String, usize> = BTreeMap::new();
    // The error of each failed call that was logged all the same, by record index.
    let mut failed_records: BTreeMap<usize, String> = BTreeMap::new();
    for _ in 0..COMMANDS / SEQUENCE_LEN {
        let focus = generator.focus(&mut rng);
        for _ in 0..SEQUENCE_LEN {
            now += rng.range(0, 1_000);
            if rng.chance(0.01) {
                now += rng.range(0, 2_000_000_000);
            }
            db.set_fixed_time(Some(now));
            let (idx, _, argv) = generator.next(&mut rng, &focus);
            let before = tap.len();
            let res = db.execute(&argv);
            assert!(tap.len() <= before + 1, "one command, one record");
            if tap.len() > before {
                let name = &generator.planned[idx].command.name;
                *logged.entry(name.clone()).or_default() += 1;
                if let Err(err) = res {
                    failed_records.insert(before, err.to_string());
                }
            }
        }
        mirror.assert_same(&db, &tap, now);
    }
    // A logged command fails on replay exactly when, and as, it failed when it ran.
    let replay_failures: BTreeMap<usize, String> = mirror
        .replayed
        .errors
        .iter()
        .map(|(record, _, err)| (*record, err.clone()))
        .collect();
    assert_eq!(replay_failures.len(), mirror.replayed.errors.len());
    assert_eq!(replay_failures, failed_records);
    // Every write command of the table went through the log at least once.
    let missing: Vec<&String> = table
        .commands
        .iter()
        .filter(|c| c.flags.iter().any(|f| f == "write"))
        .map(|c| &c.name)
        .filter(|name| !logged.contains_key(*name))
        .collect();
    assert!(
        missing.is_empty(),
        "write commands never logged: {missing:?}"
    );
    println!(
        "{COMMANDS} commands, {} logged, {} replay failures matching the original ones",
        mirror.replayed.commands,
        replay_failures.len()
    );
}
