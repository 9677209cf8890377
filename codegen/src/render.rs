//! Stage 5, render: askama templates -> an in-memory map of path -> text, then the finish:
//! banner, `\n` line ends, rustfmt (Rust) or gofmt (Go).
//!
//! Invariants: output is deterministic (sorted paths, commands in model order, no timestamps,
//! tool versions or absolute paths); every generated file starts with `BANNER`.

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use anyhow::{bail, Context};
use askama::Template;

use crate::model::Model;
use crate::targets::rust::{self, DispatchView, ExampleView, LogFnView, MethodView, OptionsView};
use crate::targets::{c, go, node, python};

/// The first line of every generated file (in the file's comment syntax).
pub const BANNER: &str = "Generated from commands.yaml by cargo xtask gen. Do not edit.";

/// Generated files: path relative to `generated/` -> contents.
pub type Files = BTreeMap<String, String>;

/// A receiver of the command methods.
pub struct Receiver {
    /// `<'a>` or empty.
    pub generics: &'static str,
    /// `Database` or `Transaction<'a>`.
    pub ty: &'static str,
}

const RECEIVERS: [Receiver; 2] = [
    Receiver {
        generics: "",
        ty: "Database",
    },
    Receiver {
        generics: "<'a>",
        ty: "Transaction<'a>",
    },
];

#[derive(Template)]
#[template(path = "rust/mod.rs.jinja", escape = "none")]
struct ModRs {
    hash: String,
    reexports: Vec<String>,
}

#[derive(Template)]
#[template(path = "rust/database.rs.jinja", escape = "none")]
struct DatabaseRs<'a> {
    receivers: &'a [Receiver],
    methods: Vec<MethodView>,
    log_fns: Vec<LogFnView>,
}

#[derive(Template)]
#[template(path = "rust/options.rs.jinja", escape = "none")]
struct OptionsRs {
    structs: Vec<OptionsView>,
}

#[derive(Template)]
#[template(path = "rust/execute.rs.jinja", escape = "none")]
struct ExecuteRs {
    commands: Vec<DispatchView>,
}

#[derive(Template)]
#[template(path = "rust/examples.rs.jinja", escape = "none")]
struct ExamplesRs {
    examples: Vec<ExampleView>,
}

#[derive(Template)]
#[template(path = "c/ferrite.h.jinja", escape = "none")]
struct FerriteH<'a> {
    api: &'a c::CApi,
    hash: String,
}

#[derive(Template)]
#[template(path = "c/ffi.rs.jinja", escape = "none")]
struct FfiRs<'a> {
    api: &'a c::CApi,
}

#[derive(Template)]
#[template(path = "c/examples.c.jinja", escape = "none")]
struct ExamplesC {
    examples: Vec<c::ExampleView>,
}

#[derive(Template)]
#[template(path = "c/misuse.c.jinja", escape = "none")]
struct MisuseC {
    view: c::MisuseView,
}

#[derive(Template)]
#[template(path = "go/commands.go.jinja", escape = "none")]
struct CommandsGo<'a> {
    api: &'a go::GoApi,
}

#[derive(Template)]
#[template(path = "go/examples_test.go.jinja", escape = "none")]
struct ExamplesGo {
    examples: Vec<go::GoExample>,
}

#[derive(Template)]
#[template(path = "python/commands.rs.jinja", escape = "none")]
struct PythonCommandsRs<'a> {
    receivers: &'a [&'a str],
    api: &'a python::PyApi,
}

/// A class of the Python stubs that has the command methods.
struct StubReceiver {
    name: &'static str,
    /// `Database` (else `Transaction`).
    database: bool,
}

#[derive(Template)]
#[template(path = "python/ferrite.pyi.jinja", escape = "none")]
struct FerritePyi<'a> {
    stub_receivers: &'a [StubReceiver],
    api: &'a python::PyApi,
}

#[derive(Template)]
#[template(path = "python/test_examples.py.jinja", escape = "none")]
struct TestExamplesPy {
    examples: Vec<python::ExampleView>,
}

#[derive(Template)]
#[template(path = "node/commands.rs.jinja", escape = "none")]
struct NodeCommandsRs<'a> {
    api: &'a node::NodeApi,
}

