//! `ReviewableentitlementAccountOwnerType`, from `apis/certification-summaries/schemas/reviewableentitlement.yaml#/properties/account/properties/owner/properties/type`.

/// An enumeration of the types of Owner supported within the IdentityNow infrastructure.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReviewableentitlementAccountOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReviewableentitlementAccountOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReviewableentitlementAccountOwnerType::Identity => "IDENTITY",
            ReviewableentitlementAccountOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReviewableentitlementAccountOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ReviewableentitlementAccountOwnerType::Identity,
            other => ReviewableentitlementAccountOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReviewableentitlementAccountOwnerType);
