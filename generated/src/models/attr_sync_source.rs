//! `AttrSyncSource`, from `v3/schemas/AttrSyncSource.yaml`.

use crate::models::AttrSyncSourceType;

/// Target source for attribute synchronization.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttrSyncSource {
    /// DTO type of target source for attribute synchronization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttrSyncSourceType>,
    /// ID of target source for attribute synchronization.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable name of target source for attribute synchronization.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttrSyncSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttrSyncSource {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
