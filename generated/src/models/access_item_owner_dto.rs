//! `AccessItemOwnerDto`, from `beta/schemas/AccessItemOwnerDto.yaml`.

use crate::models::AccessItemOwnerDtoType;

/// Access item owner's identity.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessItemOwnerDto {
    /// Access item owner's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessItemOwnerDtoType>,
    /// Access item owner's identity ID.
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
}

impl AccessItemOwnerDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemOwnerDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
