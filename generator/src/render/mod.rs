//! Stage 3: the model rendered into files.

pub mod markdown;
mod markdown_text;
pub mod rust;

/// A file to write, its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}
