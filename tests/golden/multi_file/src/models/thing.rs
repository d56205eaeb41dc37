//! `Thing`, from `schemas/Thing.yaml`.

use crate::models::{Page, SlimThing};

/// A full thing that embeds a SlimThing by direct file reference.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Thing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slim: Option<SlimThing>,
    /// Related slim things.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Vec<SlimThing>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Page>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Thing {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Thing {
            slim: None,
            related: None,
            page: None,
            additional_properties: Default::default(),
        }
    }
}
