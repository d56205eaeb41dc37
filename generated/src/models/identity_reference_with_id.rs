//! `IdentityReferenceWithId`, from `beta/schemas/IdentityReferenceWithId.yaml`.

use crate::models::V3DtoType;

/// `IdentityReferenceWithId` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityReferenceWithId {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// Identity id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityReferenceWithId {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityReferenceWithId {
            r#type: None,
            id: None,
            additional_properties: Default::default(),
        }
    }
}
