//! `ProvisioningCompletedAccountRequestsInnerSource`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items/properties/source`.

use crate::models::ProvisioningCompletedAccountRequestsInnerSourceType;

/// Source that ISC is provisioning access on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningCompletedAccountRequestsInnerSource {
    /// Source ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source DTO type.
    pub r#type: ProvisioningCompletedAccountRequestsInnerSourceType,
    /// Source name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl ProvisioningCompletedAccountRequestsInnerSource {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        r#type: ProvisioningCompletedAccountRequestsInnerSourceType,
        name: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedAccountRequestsInnerSource {
            id: id.into(),
            r#type,
            name: name.into(),
        }
    }
}
