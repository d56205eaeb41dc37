//! `AccessitemassociatedAccessItemType`, from `apis/identity-history/schemas/accessitemassociated.yaml#/properties/accessItemType`.

/// the access item type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemassociatedAccessItemType {
    /// `account`
    Account,
    /// `app`
    App,
    /// `entitlement`
    Entitlement,
    /// `role`
    Role,
    /// `accessProfile`
    AccessProfile,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessitemassociatedAccessItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemassociatedAccessItemType::Account => "account",
            AccessitemassociatedAccessItemType::App => "app",
            AccessitemassociatedAccessItemType::Entitlement => "entitlement",
            AccessitemassociatedAccessItemType::Role => "role",
            AccessitemassociatedAccessItemType::AccessProfile => "accessProfile",
            AccessitemassociatedAccessItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemassociatedAccessItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => AccessitemassociatedAccessItemType::Account,
            "app" => AccessitemassociatedAccessItemType::App,
            "entitlement" => AccessitemassociatedAccessItemType::Entitlement,
            "role" => AccessitemassociatedAccessItemType::Role,
            "accessProfile" => AccessitemassociatedAccessItemType::AccessProfile,
            other => AccessitemassociatedAccessItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemassociatedAccessItemType);
