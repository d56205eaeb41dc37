//! `CertificationReferenceDto`, from `v3/schemas/CertificationReferenceDto.yaml`.

use crate::models::CertificationReferenceDtoType;

/// Certification for review.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CertificationReferenceDto {
    /// DTO type of certification for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CertificationReferenceDtoType>,
    /// ID of certification for review.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name of certification for review.
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

impl CertificationReferenceDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CertificationReferenceDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
