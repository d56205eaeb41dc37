//! `Base64Decode`, from `v3/schemas/transforms/Base64Decode.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Base64Decode` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Base64Decode {
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Base64Decode {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Base64Decode {
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
