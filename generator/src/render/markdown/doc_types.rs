//! Types as the pages show them: the Rust spelling the code uses, in a code span, linked to the
//! model page of the named type inside it (`Vec<models::Identity>` links to `identity`).

use super::naming::model_link;
use crate::model::{Api, TypeId, TypeRef};
use crate::render::rust::types::rust_type_in;

/// Which page the type is shown on: links and type paths differ between the two folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// A method page: model types are `models::X`, their pages `../models/x`.
    MethodPage,
    /// A model page: model types are named as in their module, their pages are siblings.
    ModelPage,
}

impl On {
    pub fn models_prefix(self) -> &'static str {
        match self {
            On::MethodPage => "models::",
            On::ModelPage => "",
        }
    }
}

/// `ty` in Rust, as Markdown.
pub fn doc_type(api: &Api, ty: &TypeRef, on: On) -> String {
    linked(
        api,
        &rust_type_in(api, ty, on.models_prefix()),
        ty.innermost_named(),
        on,
    )
}

/// `rust` (a Rust type) in a code span, linked to the page of `named` if there is one.
pub fn linked(api: &Api, rust: &str, named: Option<TypeId>, on: On) -> String {
    match named {
        Some(id) => format!(
            "[`{rust}`]({})",
            model_link(&api.type_def(id).name, on == On::ModelPage)
        ),
        None => format!("`{rust}`"),
    }
}
