//! `AccessItemDiff`, from `beta/schemas/AccessItemDiff.yaml`.

use crate::models::AccessItemDiffEventType;

/// `AccessItemDiff` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemDiff {
    /// the id of the access item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<AccessItemDiffEventType>,
    /// the display name of the access item
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the source name of the access item
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemDiff {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemDiff {
            id: None,
            event_type: None,
            display_name: None,
            source_name: None,
            additional_properties: Default::default(),
        }
    }
}
