//! The generator's errors. Each names the file and JSON pointer (or generated item) it is about,
//! so that a broken spec can be fixed without reading the generator.

use std::fmt;
use std::path::PathBuf;

use crate::location::Location;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{location}: cannot read `{path}`: {source}")]
    ReadFile {
        location: Location,
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{file}: not valid YAML or JSON: {message}")]
    Parse { file: String, message: String },

    #[error("{location}: $ref `{reference}` does not resolve: {reason}")]
    UnresolvedRef {
        location: Location,
        reference: String,
        reason: String,
    },

    #[error("{location}: $ref cycle through non-schema objects: {chain}")]
    RefCycle { location: Location, chain: String },

    #[error("{location}: not valid OpenAPI 3.0: {message}")]
    InvalidSpec { location: Location, message: String },

    #[error("generator bug: the Rust generated for {item} does not parse: {message}\n{excerpt}")]
    RenderedRust {
        item: String,
        message: String,
        excerpt: String,
    },

    #[error("generator bug: template for {item} failed: {message}")]
    Template { item: String, message: String },

    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A problem in the spec that the generator worked around. Printed, never fatal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub location: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.location, self.message)
    }
}

/// Collects warnings; `finish` sorts and de-duplicates them so the output is deterministic.
#[derive(Debug, Default)]
pub struct Warnings(Vec<Warning>);

impl Warnings {
    pub fn push(&mut self, location: impl ToString, message: impl Into<String>) {
        self.0.push(Warning {
            location: location.to_string(),
            message: message.into(),
        });
    }

    pub fn finish(mut self) -> Vec<Warning> {
        self.0.sort();
        self.0.dedup();
        self.0
    }
}