#[derive(Template)]
#[template(path = "node/index.d.ts.jinja", escape = "none")]
struct NodeIndexDts<'a> {
    api: &'a node::NodeApi,
}

#[derive(Template)]
#[template(path = "node/examples.test.mjs.jinja", escape = "none")]
struct NodeExamplesMjs {
    hash: String,
    examples: Vec<node::ExampleView>,
}

#[derive(Template)]
#[template(path = "rust/api.txt.jinja", escape = "none")]
struct ApiTxt<'a> {
    receivers: &'a [Receiver],
    methods: Vec<MethodView>,
    structs: Vec<OptionsView>,
}

fn all_methods(model: &Model) -> Vec<MethodView> {
    model.commands.iter().flat_map(rust::methods).collect()
}

fn all_options(model: &Model) -> Vec<OptionsView> {
    model.commands.iter().filter_map(rust::options).collect()
}

/// Renders every file of every target.
pub fn render(model: &Model) -> anyhow::Result<Files> {
    let mut files = Files::new();
    let rust_files: [(&str, String); 5] = [
        (
            "rust/mod.rs",
            ModRs {
                hash: format!("0x{:016x}", model.hash()),
                reexports: rust::reexports(model),
            }
            .render()?,
        ),
        (
            "rust/database.rs",
            DatabaseRs {
                receivers: &RECEIVERS,
                methods: all_methods(model),
                log_fns: model.commands.iter().filter_map(rust::log_fn).collect(),
            }
            .render()?,
        ),
        (
            "rust/options.rs",
            OptionsRs {
                structs: all_options(model),
            }
            .render()?,
        ),
        (
            "rust/execute.rs",
            ExecuteRs {
                commands: model.commands.iter().map(rust::dispatch).collect(),
            }
            .render()?,
        ),
        (
            "rust/examples.rs",
            ExamplesRs {
                examples: model.commands.iter().flat_map(rust::examples).collect(),
            }
            .render()?,
        ),
    ];
    for (path, text) in rust_files {
        let text = format!("// {BANNER}\n{}", normalise(&text));
        let text = rustfmt(&text).with_context(|| format!("formatting generated {path}"))?;
        files.insert(path.to_string(), text);
    }
    let api = c::api(model)?;
    let header = FerriteH {
        api: &api,
        hash: format!("0x{:016x}", model.hash()),
    }
    .render()?;
    files.insert(
        "c/ferrite.h".to_string(),
        format!("/* {BANNER} */\n{}", normalise(&header)),
    );
    let c_files: [(&str, String); 2] = [
        (
            "c/examples.c",
            ExamplesC {
                examples: c::examples(model),
            }
            .render()?,
        ),
        (
            "c/misuse.c",
            MisuseC {
                view: c::misuse(&api),
            }
            .render()?,
        ),
    ];
    for (path, text) in c_files {
        files.insert(
            path.to_string(),
            format!("/* {BANNER} */\n{}", normalise(&text)),
        );
    }
    let ffi = FfiRs { api: &api }.render()?;
    let ffi = format!("// {BANNER}\n{}", normalise(&ffi));
    files.insert(
        "c/ffi.rs".to_string(),
        rustfmt(&ffi).context("formatting generated c/ffi.rs")?,
    );
    let go_api = go::api(model)?;
    let go_files: [(&str, String); 2] = [
        ("go/commands.go", CommandsGo { api: &go_api }.render()?),
        (
            "go/examples_test.go",
            ExamplesGo {
                examples: model.commands.iter().flat_map(go::examples).collect(),
            }
            .render()?,
        ),
    ];
    for (path, text) in go_files {
        let text = format!(
            "// {BANNER}\n// Code generated by cargo xtask gen from commands.yaml. DO NOT EDIT.\n\n{}",
            normalise(&text)
        );
        let text = gofmt(&text).with_context(|| format!("formatting generated {path}"))?;
        files.insert(path.to_string(), text);
    }
    let py_api = python::api(model)?;
    let commands = PythonCommandsRs {
        receivers: &["crate::Database", "crate::Transaction"],
        api: &py_api,
    }
    .render()?;
    let commands = format!("// {BANNER}\n{}", normalise(&commands));
    files.insert(
        "python/commands.rs".to_string(),
        rustfmt(&commands).context("formatting generated python/commands.rs")?,
    );
    let python_files: [(&str, String); 2] = [
        (
            "python/ferrite.pyi",
            FerritePyi {
                stub_receivers: &[
                    StubReceiver {
                        name: "Database",
                        database: true,
                    },
                    StubReceiver {
                        name: "Transaction",
                        database: false,
                    },
                ],
                api: &py_api,
            }
            .render()?,
        ),
        (
            "python/test_examples.py",
            TestExamplesPy {
                examples: python::examples(model),
            }
            .render()?,
        ),
    ];
    for (path, text) in python_files {
        files.insert(
            path.to_string(),
            format!("# {BANNER}\n{}", normalise(&text)),
        );
    }
    let node_api = node::api(model)?;
    let commands = NodeCommandsRs { api: &node_api }.render()?;
    let commands = format!("// {BANNER}\n{}", normalise(&commands));
    files.insert(
        "node/commands.rs".to_string(),
        rustfmt(&commands).context("formatting generated node/commands.rs")?,
    );
    let node_files: [(&str, String); 2] = [
        ("node/index.d.ts", NodeIndexDts { api: &node_api }.render()?),
        (
            "node/examples.test.mjs",
            NodeExamplesMjs {
                hash: format!("{:016x}", model.hash()),
                examples: model.commands.iter().flat_map(node::examples).collect(),
            }
            .render()?,
        ),
    ];
    for (path, text) in node_files {
        files.insert(
            path.to_string(),
            format!("// {BANNER}\n{}", normalise(&text)),
        );
    }
    Ok(files)
}

