//! `Scopetype`, from `apis/data-segmentation/schemas/scopetype.yaml`.

/// An enumeration of the types of scope choices
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Scopetype {
    /// `ENTITLEMENT`
    Entitlement,
    /// `CERTIFICATION`
    Certification,
    /// `IDENTITY`
    Identity,
    /// `ENTITLEMENTREQUEST`
    Entitlementrequest,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Scopetype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Scopetype::Entitlement => "ENTITLEMENT",
            Scopetype::Certification => "CERTIFICATION",
            Scopetype::Identity => "IDENTITY",
            Scopetype::Entitlementrequest => "ENTITLEMENTREQUEST",
            Scopetype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Scopetype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Scopetype::Entitlement,
            "CERTIFICATION" => Scopetype::Certification,
            "IDENTITY" => Scopetype::Identity,
            "ENTITLEMENTREQUEST" => Scopetype::Entitlementrequest,
            other => Scopetype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Scopetype);
