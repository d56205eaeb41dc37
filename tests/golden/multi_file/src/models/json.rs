//! `Json`, from `schemas/Json.json`.

use crate::models::OtherIdentity;

/// A schema written in JSON (`schemas/Json.json`), referenced from YAML.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Json {
    /// Source name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OtherIdentity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

impl Json {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Json {
            name: name.into(),
            owner: None,
            tags: None,
        }
    }
}
