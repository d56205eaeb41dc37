//! `IdentityAttributesChanged`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml`.

use crate::models::{
    IdentityAttributesChangedChangesInner, IdentityAttributesChangedIdentity,
};

/// `IdentityAttributesChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityAttributesChanged {
    /// Identity whose attributes changed.
    pub identity: IdentityAttributesChangedIdentity,
    /// List of identity's attributes that changed.
    #[serde(default)]
    pub changes: Vec<IdentityAttributesChangedChangesInner>,
}

impl IdentityAttributesChanged {
    /// Builds the value from its required fields.
    pub fn new(
        identity: IdentityAttributesChangedIdentity,
        changes: Vec<IdentityAttributesChangedChangesInner>,
    ) -> Self {
        IdentityAttributesChanged {
            identity,
            changes,
        }
    }
}
