//! Differential test: random command sequences, generated from `commands.yaml`, run through
//! Ferrite's `Database::execute` and through a private `redis-server`; every reply must match
//! (RELIABILITY.md R8).
//!
//! - Comparison rules (multisets, shapes, TTL classes, float tolerance) are all in
//!   `ferrite_tests::compare`; the commands they name are in `tests/compat/allowlist`, mirrored
//!   in COMPATIBILITY.md.
//! - Each sequence starts from empty data on both sides (a fresh `Database::memory()`; FLUSHALL
//!   and SELECT 0 on Redis), runs `SEQUENCE_LEN` random commands, then probes every key of the
//!   three databases with readonly commands to compare the final state.
//! - On the first divergence the test prints the seed, the sequence so far, both replies, and a
//!   minimized reproduction (steps dropped greedily while the last command still diverges when
//!   replayed from empty data; usually one to three commands).
//! - Ferrite panics are caught and reported as divergences, with the sequence.
//!
//! Environment:
//! - `FERRITE_COMPAT_COMMANDS`: random commands to run (default 20,000), for soak runs;
//! - `FERRITE_COMPAT_SEED`: base seed (decimal or 0x hex; `random` picks one from the clock);
//! - `FERRITE_COMPAT_SEQUENCE`: run only this sequence of the base seed (to replay a failure);
//! - `FERRITE_COMPAT_SELFTEST=1`: compare a second redis-server instead of Ferrite (checks the
//!   harness itself: generator, client, comparison rules);
//! - `FERRITE_COMPAT_TABLE=path`: read the table from `path` instead of `commands.yaml` (with
//!   the self-test, to exercise the generator on a table Ferrite does not implement yet);
//! - `FERRITE_COMPAT_KEEP_GOING=1`: after a divergence, go on with the next sequence, and at the
//!   end list every kind of divergence found (command and both outcomes) with one report each;
//! - `CI`: when set, a missing redis-server fails the test instead of skipping it.

#[path = "compat/gen.rs"]
mod gen;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::Instant;

use ferrite::embedded::Database;
use ferrite_tests::compare::{self, compare, parse_allowlist, show_argv, Rule, Verdict};
use ferrite_tests::redis_server::{self, RedisServer};
use ferrite_tests::resp::{Outcome, RespClient};
use ferrite_tests::rng::{sequence_seed, Rng};
use ferrite_tests::values;

use gen::{Generator, Malformed};

/// Random commands per sequence.
const SEQUENCE_LEN: usize = 50;
/// Random commands per run unless `FERRITE_COMPAT_COMMANDS` says otherwise.
const DEFAULT_COMMANDS: usize = 20_000;
/// Base seed unless `FERRITE_COMPAT_SEED` says otherwise (fixed, so CI runs are reproducible;
/// soak runs pass `FERRITE_COMPAT_SEED=random`).
const DEFAULT_SEED: u64 = 0x00FE_2217_E5EE_D001;
/// Logical databases the sequences use (of 16 on both sides).
const DATABASES: usize = 3;

