//! `AccessItemApproverDto`, from `beta/schemas/trigger/example-input/AccessItemApproverDto.yaml`.

use crate::models::AccessItemApproverDtoType;

/// `AccessItemApproverDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemApproverDto {
    /// DTO type of the identity who approved the access item request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessItemApproverDtoType>,
    /// ID of the identity who approved the access item request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the identity who approved the access item request.
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

impl AccessItemApproverDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemApproverDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
