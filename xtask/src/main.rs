//! `cargo xtask <task>`: the project's automation, a thin CLI over the `codegen` library.
//!
//! - `gen`: regenerate `generated/` from `commands.yaml` (writes changed files, deletes orphans).
//! - `check`: write nothing; fail if `generated/` is stale or the table is invalid.
//! - `test`: install what the suites need (`scripts/install-deps.sh`: redis-server, gcc,
//!   valgrind, python3-venv, Node.js, Go), `check`, `cargo fmt --check`, `cargo test
//!   --workspace` (unit, property, example, macro, compatibility and API tests), `c-test`,
//!   `py-test`, `node-test`, run the example program once as a smoke test of the main job, then
//!   `go-test`.
//! - `c-test`: the C API's tests (RELIABILITY.md R10), independent of `cargo test`: builds
//!   `ferrite-c`, compiles `ferrite.h` alone as C99 and as C++11, checks that the library exports
//!   exactly the functions the header declares, compiles the C test programs of
//!   `bindings/c/tests/` (and the C program of README.md's "Use from C") against the static
//!   library and runs each under valgrind (no errors, no bytes definitely lost), then runs the
//!   suite once more linked against the shared library. Binaries go to `target/ctest/`.
//! - `go-test`: the Go binding (`bindings/go`): builds the static library it links
//!   (`cargo build --release -p ferrite-c`), checks `gofmt -l` is empty for `bindings/go` and
//!   `generated/go`, then runs `go vet ./...`, `go test ./...`, `go test -race ./...` and
//!   `GOEXPERIMENT=cgocheck2 go test ./...` there (Go >= 1.21: `go` on `PATH`,
//!   `/usr/local/go/bin` or Debian's `/usr/lib/go-1.N/bin`).
//! - `py-test`: the Python binding's tests (RELIABILITY.md R10), independent of `cargo test`:
//!   creates a virtual environment under `target/py-venv` (`python3 -m venv`), installs
//!   `./bindings/python` into it the way a user would (`pip install`, which builds the extension
//!   with maturin, in release mode, sharing the workspace's `target/`) plus pytest and mypy, then
//!   runs pytest over the table's examples (`generated/python/test_examples.py`) and the
//!   binding's tests (`bindings/python/tests/`, which include README.md's "Use from Python"
//!   program), `mypy --strict` over the typed example and the installed stubs, and the typed
//!   example itself.
//! - `node-test`: the Node.js binding's tests (bindings/node): `npm ci` (the committed
//!   package-lock.json: `@napi-rs/cli`, `typescript`, `@types/node`), then `npm test`, which builds
//!   the addon (`napi build --release`, into the workspace's `target/release`), copies the
//!   generated types beside it, type-checks a TypeScript program against them (`tsc`) and runs
//!   `node --test` over `bindings/node/test/` and the generated `generated/node/examples.test.mjs`.
//! - `bench`: `cargo bench` over the in-memory benchmarks (criterion; figures go to the README).
//! - `fuzz <target> [seconds]`: run one cargo-fuzz target of `fuzz/` (`wal_decode`,
//!   `snapshot_decode`, `entry_decode`, `number_parse`) for `seconds` (default 60; 0 replays the
//!   committed corpus once) with RELIABILITY.md R6's flags. Needs `cargo install cargo-fuzz`; on a
//!   stable toolchain it sets `RUSTC_BOOTSTRAP=1`. New inputs go to `fuzz/local-corpus/<target>`
//!   (ignored by git), crashes to `fuzz/artifacts/<target>`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let res = match args.first().map(String::as_str) {
        Some("gen") => gen(),
        Some("check") => check(),
        Some("test") => test(),
        Some("c-test") => c_test(),
        Some("go-test") => go_test(),
        Some("py-test") => py_test(),
        Some("node-test") => node_test(),
        Some("bench") => bench(),
        Some("fuzz") => fuzz(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <gen | check | test | c-test | go-test | py-test | node-test | bench | fuzz <target> [seconds]>"
            );
            eprintln!("  fuzz targets: {}", FUZZ_TARGETS.join(", "));
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
    let root = root();
    step("install what the suites need", || {
        run(
            Command::new("bash").arg(root.join("scripts/install-deps.sh")),
            "scripts/install-deps.sh",
        )
    })?;
    step("generated/ is fresh", check)?;
    step("cargo fmt --check", || {
        run(
            cargo().args(["fmt", "--all", "--check"]).current_dir(&root),
            "cargo fmt --all --check (run `cargo fmt --all`)",
        )?;
        run(
            cargo()
                .args(["fmt", "--check", "--manifest-path", "bindings/python/Cargo.toml"])
                .current_dir(&root),
            "cargo fmt --check for bindings/python (run `cargo fmt --manifest-path bindings/python/Cargo.toml`)",
        )
    })?;
    step("cargo test --workspace", || {
        run(
            cargo().args(["test", "--workspace"]).current_dir(&root),
            "cargo test --workspace",
        )
    })?;
    step("the C API under valgrind: cargo xtask c-test", c_test)?;
    step("the Python binding: cargo xtask py-test", py_test)?;
    step("the Node.js binding: cargo xtask node-test", node_test)?;
    step("the main job: cargo run --example tasks", || {
        let scratch =
            std::env::temp_dir().join(format!("ferrite-xtask-tasks-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        let tasks = |args: &[&str]| {
            cargo()
                .args([
                    "run",
                    "--quiet",
                    "-p",
                    "ferrite",
                    "--example",
                    "tasks",
                    "--",
                ])
                .args(args)
                .env("FERRITE_TASKS_PATH", &scratch)
                .current_dir(&root)
                .output()
                .context("starting the tasks example")
        };
        let res = (|| {
            let first = tasks(&[])?;
            if !first.status.success() {
                bail!(
                    "the tasks example failed: {}",
                    String::from_utf8_lossy(&first.stderr)
                );
            }
            print!("{}", String::from_utf8_lossy(&first.stdout));
            // A second run must find the first run's tasks on disk.
            let second = tasks(&["list"])?;
            let out = String::from_utf8_lossy(&second.stdout);
            print!("{out}");
            if !second.status.success() || !out.contains("3 tasks from earlier runs") {
                bail!("the second run did not find the first run's tasks:\n{out}");
            }
            Ok(())
        })();
        let _ = std::fs::remove_dir_all(&scratch);
        res
    })?;
    step("the Go binding: cargo xtask go-test", go_test)?;
    println!("xtask test: all suites passed");
    Ok(())
}

