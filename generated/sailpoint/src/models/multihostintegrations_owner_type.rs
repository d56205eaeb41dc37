//! `MultihostintegrationsOwnerType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsOwnerType::Identity => "IDENTITY",
            MultihostintegrationsOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultihostintegrationsOwnerType::Identity,
            other => MultihostintegrationsOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsOwnerType);
