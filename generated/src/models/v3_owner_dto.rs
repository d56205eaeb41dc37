//! `V3OwnerDto`, from `v3/schemas/OwnerDto.yaml`.

use crate::models::V3OwnerDtoType;

/// Owner's identity.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3OwnerDto {
    /// Owner's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3OwnerDtoType>,
    /// Owner's identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Owner's name.
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

impl V3OwnerDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3OwnerDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
