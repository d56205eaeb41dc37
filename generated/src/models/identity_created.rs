//! `IdentityCreated`, from `beta/schemas/trigger/example-input/IdentityCreated.yaml`.

use crate::models::IdentityCreatedIdentity;

/// `IdentityCreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityCreated {
    /// Created identity.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityCreatedIdentity>,
    /// Attributes assigned to the identity. These attributes are determined by the identity profile.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityCreated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: IdentityCreatedIdentity,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        IdentityCreated {
            identity: Some(identity),
            attributes,
            additional_properties: Default::default(),
        }
    }
}
