//! `IdentityAttributesChanged`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml`.

use crate::models::{
    IdentityAttributesChangedChangesInner, IdentityAttributesChangedIdentity,
};

/// `IdentityAttributesChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributesChanged {
    /// Identity whose attributes changed.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityAttributesChangedIdentity>,
    /// List of identity's attributes that changed.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub changes: Vec<IdentityAttributesChangedChangesInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributesChanged {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: IdentityAttributesChangedIdentity,
        changes: Vec<IdentityAttributesChangedChangesInner>,
    ) -> Self {
        IdentityAttributesChanged {
            identity: Some(identity),
            changes,
            additional_properties: Default::default(),
        }
    }
}