/// Commands the harness itself sends, outside the generated sequences. They are protocol
/// plumbing, not commands under test: SELECT and FLUSHALL reset Redis between sequences and
/// switch databases for the final probes; DEL resynchronises a key after an accepted
/// `approx-float` difference.
const SELECT: &str = "SELECT";
const FLUSHALL: &str = "FLUSHALL";
const DEL: &str = "DEL";

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn read(relative: &str) -> String {
    let path = repo_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn load_table() -> codegen::table::Table {
    let text = match std::env::var("FERRITE_COMPAT_TABLE") {
        Ok(path) => {
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
        }
        Err(_) => read("commands.yaml"),
    };
    codegen::table::parse(&text).expect("commands.yaml parses")
}

fn load_allowlist() -> BTreeMap<String, compare::AllowEntry> {
    parse_allowlist(&read("tests/compat/allowlist"))
        .unwrap_or_else(|e| panic!("tests/compat/allowlist: {e}"))
}

/// One side of the comparison.
trait Side {
    /// Empty data, database 0 selected.
    fn reset(&mut self);
    /// Runs one command.
    fn call(&mut self, argv: &[Vec<u8>]) -> Outcome;
}

struct Ferrite {
    db: Database,
}

impl Side for Ferrite {
    fn reset(&mut self) {
        self.db = Database::memory().expect("in-memory database");
    }

    fn call(&mut self, argv: &[Vec<u8>]) -> Outcome {
        let db = &self.db;
        match catch_unwind(AssertUnwindSafe(|| db.execute(argv))) {
            Ok(res) => res.map_err(|e| e.to_string()),
            Err(panic) => {
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Err(format!("PANIC in Ferrite: {text}"))
            }
        }
    }
}

struct Redis {
    client: RespClient,
}

impl Side for Redis {
    fn reset(&mut self) {
        for argv in [
            vec![FLUSHALL.as_bytes().to_vec()],
            vec![SELECT.as_bytes().to_vec(), b"0".to_vec()],
        ] {
            let reply = self.call(&argv);
            assert!(
                reply.is_ok(),
                "redis-server: {} failed: {reply:?}",
                show_argv(&argv)
            );
        }
    }

    fn call(&mut self, argv: &[Vec<u8>]) -> Outcome {
        self.client.call(argv).unwrap_or_else(|e| {
            panic!("redis-server connection failed on {}: {e}", show_argv(argv))
        })
    }
}

fn env_number(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    let text = text.trim();
    if text == "random" {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        return Some(now.as_nanos() as u64);
    }
    let parsed = match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => text.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={text:?} is not a number")))
}

/// One command run on both sides, with what the report and the replay need.
#[derive(Clone)]
struct Step {
    /// The database selected when it ran (for the report).
    db: usize,
    argv: Vec<Vec<u8>>,
    /// Index into `Generator::planned`; `None` for the harness's own SELECT (compared exactly).
    planned: Option<usize>,
    note: &'static str,
}

/// Counters for the summary line.
#[derive(Default)]
struct Stats {
    commands: usize,
    probes: usize,
    resyncs: usize,
    per_command: BTreeMap<String, (usize, usize)>,
}

struct Run<'a> {
    generator: &'a Generator<'a>,
    ferrite: Box<dyn Side>,
    redis: Redis,
    stats: Stats,
    has_select: bool,
}

/// Where a sequence came from, for the report.
#[derive(Clone, Copy)]
struct Origin {
    base_seed: u64,
    index: u64,
    seed: u64,
}

