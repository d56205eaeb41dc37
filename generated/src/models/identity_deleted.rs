//! `IdentityDeleted`, from `beta/schemas/trigger/example-input/IdentityDeleted.yaml`.

use crate::models::IdentityDeletedIdentity;

/// `IdentityDeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityDeleted {
    /// Deleted identity.
    pub identity: IdentityDeletedIdentity,
    /// Identity attributes. The attributes are determined by the identity profile.
    #[serde(default)]
    pub attributes: serde_json::Map<String, serde_json::Value>,
}

impl IdentityDeleted {
    /// Builds the value from its required fields.
    pub fn new(
        identity: IdentityDeletedIdentity,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        IdentityDeleted {
            identity,
            attributes,
        }
    }
}
