//! `MultihostintegrationscreateOwnerType`, from `apis/multi-host-integration/schemas/multihostintegrationscreate.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationscreateOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationscreateOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationscreateOwnerType::Identity => "IDENTITY",
            MultihostintegrationscreateOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationscreateOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultihostintegrationscreateOwnerType::Identity,
            other => MultihostintegrationscreateOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationscreateOwnerType);
