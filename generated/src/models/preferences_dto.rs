//! `PreferencesDto`, from `beta/schemas/PreferencesDto.yaml`.

use crate::models::Medium;

/// Maps an Identity's attribute key to a list of preferred notification mediums.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PreferencesDto {
    /// The template notification key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// List of preferred notification mediums, i.e., the mediums (or method) for which notifications are enabled. More mediums may be added in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediums: Option<Vec<Medium>>,
    /// Modified date of preference
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PreferencesDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PreferencesDto {
            key: None,
            mediums: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
