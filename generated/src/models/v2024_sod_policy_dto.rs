//! `V2024SodPolicyDto`, from `v2024/schemas/SodPolicyDto.yaml`.

use crate::models::V2024SodPolicyDtoType;

/// SOD policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V2024SodPolicyDto {
    /// SOD policy DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V2024SodPolicyDtoType>,
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

impl V2024SodPolicyDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024SodPolicyDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
