//! Proc macros that keep hand-written code honest against `commands.yaml`.
//!
//! `#[command(NAME)]` marks the core handler of a command. At compile time it loads the table
//! (`../commands.yaml` from the crate being compiled, else the nearest ancestor directory that has
//! one, else the workspace of this crate), finds the command, and checks the handler's name,
//! parameter count, each parameter's type and the return type against the rules of
//! `codegen::targets::rust` (ARCHITECTURE.md, "Argument types and handler signatures"), with a
//! spanned error for each disagreement. Types compare syntactically: lifetimes are ignored and a
//! path compares by its last segment (`crate::commands::zset::ScoreBound` = `ScoreBound`).
//! Invariant: the rules live in `codegen`; this crate only compares.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use codegen::model::{Command, Model};
use codegen::targets::rust;
use proc_macro::TokenStream;
use quote::{quote, ToTokens};
use syn::{FnArg, ItemFn, ReturnType, Type};

/// Marks the core handler of the command `NAME` of `commands.yaml` and checks its signature.
#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    let name = syn::parse_macro_input!(attr as syn::Ident);
    let func = syn::parse_macro_input!(item as ItemFn);
    let mut errors = Vec::new();
    let tracking = match load() {
        Ok((path, model)) => {
            check(&model, &name, &func, &mut errors);
            let path = path.to_string_lossy().into_owned();
            // Makes cargo rebuild the crate when the table changes.
            quote! { const _: &[u8] = include_bytes!(#path); }
        }
        Err(message) => {
            errors.push(syn::Error::new(name.span(), message));
            quote! {}
        }
    };
    let errors = errors.into_iter().map(|e| e.to_compile_error());
    quote! { #func #tracking #(#errors)* }.into()
}

/// The table path for the crate being compiled.
fn table_path() -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    if let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") {
        let dir = PathBuf::from(dir);
        candidates.push(dir.join("../commands.yaml"));
        candidates.extend(dir.ancestors().map(|d| d.join("commands.yaml")));
    }
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../commands.yaml"));
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .map(|p| p.canonicalize().unwrap_or(p))
        .ok_or_else(|| {
            "commands.yaml not found (looked in `..` of CARGO_MANIFEST_DIR and its ancestors)"
                .to_string()
        })
}

type Cached = (PathBuf, Option<SystemTime>, Arc<Model>);

/// The model of the table, cached per path and modification time for the macro's process.
fn load() -> Result<(PathBuf, Arc<Model>), String> {
    static CACHE: Mutex<Option<Cached>> = Mutex::new(None);
    let path = table_path()?;
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((cached_path, cached_modified, model)) = cache.as_ref() {
        if *cached_path == path && *cached_modified == modified {
            return Ok((path, Arc::clone(model)));
        }
    }
    let text =
        std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let table =
        codegen::table::parse(&text).map_err(|e| format!("parsing {}: {e:#}", path.display()))?;
    codegen::validate::validate(&table)
        .map_err(|issues| format!("{} is invalid:\n{issues}", path.display()))?;
    let model = Arc::new(Model::build(&table));
    *cache = Some((path.clone(), modified, Arc::clone(&model)));
    Ok((path, model))
}

