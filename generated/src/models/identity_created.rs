//! `IdentityCreated`, from `beta/schemas/trigger/example-input/IdentityCreated.yaml`.

use crate::models::IdentityCreatedIdentity;

/// `IdentityCreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityCreated {
    /// Created identity.
    pub identity: IdentityCreatedIdentity,
    /// Attributes assigned to the identity. These attributes are determined by the identity profile.
    #[serde(default)]
    pub attributes: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCreated {
    /// Builds the value from its required fields.
    pub fn new(
        identity: IdentityCreatedIdentity,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        IdentityCreated {
            identity,
            attributes,
        }
    }
}
