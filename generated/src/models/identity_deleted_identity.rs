//! `IdentityDeletedIdentity`, from `beta/schemas/trigger/example-input/IdentityDeleted.yaml#/properties/identity`.

use crate::models::IdentityDeletedIdentityType;

/// Deleted identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityDeletedIdentity {
    /// Deleted identity's DTO type.
    pub r#type: IdentityDeletedIdentityType,
    /// Deleted identity ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Deleted identity's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl IdentityDeletedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: IdentityDeletedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        IdentityDeletedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