fn check(model: &Model, name: &syn::Ident, func: &ItemFn, errors: &mut Vec<syn::Error>) {
    let Some(cmd) = model.commands.iter().find(|c| *name == c.name) else {
        errors.push(syn::Error::new(
            name.span(),
            format!("unknown command `{name}`: commands.yaml has no such command"),
        ));
        return;
    };
    let sig = &func.sig;
    if sig.ident != cmd.names.rust {
        errors.push(syn::Error::new(
            sig.ident.span(),
            format!(
                "the handler of {} must be named `{}`, not `{}`",
                cmd.name, cmd.names.rust, sig.ident
            ),
        ));
    }
    let expected = expected_params(cmd);
    let inputs: Vec<&FnArg> = sig.inputs.iter().collect();
    if inputs.len() != expected.len() {
        let names: Vec<&str> = expected.iter().map(|(name, _)| name.as_str()).collect();
        let error = |message: String| {
            if inputs.is_empty() {
                syn::Error::new(sig.paren_token.span.join(), message)
            } else {
                syn::Error::new_spanned(&sig.inputs, message)
            }
        };
        errors.push(error(format!(
            "the handler of {} takes {} parameters ({}), not {}",
            cmd.name,
            expected.len(),
            names.join(", "),
            inputs.len()
        )));
    } else {
        for (input, (param, ty)) in inputs.iter().zip(&expected) {
            let (tokens, actual) = match input {
                FnArg::Typed(typed) => (typed.ty.to_token_stream(), normalise(&typed.ty)),
                FnArg::Receiver(receiver) => (receiver.to_token_stream(), "self".to_string()),
            };
            let wanted = normalise_str(ty);
            if actual != wanted {
                errors.push(syn::Error::new_spanned(
                    tokens,
                    format!(
                        "parameter `{param}` of {} must have type `{wanted}`, not `{actual}`",
                        cmd.name
                    ),
                ));
            }
        }
    }
    let wanted = normalise_str(&rust::handler_return(cmd));
    match &sig.output {
        ReturnType::Type(_, ty) if normalise(ty) == wanted => {}
        ReturnType::Type(_, ty) => errors.push(syn::Error::new_spanned(
            ty,
            format!(
                "{} replies `{}`, so its handler returns `{wanted}`, not `{}`",
                cmd.name,
                cmd.reply.name(),
                normalise(ty)
            ),
        )),
        ReturnType::Default => errors.push(syn::Error::new(
            sig.ident.span(),
            format!(
                "{} replies `{}`, so its handler returns `{wanted}`",
                cmd.name,
                cmd.reply.name()
            ),
        )),
    }
}

/// `ctx: &Ctx`, then one parameter per argument of the table.
fn expected_params(cmd: &Command) -> Vec<(String, String)> {
    std::iter::once(("ctx".to_string(), "&Ctx".to_string()))
        .chain(rust::handler_params(cmd))
        .collect()
}

fn normalise_str(ty: &str) -> String {
    match syn::parse_str::<Type>(ty) {
        Ok(ty) => normalise(&ty),
        Err(_) => ty.replace(' ', ""),
    }
}

/// A type as text with lifetimes dropped and every path cut to its last segment.
fn normalise(ty: &Type) -> String {
    match ty {
        Type::Reference(r) => {
            format!(
                "&{}{}",
                if r.mutability.is_some() { "mut " } else { "" },
                normalise(&r.elem)
            )
        }
        Type::Slice(s) => format!("[{}]", normalise(&s.elem)),
        Type::Array(a) => format!("[{};{}]", normalise(&a.elem), a.len.to_token_stream()),
        Type::Tuple(t) if t.elems.len() == 1 => format!("({},)", normalise(&t.elems[0])),
        Type::Tuple(t) => format!(
            "({})",
            t.elems.iter().map(normalise).collect::<Vec<_>>().join(", ")
        ),
        Type::Paren(p) => normalise(&p.elem),
        Type::Group(g) => normalise(&g.elem),
        Type::Path(p) => match p.path.segments.last() {
            Some(last) => {
                let args = match &last.arguments {
                    syn::PathArguments::AngleBracketed(args) => {
                        let parts: Vec<String> = args
                            .args
                            .iter()
                            .filter_map(|arg| match arg {
                                syn::GenericArgument::Type(ty) => Some(normalise(ty)),
                                syn::GenericArgument::Lifetime(_) => None,
                                other => Some(other.to_token_stream().to_string()),
                            })
                            .collect();
                        if parts.is_empty() {
                            String::new()
                        } else {
                            format!("<{}>", parts.join(", "))
                        }
                    }
                    _ => String::new(),
                };
                format!("{}{args}", last.ident)
            }
            None => String::new(),
        },
        other => other.to_token_stream().to_string(),
    }
}