impl Run<'_> {
    /// Runs one sequence; stops at the first divergence.
    fn sequence(&mut self, base_seed: u64, index: u64) -> Result<(), Divergence> {
        let origin = Origin {
            base_seed,
            index,
            seed: sequence_seed(base_seed, index),
        };
        let mut rng = Rng::new(origin.seed);
        self.reset();
        let mut db = 0;
        let mut steps: Vec<Step> = Vec::new();
        let focus = self.generator.focus(&mut rng);
        for _ in 0..SEQUENCE_LEN {
            let (planned_idx, malformed, argv) = self.generator.next(&mut rng, &focus);
            let note = if malformed == Malformed::No {
                ""
            } else {
                " (malformed on purpose)"
            };
            steps.push(Step {
                db,
                argv,
                planned: Some(planned_idx),
                note,
            });
            let (verdict, redis_ok) = self.step(steps.last().expect("just pushed"));
            self.stats.commands += 1;
            let name = &self.generator.planned[planned_idx].command.name;
            let entry = self.stats.per_command.entry(name.clone()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(redis_ok);
            if let Verdict::Differ(text) = verdict {
                return Err(self.divergence(origin, steps, &text));
            }
            // Follow SELECT (the only command that changes the connection's database) by its
            // outcome, for the report.
            if name == SELECT && redis_ok {
                let argv = &steps.last().expect("just pushed").argv;
                db = std::str::from_utf8(&argv[1])
                    .ok()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(db);
            }
        }
        self.probe_all(&mut rng, origin, steps)
    }

    /// Runs readonly probes on every key of every database used, comparing the final state.
    fn probe_all(
        &mut self,
        rng: &mut Rng,
        origin: Origin,
        mut steps: Vec<Step>,
    ) -> Result<(), Divergence> {
        if self.generator.probes.is_empty() {
            return Ok(());
        }
        let dbs = if self.has_select { DATABASES } else { 1 };
        for db in 0..dbs {
            let mut probes = Vec::new();
            if self.has_select {
                let argv = vec![SELECT.as_bytes().to_vec(), db.to_string().into_bytes()];
                probes.push(Step {
                    db,
                    argv,
                    planned: None,
                    note: " (probe)",
                });
            }
            for key in values::KEYS {
                for _ in 0..2 {
                    let planned_idx = *rng.pick(&self.generator.probes);
                    let argv = self.generator.probe_argv(planned_idx, key);
                    probes.push(Step {
                        db,
                        argv,
                        planned: Some(planned_idx),
                        note: " (probe)",
                    });
                }
            }
            for probe in probes {
                steps.push(probe);
                self.stats.probes += 1;
                if let (Verdict::Differ(text), _) = self.step(steps.last().expect("just pushed")) {
                    return Err(self.divergence(origin, steps, &text));
                }
            }
        }
        Ok(())
    }

    /// Empty data on both sides, database 0 selected.
    fn reset(&mut self) {
        self.ferrite.reset();
        self.redis.reset();
    }

    /// Runs one step on both sides and compares the outcomes; resynchronises after an accepted
    /// `approx-float` difference. Also says whether Redis succeeded.
    fn step(&mut self, step: &Step) -> (Verdict, bool) {
        let (ferrite, redis) = (self.ferrite.call(&step.argv), self.redis.call(&step.argv));
        let verdict = match step.planned {
            Some(idx) => {
                let planned = &self.generator.planned[idx];
                compare(planned.rule, &planned.command.reply, &ferrite, &redis)
            }
            None => compare(Rule::Exact, "reply", &ferrite, &redis),
        };
        if verdict == Verdict::Resync {
            let command =
                self.generator.planned[step.planned.expect("only table commands resync")].command;
            self.resync(command, &step.argv);
            return (Verdict::Same, redis.is_ok());
        }
        (verdict, redis.is_ok())
    }

    /// After an accepted `approx-float` difference the command's keys hold different values on
    /// the two sides; delete them on both so the sequence goes on from equal state.
    fn resync(&mut self, command: &codegen::table::Command, argv: &[Vec<u8>]) {
        self.stats.resyncs += 1;
        let Some(keys) = &command.keys else { return };
        let resolve = |pos: i32| {
            if pos < 0 {
                argv.len() as i32 + pos
            } else {
                pos
            }
        };
        let (first, last, step) = (resolve(keys.first), resolve(keys.last), keys.step.max(1));
        let mut pos = first;
        while pos >= 1 && pos <= last && (pos as usize) < argv.len() {
            let del = vec![DEL.as_bytes().to_vec(), argv[pos as usize].clone()];
            let (ferrite, redis) = (self.ferrite.call(&del), self.redis.call(&del));
            assert!(
                ferrite.is_ok() && redis.is_ok(),
                "resync DEL failed: {ferrite:?} / {redis:?}"
            );
            pos += step;
        }
    }

    /// Replays `steps` from empty data; true if the last step, and only it, diverges.
    fn diverges_at_end(&mut self, steps: &[Step]) -> bool {
        self.reset();
        for (n, step) in steps.iter().enumerate() {
            if let (Verdict::Differ(_), _) = self.step(step) {
                return n + 1 == steps.len();
            }
        }
        false
    }

    /// Greedily drops steps before the last one while the last still diverges (each candidate is
    /// replayed from empty data), so the report shows a short reproduction.
    fn minimize(&mut self, steps: &[Step]) -> Vec<Step> {
        let mut kept = steps.to_vec();
        let mut idx = kept.len().saturating_sub(1);
        while idx > 0 {
            idx -= 1;
            let mut candidate = kept.clone();
            candidate.remove(idx);
            if self.diverges_at_end(&candidate) {
                kept = candidate;
            }
        }
        kept
    }

    /// Builds the report of a divergence: seed, how to replay, the sequence so far, a minimized
    /// reproduction and both replies.
    fn divergence(&mut self, origin: Origin, steps: Vec<Step>, text: &str) -> Divergence {
        let Origin {
            base_seed,
            index,
            seed,
        } = origin;
        let rule = steps
            .last()
            .and_then(|s| s.planned)
            .map_or(Rule::Exact, |i| self.generator.planned[i].rule);
        let mut report = format!(
            "\nDIVERGENCE in sequence {index} (base seed {base_seed:#x}, sequence seed {seed:#x})\n\
             replay: FERRITE_COMPAT_SEED={base_seed:#x} FERRITE_COMPAT_SEQUENCE={index} \
             cargo test -p ferrite-tests --test compat -- --nocapture\n\nsequence so far:\n"
        );
        let listing = |steps: &[Step]| -> String {
            let lines = steps.iter().enumerate().map(|(n, step)| {
                format!(
                    "  {n:3} [db {}] {}{}\n",
                    step.db,
                    show_argv(&step.argv),
                    step.note
                )
            });
            lines.collect()
        };
        report.push_str(&listing(&steps));
        report.push_str(&format!(
            "\nlast command compared with rule {rule:?}:\n  {text}\n"
        ));
        let minimized = self.minimize(&steps);
        if minimized.len() < steps.len() {
            report.push_str(&format!(
                "\nminimized: these {} commands, from empty data, diverge at the last one \
                 ([db n] is the database before the removals):\n{}",
                minimized.len(),
                listing(&minimized)
            ));
        }
        let name = steps
            .last()
            .and_then(|step| step.argv.first())
            .map(|n| String::from_utf8_lossy(n).to_ascii_uppercase())
            .unwrap_or_default();
        // Group by command and by the kind of each side's outcome (error text or reply type).
        let kind = |line: &str| {
            let line = line.trim();
            if line.contains("(error)") {
                line.to_string()
            } else {
                line.split(':').next().unwrap_or("").to_string() + ": reply"
            }
        };
        let sides: Vec<String> = text.lines().map(kind).collect();
        Divergence {
            report,
            signature: format!("{name} | {}", sides.join(" | ")),
        }
    }
}

