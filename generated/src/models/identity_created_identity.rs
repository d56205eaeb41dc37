//! `IdentityCreatedIdentity`, from `beta/schemas/trigger/example-input/IdentityCreated.yaml#/properties/identity`.

use crate::models::IdentityCreatedIdentityType;

/// Created identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityCreatedIdentity {
    /// Identity's DTO type.
    pub r#type: IdentityCreatedIdentityType,
    /// Identity's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl IdentityCreatedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: IdentityCreatedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        IdentityCreatedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
