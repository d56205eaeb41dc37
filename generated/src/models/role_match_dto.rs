//! `RoleMatchDto`, from `beta/schemas/RoleMatchDto.yaml`.

use crate::models::{BaseReferenceDto, ContextAttributeDto};

/// `RoleMatchDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleMatchDto {
    /// Role Id and Name related to this match
    #[serde(rename = "roleRef", default, skip_serializing_if = "Option::is_none")]
    pub role_ref: Option<BaseReferenceDto>,
    #[serde(
        rename = "matchedAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub matched_attributes: Option<Vec<ContextAttributeDto>>,
}

impl RoleMatchDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMatchDto {
            role_ref: None,
            matched_attributes: None,
        }
    }
}
