//! `Replace`, from `v3/schemas/transforms/Replace.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `Replace` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Replace {
    /// This can be a string or a regex pattern in which you want to replace.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub regex: String,
    /// This is the replacement string that should be substituded wherever the string or pattern is found.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub replacement: String,
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

impl Replace {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(regex: impl Into<String>, replacement: impl Into<String>) -> Self {
        Replace {
            regex: regex.into(),
            replacement: replacement.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
