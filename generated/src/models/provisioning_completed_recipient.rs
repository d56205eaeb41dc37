//! `ProvisioningCompletedRecipient`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/recipient`.

use crate::models::ProvisioningCompletedRecipientType;

/// Provisioning recpient.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningCompletedRecipient {
    /// Provisioning recipient DTO type.
    pub r#type: ProvisioningCompletedRecipientType,
    /// Provisioning recipient's identity ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Provisioning recipient's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl ProvisioningCompletedRecipient {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: ProvisioningCompletedRecipientType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedRecipient {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
