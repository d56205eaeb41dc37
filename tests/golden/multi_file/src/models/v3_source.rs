//! `V3Source`, from `v3/schemas/Source.yaml`.

use crate::models::{Identity, V3Selector};

/// The v3 source (`v3/schemas/Source.yaml`), same stem as `schemas/Source.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V3Source {
    /// Source id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    pub owner: Identity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<V3Selector>,
    /// Source features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
}

impl V3Source {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, owner: Identity) -> Self {
        V3Source {
            id: id.into(),
            owner,
            selector: None,
            features: None,
        }
    }
}
