//! `IdentityReferenceWithId`, from `beta/schemas/IdentityReferenceWithId.yaml`.

use crate::models::V3DtoType;

/// `IdentityReferenceWithId` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl IdentityReferenceWithId {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityReferenceWithId {
            r#type: None,
            id: None,
        }
    }
}
