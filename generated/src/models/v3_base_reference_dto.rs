//! `V3BaseReferenceDto`, from `v3/schemas/BaseReferenceDto.yaml`.

use crate::models::V3DtoType;

/// `V3BaseReferenceDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V3BaseReferenceDto {
    /// DTO type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// ID of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl V3BaseReferenceDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3BaseReferenceDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
