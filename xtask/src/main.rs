//! `cargo xtask <task>`: the project's automation, a thin CLI over the `codegen` library.
//!
//! - `gen`: regenerate `generated/` from `commands.yaml` (writes changed files, deletes orphans).
//! - `check`: write nothing; fail if `generated/` is stale or the table is invalid.
//! - `test`: `check`, then `cargo test --workspace`.
//! - `bench`: the benchmarks (not yet written).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let res = match args.first().map(String::as_str) {
        Some("gen") => gen(),
        Some("check") => check(),
        Some("test") => test(),
        Some("bench") => bench(),
        _ => {
            eprintln!("usage: cargo xtask <gen | check | test | bench>");
            return ExitCode::from(2);
        }
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the parent of `xtask/`).
fn root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    codegen::files::workspace_root(xtask_dir)
}

fn gen() -> anyhow::Result<()> {
    let root = root();
    let files = codegen::files::generate(&root)?;
    let changes = codegen::files::write(&root, &files)?;
    if changes.is_empty() {
        println!("generated/ is up to date ({} files)", files.len());
    }
    for change in changes {
        println!("{change}");
    }
    Ok(())
}

fn check() -> anyhow::Result<()> {
    let root = root();
    let files = codegen::files::generate(&root)?;
    let changes = codegen::files::diff(&root, &files)?;
    if !changes.is_empty() {
        let list: Vec<String> = changes.iter().map(ToString::to_string).collect();
        bail!(
            "generated/ does not match commands.yaml:\n{}\nrun `cargo xtask gen`",
            list.join("\n")
        );
    }
    println!("generated/ is up to date ({} files)", files.len());
    Ok(())
}

fn test() -> anyhow::Result<()> {
    check()?;
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["test", "--workspace"])
        .current_dir(root())
        .status()
        .context("running cargo test")?;
    if !status.success() {
        bail!("cargo test --workspace failed");
    }
    Ok(())
}

fn bench() -> anyhow::Result<()> {
    bail!("benchmarks are not written yet")
}
