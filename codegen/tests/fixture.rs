//! Snapshots of everything the generator writes for the fixture table `fixtures/algebra.yaml`,
//! which exercises every argument type, reply kind and form feature.

use std::path::Path;

fn fixture() -> codegen::model::Model {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/algebra.yaml");
    codegen::files::load_model(&path).unwrap_or_else(|err| panic!("{err:#}"))
}

#[test]
fn fixture_output() {
    let files = codegen::render::render(&fixture()).unwrap();
    for (path, text) in &files {
        insta::assert_snapshot!(format!("fixture_{}", path.replace('/', "_")), text);
    }
}

#[test]
fn fixture_api_surface() {
    insta::assert_snapshot!(codegen::render::rust_api_surface(&fixture()).unwrap());
}

#[test]
fn fixture_model_names_and_arity() {
    let model = fixture();
    let summary: Vec<String> = model
        .commands
        .iter()
        .map(|c| {
            let methods: Vec<String> = c
                .methods
                .iter()
                .map(|m| {
                    format!(
                        "{}/{}/{}/{}/{}",
                        m.names.rust, m.names.python, m.names.node, m.names.go, m.names.c
                    )
                })
                .collect();
            format!(
                "{} {} min={} max={:?} | {}",
                c.name,
                c.syntax,
                c.arity.min,
                c.arity.max,
                methods.join(" ")
            )
        })
        .collect();
    insta::assert_snapshot!(summary.join("\n"));
}

#[test]
fn rendering_is_deterministic() {
    let model = fixture();
    assert_eq!(
        codegen::render::render(&model).unwrap(),
        codegen::render::render(&model).unwrap()
    );
    assert_eq!(model.hash(), fixture().hash());
}
