//! `IdentityAttributesChangedIdentity`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/identity`.

use crate::models::IdentityAttributesChangedIdentityType;

/// Identity whose attributes changed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityAttributesChangedIdentity {
    /// DTO type of identity whose attributes changed.
    pub r#type: IdentityAttributesChangedIdentityType,
    /// ID of identity whose attributes changed.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of identity whose attributes changed.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl IdentityAttributesChangedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: IdentityAttributesChangedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        IdentityAttributesChangedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
