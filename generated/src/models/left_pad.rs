//! `LeftPad`, from `v3/schemas/transforms/LeftPad.yaml`.

use crate::models::{Input, RequiresPeriodicRefresh};

/// `LeftPad` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LeftPad {
    /// An integer value for the desired length of the final output string
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub length: String,
    /// A string value representing the character that the incoming data should be padded with to get to the desired length
    ///
    ///
    /// If not provided, the transform will default to a single space (" ") character for padding
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub padding: Option<String>,
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

impl LeftPad {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(length: impl Into<String>) -> Self {
        LeftPad {
            length: length.into(),
            padding: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
