//! `ProvisioningCompletedRecipientType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/recipient/properties/type`.

/// Provisioning recipient DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedRecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedRecipientType::Identity => "IDENTITY",
            ProvisioningCompletedRecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningCompletedRecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ProvisioningCompletedRecipientType::Identity,
            other => ProvisioningCompletedRecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningCompletedRecipientType);