/// A divergence: the full report, and a one-line signature to group similar ones.
struct Divergence {
    report: String,
    signature: String,
}

#[test]
fn ferrite_matches_redis() {
    let Some(server) = redis_server::start_or_skip("compat") else {
        return;
    };
    let table = load_table();
    let allowlist = load_allowlist();
    let generator = Generator::new(&table, &allowlist);
    assert!(
        !generator.planned.is_empty(),
        "commands.yaml has no command to test"
    );
    let redis = Redis {
        client: server.connect().expect("connect to redis-server"),
    };
    let selftest = std::env::var_os("FERRITE_COMPAT_SELFTEST").is_some();
    // Kept alive for the whole run, and dropped (killed) on panic too.
    let mut _second_server = None;
    let ferrite: Box<dyn Side> = if selftest {
        let second = RedisServer::start().expect("second redis-server for FERRITE_COMPAT_SELFTEST");
        let client = second.connect().expect("connect to second redis-server");
        _second_server = Some(second);
        Box::new(Redis { client })
    } else {
        Box::new(Ferrite {
            db: Database::memory().expect("in-memory database"),
        })
    };
    let has_select = table.commands.iter().any(|c| c.name == SELECT);
    let mut run = Run {
        generator: &generator,
        ferrite,
        redis,
        stats: Stats::default(),
        has_select,
    };

    let base_seed = env_number("FERRITE_COMPAT_SEED").unwrap_or(DEFAULT_SEED);
    let total = env_number("FERRITE_COMPAT_COMMANDS").map_or(DEFAULT_COMMANDS, |n| n as usize);
    let sequences: Vec<u64> = match env_number("FERRITE_COMPAT_SEQUENCE") {
        Some(only) => vec![only],
        None => (0..total.div_ceil(SEQUENCE_LEN) as u64).collect(),
    };
    eprintln!(
        "compat: {} against redis-server on port {}, base seed {base_seed:#x}, {} sequences x {SEQUENCE_LEN} commands, \
         {} commands planned",
        if selftest { "a second redis-server (self-test)" } else { "Ferrite" },
        server.port(),
        sequences.len(),
        generator.planned.len()
    );
    for (name, reason) in &generator.left_out {
        eprintln!("compat: not generated: {name}: {reason}");
    }
    if !has_select {
        eprintln!("compat: SELECT is not in commands.yaml yet: every sequence stays in database 0");
    }
    let keep_going = std::env::var_os("FERRITE_COMPAT_KEEP_GOING").is_some();
    let mut divergences: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let started = Instant::now();
    for index in sequences {
        if let Err(found) = run.sequence(base_seed, index) {
            if !keep_going {
                panic!("{}", found.report);
            }
            let entry = divergences
                .entry(found.signature)
                .or_insert((0, found.report));
            entry.0 += 1;
        }
    }
    let stats = &run.stats;
    let succeeded: usize = stats.per_command.values().map(|(_, ok)| ok).sum();
    eprintln!(
        "compat: {} commands ({}% not errors) and {} probes matched in {:.1?}, {} of {} planned commands run, \
         {} approx-float resyncs",
        stats.commands,
        succeeded * 100 / stats.commands.max(1),
        stats.probes,
        started.elapsed(),
        stats.per_command.len(),
        generator.planned.len(),
        stats.resyncs
    );
    let mostly_errors: Vec<String> = stats
        .per_command
        .iter()
        .filter(|(_, (n, ok))| *n >= 20 && ok * 10 < *n)
        .map(|(name, (n, ok))| format!("{name} {ok}/{n}"))
        .collect();
    if !divergences.is_empty() {
        for (signature, (count, report)) in &divergences {
            eprintln!("\n=== {count} sequence(s) diverged as: {signature}{report}");
        }
        panic!(
            "{} kinds of divergence (FERRITE_COMPAT_KEEP_GOING): {}",
            divergences.len(),
            divergences.keys().cloned().collect::<Vec<_>>().join("\n  ")
        );
    }
    if !mostly_errors.is_empty() {
        eprintln!(
            "compat: commands that mostly failed on Redis (weak coverage): {}",
            mostly_errors.join(", ")
        );
    }
}

