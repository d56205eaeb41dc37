//! `ProvisioningCompletedRequesterType`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/requester/properties/type`.

/// Provisioning requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningCompletedRequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningCompletedRequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningCompletedRequesterType::Identity => "IDENTITY",
            ProvisioningCompletedRequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningCompletedRequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ProvisioningCompletedRequesterType::Identity,
            other => ProvisioningCompletedRequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningCompletedRequesterType);
