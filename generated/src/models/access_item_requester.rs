//! `AccessItemRequester`, from `v2024/schemas/AccessItemRequester.yaml`.

use crate::models::AccessItemRequesterType;

/// Access item requester's identity.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemRequester {
    /// Access item requester's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessItemRequesterType>,
    /// Access item requester's identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Access item owner's human-readable display name.
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

impl AccessItemRequester {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemRequester {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
