//! `ProvisioningcompletedRecipientType`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/recipient/properties/type`.

/// Provisioning recipient DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningcompletedRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningcompletedRecipientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningcompletedRecipientType::Identity => "IDENTITY",
            ProvisioningcompletedRecipientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningcompletedRecipientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ProvisioningcompletedRecipientType::Identity,
            other => ProvisioningcompletedRecipientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningcompletedRecipientType);
