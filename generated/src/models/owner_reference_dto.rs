//! `OwnerReferenceDto`, from `beta/schemas/gov-entitlement/OwnerReferenceDto.yaml`.

use crate::models::OwnerReferenceDtoType;

/// Simplified DTO for the owner object of the entitlement
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OwnerReferenceDto {
    /// The owner id for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The owner name for the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The type of the owner. Initially only type IDENTITY is supported
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OwnerReferenceDtoType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OwnerReferenceDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OwnerReferenceDto {
            id: None,
            name: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
