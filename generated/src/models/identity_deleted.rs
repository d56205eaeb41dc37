//! `IdentityDeleted`, from `beta/schemas/trigger/example-input/IdentityDeleted.yaml`.

use crate::models::IdentityDeletedIdentity;

/// `IdentityDeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityDeleted {
    /// Deleted identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityDeletedIdentity>,
    /// Identity attributes. The attributes are determined by the identity profile.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityDeleted {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: IdentityDeletedIdentity,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        IdentityDeleted {
            identity: Some(identity),
            attributes,
            additional_properties: Default::default(),
        }
    }
}
