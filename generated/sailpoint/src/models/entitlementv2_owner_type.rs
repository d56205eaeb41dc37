//! `Entitlementv2OwnerType`, from `apis/entitlements/schemas/entitlementv2.yaml#/properties/owner/properties/type`.

/// The type of object
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Entitlementv2OwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Entitlementv2OwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Entitlementv2OwnerType::Identity => "IDENTITY",
            Entitlementv2OwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Entitlementv2OwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Entitlementv2OwnerType::Identity,
            other => Entitlementv2OwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Entitlementv2OwnerType);
