//! `IndexOf`, from `v3/schemas/transforms/IndexOf.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `IndexOf` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IndexOf {
    /// A substring to search for, searches the entire calling string, and returns the index of the first occurrence of the specified substring.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub substring: String,
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

impl IndexOf {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(substring: impl Into<String>) -> Self {
        IndexOf {
            substring: substring.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
