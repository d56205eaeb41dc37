//! `ReplaceAll`, from `v3/schemas/transforms/ReplaceAll.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `ReplaceAll` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReplaceAll {
    /// An attribute of key-value pairs. Each pair identifies the pattern to search for as its key, and the replacement string as its value.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub table: serde_json::Map<String, serde_json::Value>,
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

impl ReplaceAll {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(table: serde_json::Map<String, serde_json::Value>) -> Self {
        ReplaceAll {
            table,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
