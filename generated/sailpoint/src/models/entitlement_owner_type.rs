//! `EntitlementOwnerType`, from `apis/shared/schemas/entitlement.yaml#/properties/owner/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementOwnerType::Identity => "IDENTITY",
            EntitlementOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => EntitlementOwnerType::Identity,
            other => EntitlementOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementOwnerType);