/// The public Rust API surface (receivers, method signatures, options structs), for review.
pub fn rust_api_surface(model: &Model) -> anyhow::Result<String> {
    let text = ApiTxt {
        receivers: &RECEIVERS,
        methods: all_methods(model),
        structs: all_options(model),
    }
    .render()?;
    Ok(normalise(&text))
}

/// `\r\n` -> `\n`, no trailing spaces, exactly one final newline.
fn normalise(text: &str) -> String {
    let mut out: String = text
        .replace("\r\n", "\n")
        .lines()
        .map(|l| l.trim_end().to_string() + "\n")
        .collect();
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The `gofmt` to run: on `PATH`, else in `$GOROOT/bin` or `/usr/local/go/bin`.
fn gofmt_path() -> std::path::PathBuf {
    let found = |dir: std::path::PathBuf| {
        let path = dir.join("gofmt");
        path.is_file().then_some(path)
    };
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).find_map(found))
        .or_else(|| {
            std::env::var_os("GOROOT")
                .and_then(|root| found(std::path::Path::new(&root).join("bin")))
        })
        .or_else(|| found("/usr/local/go/bin".into()))
        .unwrap_or_else(|| "gofmt".into())
}

/// Formats Go source with `gofmt` through stdin.
pub fn gofmt(source: &str) -> anyhow::Result<String> {
    let gofmt = gofmt_path();
    let mut child = Command::new(&gofmt)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| {
            format!(
                "running {} (is Go installed? scripts/install-deps.sh installs it)",
                gofmt.display()
            )
        })?;
    let mut stdin = child.stdin.take().context("gofmt stdin")?;
    let input = source.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("gofmt writer panicked"))??;
    if !output.status.success() {
        bail!(
            "gofmt failed:\n{}\n--- input ---\n{source}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8(output.stdout)?)
}

/// Formats Rust source with `rustfmt --edition 2021` through stdin.
pub fn rustfmt(source: &str) -> anyhow::Result<String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running rustfmt (is it installed? `rustup component add rustfmt`)")?;
    let mut stdin = child.stdin.take().context("rustfmt stdin")?;
    let input = source.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("rustfmt writer panicked"))??;
    if !output.status.success() {
        bail!(
            "rustfmt failed:\n{}\n--- input ---\n{source}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8(output.stdout)?)
}
