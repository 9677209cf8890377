//! Compiles the fixture table's generated Rust against stub handlers, so the whole argument,
//! reply and form algebra is type-checked, not only snapshotted. Ignored by default (it runs
//! cargo); run it with `cargo test -p codegen --test fixture_compiles -- --ignored`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::model::{ArgKind, Model, Parse, Scalar};
use codegen::targets::rust;

/// The stub `ferrite_core`: the real crate's items plus stub handlers and enums per group.
fn stub_core(model: &Model) -> String {
    let mut out = String::from(
        "pub use real::*;\npub use real::{parse, reply, Ctx, Error, KeyType, Reply, Result};\n",
    );
    out.push_str("pub mod commands {\n");
    for group in codegen::model::GROUPS {
        writeln!(
            out,
            "pub mod {group} {{ #[allow(unused_imports)] use crate::{{Ctx, Reply, Result}};"
        )
        .unwrap();
        if *group == "zset" {
            // As in the real core: a score bound is Copy, a lex bound owns its text.
            for (bound, derives) in [
                ("ScoreBound", "Clone, Copy, Debug, PartialEq"),
                ("LexBound", "Clone, Debug, PartialEq"),
            ] {
                writeln!(
                    out,
                    "#[derive({derives})] pub struct {bound}; impl {bound} {{ pub fn parse(_: &[u8]) -> Result<{bound}> {{ Ok({bound}) }} pub fn to_arg(&self) -> Vec<u8> {{ Vec::new() }} }} impl From<f64> for {bound} {{ fn from(_: f64) -> {bound} {{ {bound} }} }}"
                )
                .unwrap();
            }
        }
        for cmd in model.commands.iter().filter(|c| c.group == *group) {
            for arg in &cmd.args {
                let mut oneofs = vec![arg];
                if let ArgKind::Block(members) = &arg.kind {
                    oneofs.extend(members);
                }
                for arg in oneofs {
                    if let ArgKind::OneOf(oneof) = &arg.kind {
                        let variants: Vec<String> = oneof
                            .alternatives
                            .iter()
                            .map(|alt| match alt.value {
                                Some(Scalar::Integer) => format!("{}(i64)", alt.variant),
                                Some(_) => format!("{}(f64)", alt.variant),
                                None => alt.variant.clone(),
                            })
                            .collect();
                        writeln!(
                            out,
                            "#[derive(Clone, Copy, Debug, PartialEq)] pub enum {} {{ {} }}",
                            oneof.enum_name,
                            variants.join(", ")
                        )
                        .unwrap();
                    }
                }
            }
            let params: Vec<String> = rust::handler_params(cmd)
                .into_iter()
                .map(|(name, ty)| format!("{name}: {}", ty.replace("ferrite_core::", "crate::")))
                .collect();
            writeln!(
                out,
                "#[allow(unused_variables)] pub fn {}(ctx: &Ctx<'_, '_>, {}) -> crate::{} {{ unimplemented!() }}",
                cmd.names.rust,
                params.join(", "),
                rust::handler_return(cmd).replace("ferrite_core::", "crate::")
            )
            .unwrap();
            if cmd.parse == Parse::Custom {
                writeln!(
                    out,
                    "pub fn {}_argv(_: &Ctx<'_, '_>, _: &[&[u8]]) -> Result<Reply> {{ unimplemented!() }}",
                    cmd.names.rust
                )
                .unwrap();
            }
        }
        out.push_str("}\n");
    }
    out.push_str("}\n");
    out
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
#[ignore = "runs cargo build on a scratch workspace"]
fn fixture_output_compiles() {
    let codegen_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = codegen::files::workspace_root(codegen_dir);
    let model =
        codegen::files::load_model(&codegen_dir.join("tests/fixtures/algebra.yaml")).unwrap();
    let files = codegen::render::render(&model).unwrap();
    let scratch: PathBuf = root.join("target/fixture-compiles");
    let _ = std::fs::remove_dir_all(&scratch);
    for (path, text) in &files {
        write(&scratch.join("generated").join(path), text);
    }
    write(
        &scratch.join("Cargo.toml"),
        "[workspace]\nmembers = [\"core\", \"ferrite\"]\nresolver = \"2\"\n",
    );
    write(
        &scratch.join("core/Cargo.toml"),
        &format!(
            "[package]\nname = \"ferrite-core-stub\"\nversion = \"0.0.0\"\nedition = \"2021\"\n[lib]\nname = \"ferrite_core\"\n[dependencies]\nreal = {{ package = \"ferrite-core\", path = {:?} }}\n",
            root.join("ferrite-core")
        ),
    );
    write(&scratch.join("core/src/lib.rs"), &stub_core(&model));
    write(
        &scratch.join("ferrite/Cargo.toml"),
        "[package]\nname = \"ferrite\"\nversion = \"0.0.0\"\nedition = \"2021\"\n[dependencies]\nferrite-core = { package = \"ferrite-core-stub\", path = \"../core\" }\n",
    );
    let bindings = root.join("bindings/rust/src");
    // The command glue only: hand-written extras (iterators, ...) use the real table's methods.
    write(
        &scratch.join("ferrite/src/lib.rs"),
        "pub mod embedded;\nmod convert_ext;\nmod execute_ext;\n",
    );
    for file in ["embedded.rs", "convert_ext.rs", "execute_ext.rs"] {
        let text = std::fs::read_to_string(bindings.join(file)).unwrap();
        let text = text.replace(
            "../../../generated/rust/mod.rs",
            "../../generated/rust/mod.rs",
        );
        let text: String = text
            .lines()
            .filter(|l| !l.contains("crate::iter::"))
            .map(|l| format!("{l}\n"))
            .collect();
        write(&scratch.join("ferrite/src").join(file), &text);
    }
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--manifest-path"])
        .arg(scratch.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", root.join("target"))
        .status()
        .unwrap();
    assert!(
        status.success(),
        "the fixture's generated Rust does not compile (see above)"
    );
}
