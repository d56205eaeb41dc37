//! `GetSelectors200Response`, from `paths/selectors.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::{Selector, V3Selector};

/// `GetSelectors200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetSelectors200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower: Option<Selector>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<V3Selector>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GetSelectors200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSelectors200Response {
            lower: None,
            upper: None,
            additional_properties: Default::default(),
        }
    }
}
