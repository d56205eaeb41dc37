//! `SodSodPolicyDto`, from `beta/schemas/sod/models/SodPolicyDto.yaml`.

use crate::models::SodSodPolicyDtoType;

/// SOD policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SodSodPolicyDto {
    /// SOD policy DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SodSodPolicyDtoType>,
    /// SOD policy ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// SOD policy display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl SodSodPolicyDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodSodPolicyDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
