//! `AccountAttributesChangedIdentity`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml#/properties/identity`.

use crate::models::AccountAttributesChangedIdentityType;

/// The identity whose account attributes were updated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAttributesChangedIdentity {
    /// DTO type of the identity whose account attributes were updated.
    pub r#type: AccountAttributesChangedIdentityType,
    /// ID of the identity whose account attributes were updated.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Display name of the identity whose account attributes were updated.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountAttributesChangedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountAttributesChangedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountAttributesChangedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
