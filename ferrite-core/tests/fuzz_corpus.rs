//! R6 in every CI run: replays the committed seed corpus of each fuzz target
//! (`fuzz/corpus/<target>/`) through the same target bodies the fuzzer runs
//! (`ferrite_core::fuzzing`), then a few seeded mutations of each file (truncations, bit flips,
//! byte changes, splices). Fails if any input panics or breaks a target's invariant.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use ferrite_core::fuzzing::{MAX_LEN, TARGETS};

fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target)
}

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = corpus_dir(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let bytes = std::fs::read(&path).expect("a corpus file");
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                bytes,
            )
        })
        .collect();
    files.sort();
    files
}

/// Runs `target` on `data`; the panic message if it panics.
fn run(target: fn(&[u8]), data: &[u8]) -> Option<String> {
    catch_unwind(AssertUnwindSafe(|| target(data)))
        .err()
        .map(|p| {
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "a panic".into())
        })
}

#[test]
fn every_corpus_file_passes_its_target() {
    let mut failures = Vec::new();
    for (name, target) in TARGETS {
        let files = corpus(name);
        assert!(files.len() >= 24, "{name}: only {} seed files", files.len());
        for (file, data) in &files {
            assert!(
                data.len() <= MAX_LEN,
                "{name}/{file} is longer than -max_len"
            );
            if let Some(msg) = run(*target, data) {
                failures.push(format!("{name}/{file}: {msg}"));
            }
        }
        eprintln!("{name}: {} corpus files replayed", files.len());
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// splitmix64
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
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, data: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    for _ in 0..1 + rng.below(3) {
        match rng.below(6) {
            0 if !out.is_empty() => {
                let at = rng.below(out.len());
                out[at] ^= 1 << rng.below(8);
            }
            1 => out.truncate(rng.below(out.len() + 1)),
            2 if !out.is_empty() => {
                let at = rng.below(out.len());
                out[at] = [0, 0xff, 0x7f, 0x80, 1][rng.below(5)];
            }
            3 => {
                let at = rng.below(out.len() + 1);
                let piece = &other[..rng.below(other.len().min(64) + 1)];
                out.splice(at..at, piece.iter().copied());
            }
            4 if !out.is_empty() => {
                let at = rng.below(out.len());
                let end = (at + 1 + rng.below(8)).min(out.len());
                out.drain(at..end);
            }
            _ => out.extend((0..rng.below(16)).map(|_| rng.next() as u8)),
        }
    }
    out.truncate(MAX_LEN);
    out
}

#[test]
fn seeded_mutations_of_the_corpus_pass_their_targets() {
    let soak = std::env::var_os("FERRITE_SOAK").is_some_and(|v| !v.is_empty() && v != "0");
    let per_file = if soak { 2000 } else { 24 };
    let mut failures = Vec::new();
    for (name, target) in TARGETS {
        let files = corpus(name);
        let mut rng = Rng(name.len() as u64 * 7919);
        let mut runs = 0;
        for (i, (file, data)) in files.iter().enumerate() {
            let other = &files[(i + 1) % files.len()].1;
            for j in 0..per_file {
                let input = mutate(&mut rng, data, other);
                runs += 1;
                if let Some(msg) = run(*target, &input) {
                    failures.push(format!(
                        "{name}/{file} mutation {j} ({:02x?}): {msg}",
                        &input[..input.len().min(64)]
                    ));
                }
            }
        }
        eprintln!("{name}: {runs} mutated inputs");
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