/// The generator can build argv for every command of the table, and well-formed argv respect the
/// table's arity. Needs no server.
#[test]
fn generator_covers_the_table() {
    let table = load_table();
    let allowlist = load_allowlist();
    let generator = Generator::new(&table, &allowlist);
    let mut rng = Rng::new(1);
    for planned in &generator.planned {
        let command = planned.command;
        for _ in 0..200 {
            let (malformed, argv) = generator.argv_for(command, &mut rng);
            if malformed != Malformed::No {
                continue;
            }
            let n = argv.len() as i32;
            let arity_ok = if command.arity >= 0 {
                n == command.arity
            } else {
                n >= -command.arity
            };
            assert!(
                arity_ok,
                "{}: generated {} breaks arity {}",
                command.name,
                show_argv(&argv),
                command.arity
            );
        }
    }
}

/// Every command in the allowlist is explained in COMPATIBILITY.md too.
#[test]
fn allowlist_is_mirrored_in_compatibility_md() {
    let doc = read("COMPATIBILITY.md");
    for (name, entry) in load_allowlist() {
        assert!(
            doc.contains(&format!("`{name}`")),
            "tests/compat/allowlist lists {name} ({}) but COMPATIBILITY.md does not mention `{name}`",
            entry.reason
        );
    }
}
