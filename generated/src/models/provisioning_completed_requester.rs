//! `ProvisioningCompletedRequester`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/requester`.

use crate::models::ProvisioningCompletedRequesterType;

/// Provisioning requester's identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningCompletedRequester {
    /// Provisioning requester's DTO type.
    pub r#type: ProvisioningCompletedRequesterType,
    /// Provisioning requester's identity ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Provisioning requester's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl ProvisioningCompletedRequester {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: ProvisioningCompletedRequesterType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedRequester {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
