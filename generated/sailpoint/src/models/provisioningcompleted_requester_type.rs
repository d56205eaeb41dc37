//! `ProvisioningcompletedRequesterType`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/requester/properties/type`.

/// Provisioning requester's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningcompletedRequesterType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ProvisioningcompletedRequesterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningcompletedRequesterType::Identity => "IDENTITY",
            ProvisioningcompletedRequesterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningcompletedRequesterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ProvisioningcompletedRequesterType::Identity,
            other => ProvisioningcompletedRequesterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningcompletedRequesterType);
