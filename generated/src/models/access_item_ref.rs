//! `AccessItemRef`, from `beta/schemas/AccessItemRef.yaml`.

use crate::models::AccessItemRefType;

/// `AccessItemRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemRef {
    /// ID of the access item to retrieve the recommendation for.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Access item's type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessItemRefType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemRef {
            id: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