// ---------------------------------------------------------------------------- node-test

fn node_test() -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let dir = root().join("bindings/node");
    require_tools(&["node", "npm"])?;
    step("npm ci (bindings/node)", || {
        run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir),
            "npm ci",
        )
    })?;
    step(
        "npm test (bindings/node): napi build --release, tsc, node --test",
        || {
            run(
                Command::new("npm").arg("test").current_dir(&dir),
                "npm test",
            )
        },
    )?;
    println!("node-test: passed in {:.0?}", started.elapsed());
    Ok(())
}

// ---------------------------------------------------------------------------- py-test

/// Fails unless every tool answers `--version` (scripts/install-deps.sh installs them).
fn require_tools(tools: &[&str]) -> anyhow::Result<()> {
    for tool in tools {
        let found = Command::new(tool)
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !found {
            bail!("{tool} is not installed (scripts/install-deps.sh installs it)");
        }
    }
    Ok(())
}

/// The workspace's target directory (`CARGO_TARGET_DIR` or `target/`).
fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { root.join(t) })
        .unwrap_or_else(|| root.join("target"))
}

fn py_test() -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let root = root();
    let target = target_dir(&root);
    let venv = target.join("py-venv");
    let python = venv.join("bin").join("python");
    let scratch = target.join("py-test");
    if !python.exists() {
        step("python3 -m venv target/py-venv", || {
            run(
                Command::new("python3").arg("-m").arg("venv").arg(&venv),
                "python3 -m venv (scripts/install-deps.sh installs python3-venv)",
            )
        })?;
    }
    let pip = |args: &[&str]| {
        let mut command = Command::new(&python);
        command
            .args(["-m", "pip", "--disable-pip-version-check"])
            .args(args)
            .current_dir(&root);
        command
    };
    step("pip install pytest mypy (into the venv)", || {
        run(
            &mut pip(&["install", "--quiet", "pytest", "mypy"]),
            "pip install pytest mypy",
        )
    })?;
    step(
        "pip install ./bindings/python (maturin, release build)",
        || {
            let t = std::time::Instant::now();
            // The build shares the workspace's target directory, so ferrite-core is compiled once
            // per profile, not once per install.
            let res = run(
                pip(&[
                    "install",
                    "--quiet",
                    "--force-reinstall",
                    "--no-deps",
                    "./bindings/python",
                ])
                .env("CARGO_TARGET_DIR", &target),
                "pip install ./bindings/python",
            );
            println!(
                "(built and installed in {:.0} s)",
                t.elapsed().as_secs_f64()
            );
            res
        },
    )?;
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    step(
        "pytest: the table's examples and the binding's tests",
        || {
            run(
                Command::new(&python)
                    .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp"])
                    .arg(scratch.join("pytest"))
                    .arg(root.join("generated/python/test_examples.py"))
                    .arg(root.join("bindings/python/tests"))
                    // The installed package, never a `ferrite` directory next to the tests.
                    .current_dir(&scratch),
                "pytest",
            )
        },
    )?;
    let example = root.join("bindings/python/examples/typed_example.py");
    step(
        "mypy --strict: the typed example and the installed stubs",
        || {
            run(
                Command::new(&python)
                    .args([
                        "-m",
                        "mypy",
                        "--strict",
                        "--no-incremental",
                        "--package",
                        "ferrite",
                    ])
                    .current_dir(&scratch),
                "mypy --strict --package ferrite",
            )?;
            run(
                Command::new(&python)
                    .args(["-m", "mypy", "--strict", "--no-incremental"])
                    .arg(&example)
                    .current_dir(&scratch),
                "mypy --strict typed_example.py",
            )
        },
    )?;
    step("the typed example runs", || {
        run(
            Command::new(&python).arg(&example).current_dir(&scratch),
            "python typed_example.py",
        )
    })?;
    let _ = std::fs::remove_dir_all(&scratch);
    println!(
        "xtask py-test: all Python tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

// ---------------------------------------------------------------------------- go-test

/// The oldest Go the binding supports (`bindings/go/go.mod`; `GOEXPERIMENT=cgocheck2`).
const GO_MIN_MINOR: u32 = 21;

/// The minor version of the Go at `go` (`go1.26.8` -> 26), if it runs.
fn go_minor(go: &Path) -> Option<u32> {
    let out = Command::new(go)
        .args(["env", "GOVERSION"])
        .env("GOTOOLCHAIN", "local")
        .output()
        .ok()?;
    let version = String::from_utf8_lossy(&out.stdout);
    version
        .trim()
        .strip_prefix("go1.")?
        .split(['.', 'r', 'b'])
        .next()?
        .parse()
        .ok()
}

/// A Go toolchain of at least 1.21: `go` on `PATH`, `/usr/local/go/bin/go`, or the newest
/// `/usr/lib/go-1.N/bin/go` (Debian's versioned packages).
fn find_go() -> anyhow::Result<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join("go"))
                .collect()
        })
        .unwrap_or_default();
    candidates.push(PathBuf::from("/usr/local/go/bin/go"));
    let mut debian: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let minor = name.strip_prefix("go-1.")?.parse().ok()?;
                    Some((minor, e.path().join("bin/go")))
                })
                .collect()
        })
        .unwrap_or_default();
    debian.sort();
    candidates.extend(debian.into_iter().rev().map(|(_, path)| path));
    let mut found = Vec::new();
    for go in candidates.into_iter().filter(|p| p.is_file()) {
        match go_minor(&go) {
            Some(minor) if minor >= GO_MIN_MINOR => return Ok(go),
            Some(minor) => found.push(format!("{} is Go 1.{minor}", go.display())),
            None => {}
        }
    }
    bail!(
        "the Go binding needs Go >= 1.{GO_MIN_MINOR} ({}); install it from https://go.dev/dl \
         (into /usr/local/go) or Debian's backports (golang-1.22-go); scripts/install-deps.sh \
         installs Debian's golang-go when no Go is present",
        if found.is_empty() {
            "none found".to_string()
        } else {
            found.join(", ")
        }
    )
}

