//! `AccessitemremovedAccessItemType`, from `apis/identity-history/schemas/accessitemremoved.yaml#/properties/accessItemType`.

/// the access item type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessitemremovedAccessItemType {
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

impl AccessitemremovedAccessItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessitemremovedAccessItemType::Account => "account",
            AccessitemremovedAccessItemType::App => "app",
            AccessitemremovedAccessItemType::Entitlement => "entitlement",
            AccessitemremovedAccessItemType::Role => "role",
            AccessitemremovedAccessItemType::AccessProfile => "accessProfile",
            AccessitemremovedAccessItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessitemremovedAccessItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => AccessitemremovedAccessItemType::Account,
            "app" => AccessitemremovedAccessItemType::App,
            "entitlement" => AccessitemremovedAccessItemType::Entitlement,
            "role" => AccessitemremovedAccessItemType::Role,
            "accessProfile" => AccessitemremovedAccessItemType::AccessProfile,
            other => AccessitemremovedAccessItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessitemremovedAccessItemType);
