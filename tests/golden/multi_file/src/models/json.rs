//! `Json`, from `schemas/Json.json`.

use crate::models::OtherIdentity;

/// A schema written in JSON (`schemas/Json.json`), referenced from YAML.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Json {
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OtherIdentity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Json {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Json {
            name: name.into(),
            owner: None,
            tags: None,
            additional_properties: Default::default(),
        }
    }
}