fn go_test() -> anyhow::Result<()> {
    let root = root();
    let started = std::time::Instant::now();
    let go = find_go()?;
    let go_bin = go.parent().map(Path::to_path_buf).unwrap_or_default();
    // The Go tools the tests start (the README program's build, gofmt) are the same ones.
    let path = std::env::join_paths(
        std::iter::once(go_bin.clone()).chain(
            std::env::var_os("PATH")
                .iter()
                .flat_map(std::env::split_paths),
        ),
    )?;
    println!("xtask go-test: {}", go.display());
    step(
        "the static library: cargo build --release -p ferrite-c",
        || {
            run(
                cargo()
                    .args(["build", "--release", "-p", "ferrite-c"])
                    .current_dir(&root),
                "cargo build --release -p ferrite-c",
            )
        },
    )?;
    step("gofmt -l bindings/go generated/go", || {
        let out = Command::new(go_bin.join("gofmt"))
            .args(["-l", "bindings/go", "generated/go"])
            .current_dir(&root)
            .output()
            .context("starting gofmt")?;
        let listed = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() || !listed.trim().is_empty() {
            bail!(
                "gofmt -l lists files to format (or failed):\n{listed}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    })?;
    let dir = root.join("bindings/go");
    let go_cmd = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = Command::new(&go);
        command
            .args(args)
            .current_dir(&dir)
            .env("PATH", &path)
            .env("GOTOOLCHAIN", "local")
            .env("CGO_ENABLED", "1");
        for (k, v) in env {
            command.env(k, v);
        }
        command
    };
    type Run<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)]);
    let runs: [Run; 4] = [
        ("go vet ./...", &["vet", "./..."], &[]),
        ("go test ./...", &["test", "-count=1", "./..."], &[]),
        (
            "go test -race ./...",
            &["test", "-count=1", "-race", "./..."],
            &[],
        ),
        (
            "GOEXPERIMENT=cgocheck2 go test ./...",
            &["test", "-count=1", "./..."],
            &[("GOEXPERIMENT", "cgocheck2")],
        ),
    ];
    for (name, args, env) in runs {
        step(name, || run(&mut go_cmd(args, env), name))?;
    }
    println!(
        "xtask go-test: passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

// ---------------------------------------------------------------------------- c-test

/// The strict flags every C compilation uses.
const C_FLAGS: &[&str] = &["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g"];
const CXX_FLAGS: &[&str] = &["-std=c++11", "-Wall", "-Wextra", "-Werror", "-pedantic"];
/// How valgrind runs every C test program: any memory error or definite leak fails it.
const VALGRIND: &[&str] = &[
    "--error-exitcode=1",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
    "--show-possibly-lost=no",
];

/// One C test program of `bindings/c/tests/`: source file, arguments.
struct CProgram {
    name: &'static str,
    source: PathBuf,
    args: Vec<String>,
}

fn c_test() -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let root = root();
    let target = target_dir(&root);
    let lib_dir = target.join("debug");
    let out = target.join("ctest");
    let include = root.join("generated/c");
    let header = include.join("ferrite.h");
    require_tools(&["gcc", "g++", "valgrind", "nm"])?;
    step("cargo build -p ferrite-c", || {
        run(
            cargo()
                .args(["build", "-p", "ferrite-c"])
                .current_dir(&root),
            "cargo build -p ferrite-c",
        )
    })?;
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;

    step("ferrite.h compiles alone as C99 and as C++11", || {
        // Included twice: the include guard works.
        let unit = "#include \"ferrite.h\"\n#include \"ferrite.h\"\nint main(void) { return ferrite_version() == 0; }\n";
        let c_unit = out.join("header_c.c");
        let cxx_unit = out.join("header_cxx.cpp");
        std::fs::write(&c_unit, unit)?;
        std::fs::write(&cxx_unit, unit.replace("(void)", "()"))?;
        run(
            Command::new("gcc")
                .args(C_FLAGS)
                .arg("-I")
                .arg(&include)
                .arg("-fsyntax-only")
                .arg(&c_unit),
            "gcc -std=c99 on ferrite.h",
        )?;
        run(
            Command::new("g++")
                .args(CXX_FLAGS)
                .arg("-I")
                .arg(&include)
                .arg("-fsyntax-only")
                .arg(&cxx_unit),
            "g++ -std=c++11 on ferrite.h",
        )
    })?;

    // The functions ferrite.h declares, one per line: the misuse test checks it covers each.
    let declared = header_functions(&std::fs::read_to_string(&header)?);
    let declared_list = out.join("declared.txt");
    std::fs::write(
        &declared_list,
        declared
            .iter()
            .map(|f| format!("{f}\n"))
            .collect::<String>(),
    )
    .with_context(|| format!("writing {}", declared_list.display()))?;
    step(
        "the library exports exactly what ferrite.h declares",
        || {
            let nm = Command::new("nm")
                .args(["-D", "--defined-only"])
                .arg(lib_dir.join("libferrite.so"))
                .output()
                .context("running nm")?;
            if !nm.status.success() {
                bail!("nm failed: {}", String::from_utf8_lossy(&nm.stderr));
            }
            let exported: std::collections::BTreeSet<String> = String::from_utf8_lossy(&nm.stdout)
                .lines()
                .filter_map(|l| {
                    let mut parts = l.split_whitespace();
                    let (kind, name) = (parts.nth(1)?, parts.next()?);
                    (kind == "T" && name.starts_with("ferrite_")).then(|| name.to_string())
                })
                .collect();
            let undeclared: Vec<&String> = exported.difference(&declared).collect();
            let missing: Vec<&String> = declared.difference(&exported).collect();
            if !undeclared.is_empty() || !missing.is_empty() {
                bail!(
                "exported but not declared in ferrite.h: {undeclared:?}; declared but not exported: {missing:?}"
            );
            }
            println!("{} functions declared and exported", declared.len());
            Ok(())
        },
    )?;

    let tests = root.join("bindings/c/tests");
    let readme_dir = out.join("readme-run");
    let programs = [
        CProgram {
            name: "examples",
            source: tests.join("examples_main.c"),
            args: vec![],
        },
        CProgram {
            name: "misuse",
            source: tests.join("misuse_main.c"),
            args: vec![declared_list.display().to_string()],
        },
        CProgram {
            name: "suite",
            source: tests.join("suite.c"),
            args: vec![],
        },
        CProgram {
            name: "cycles",
            source: tests.join("cycles.c"),
            args: vec![],
        },
        CProgram {
            name: "readme",
            source: out.join("readme.c"),
            args: vec![],
        },
    ];
    step("README.md's \"Use from C\" program is extracted", || {
        let readme = std::fs::read_to_string(root.join("README.md"))?;
        let code = readme_c_block(&readme)
            .context("README.md has no ```c block under \"## Use from C\"")?;
        std::fs::write(out.join("readme.c"), code)?;
        Ok(())
    })?;
    let static_lib = lib_dir.join("libferrite.a");
    for program in &programs {
        step(
            &format!("compile {} (static library)", program.name),
            || {
                compile(
                    &program.source,
                    &include,
                    &out.join(program.name),
                    &[static_lib.as_os_str().to_owned()],
                )
            },
        )?;
    }
    for program in &programs {
        step(&format!("valgrind {}", program.name), || {
            let _ = std::fs::remove_dir_all(&readme_dir);
            std::fs::create_dir_all(&readme_dir)?;
            let t = std::time::Instant::now();
            let mut command = Command::new("valgrind");
            command
                .args(VALGRIND)
                .arg(out.join(program.name))
                .args(&program.args)
                .env("TMPDIR", &readme_dir)
                .current_dir(&readme_dir);
            let res = run_valgrind(&mut command, program.name);
            let _ = std::fs::remove_dir_all(&readme_dir);
            println!(
                "({} under valgrind: {:.1} s)",
                program.name,
                t.elapsed().as_secs_f64()
            );
            res
        })?;
    }
    step("suite linked against the shared library", || {
        let binary = out.join("suite-shared");
        let mut rpath = std::ffi::OsString::from("-Wl,-rpath,");
        rpath.push(&lib_dir);
        let mut lib_path = std::ffi::OsString::from("-L");
        lib_path.push(&lib_dir);
        compile(
            &tests.join("suite.c"),
            &include,
            &binary,
            &[lib_path, "-lferrite".into(), rpath],
        )?;
        let needed = Command::new("readelf").arg("-d").arg(&binary).output();
        if let Ok(needed) = needed {
            if !String::from_utf8_lossy(&needed.stdout).contains("libferrite.so") {
                bail!("{} does not load libferrite.so", binary.display());
            }
        }
        run(&mut Command::new(&binary), "suite-shared")
    })?;
    println!(
        "xtask c-test: all C tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Compiles one C test program with the strict flags, linking `libs` (and what Rust's std needs).
fn compile(
    source: &Path,
    include: &Path,
    output: &Path,
    libs: &[std::ffi::OsString],
) -> anyhow::Result<()> {
    run(
        Command::new("gcc")
            .args(C_FLAGS)
            .arg("-I")
            .arg(include)
            .arg(source)
            .args(libs)
            .args(["-lpthread", "-ldl", "-lm", "-o"])
            .arg(output),
        &format!("gcc {}", source.display()),
    )
}

/// Runs a program under valgrind: its output as it comes, valgrind's summary lines after (all of
/// valgrind's report when it fails).
fn run_valgrind(command: &mut Command, name: &str) -> anyhow::Result<()> {
    let output = command
        .output()
        .with_context(|| format!("starting valgrind {name}"))?;
    print!("{}", String::from_utf8_lossy(&output.stdout));
    let report = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        eprint!("{report}");
        bail!("{name} failed under valgrind ({})", output.status);
    }
    for line in report.lines().filter(|l| {
        l.contains("ERROR SUMMARY")
            || l.contains("definitely lost:")
            || l.contains("in use at exit:")
            || l.contains("All heap blocks were freed")
    }) {
        println!("{line}");
    }
    Ok(())
}

/// The functions a C header declares: every `ferrite_<name>` followed by `(` outside comments.
fn header_functions(text: &str) -> std::collections::BTreeSet<String> {
    let mut code = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
        code.push(' ');
    }
    code.push_str(rest);
    let bytes = code.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut names = std::collections::BTreeSet::new();
    let mut i = 0;
    while let Some(found) = code[i..].find("ferrite_") {
        let start = i + found;
        let mut end = start;
        while end < bytes.len() && ident(bytes[end]) {
            end += 1;
        }
        let after = code[end..].trim_start();
        if (start == 0 || !ident(bytes[start - 1])) && after.starts_with('(') {
            names.insert(code[start..end].to_string());
        }
        i = end;
    }
    names
}

/// The first ```c block after the heading "## Use from C" (before the next "## " heading).
fn readme_c_block(readme: &str) -> Option<String> {
    let section = readme.split("\n## Use from C\n").nth(1)?;
    let section = section.split("\n## ").next()?;
    let block = section.split("\n```c\n").nth(1)?;
    let end = block.find("\n```")?;
    Some(format!("{}\n", &block[..end]))
}

fn bench() -> anyhow::Result<()> {
    run(
        cargo()
            .args([
                "bench", "-p", "ferrite", "--bench", "inmem", "--bench", "durable",
            ])
            .current_dir(root()),
        "cargo bench",
    )
}

/// The targets of `fuzz/Cargo.toml` (and of `ferrite_core::fuzzing::TARGETS`).
const FUZZ_TARGETS: &[&str] = &[
    "wal_decode",
    "snapshot_decode",
    "entry_decode",
    "number_parse",
];

fn fuzz(args: &[String]) -> anyhow::Result<()> {
    let Some(target) = args.first() else {
        bail!(
            "usage: cargo xtask fuzz <target> [seconds]; targets: {}",
            FUZZ_TARGETS.join(", ")
        );
    };
    if !FUZZ_TARGETS.contains(&target.as_str()) {
        bail!(
            "unknown fuzz target {target:?}; targets: {}",
            FUZZ_TARGETS.join(", ")
        );
    }
    let seconds: u64 = match args.get(1) {
        Some(s) => s
            .parse()
            .with_context(|| format!("seconds: {s:?} is not a number"))?,
        None => 60,
    };
    let installed = cargo()
        .args(["fuzz", "--version"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !installed {
        bail!("cargo-fuzz is not installed: `cargo install cargo-fuzz` (the corpus replay test, `cargo test -p ferrite-core --test fuzz_corpus`, needs nothing)");
    }
    let dir = root().join("fuzz");
    let local = dir.join("local-corpus").join(target);
    std::fs::create_dir_all(&local).with_context(|| format!("creating {}", local.display()))?;
    let mut command = cargo();
    command
        .current_dir(&dir)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", target.as_str()])
        .arg(&local)
        .arg(dir.join("corpus").join(target))
        .args([
            "--",
            "-max_len=65536",
            "-rss_limit_mb=2048",
            "-malloc_limit_mb=256",
            "-timeout=5",
        ]);
    if seconds == 0 {
        command.arg("-runs=0");
    } else {
        command.arg(format!("-max_total_time={seconds}"));
    }
    run(&mut command, &format!("cargo fuzz run {target}"))
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn run(command: &mut Command, what: &str) -> anyhow::Result<()> {
    let status = command
        .status()
        .with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> anyhow::Result<()>) -> anyhow::Result<()> {
    println!("==> {name}");
    f().with_context(|| format!("step failed: {name}"))
}
