//! `RoleMatchDto`, from `beta/schemas/RoleMatchDto.yaml`.

use crate::models::{BaseReferenceDto, ContextAttributeDto};

/// `RoleMatchDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMatchDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMatchDto {
            role_ref: None,
            matched_attributes: None,
            additional_properties: Default::default(),
        }
    }
}
