//! `V3Source`, from `v3/schemas/Source.yaml`.

use crate::models::{Identity, V3Selector};

/// The v3 source (`v3/schemas/Source.yaml`), same stem as `schemas/Source.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3Source {
    /// Source id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Identity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<V3Selector>,
    /// Source features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3Source {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, owner: Identity) -> Self {
        V3Source {
            id: id.into(),
            owner: Some(owner),
            selector: None,
            features: None,
            additional_properties: Default::default(),
        }
    }
}
