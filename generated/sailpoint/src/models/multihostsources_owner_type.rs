//! `MultihostsourcesOwnerType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/owner/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesOwnerType::Identity => "IDENTITY",
            MultihostsourcesOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => MultihostsourcesOwnerType::Identity,
            other => MultihostsourcesOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesOwnerType);
