//! `AccessItemRemovedAccessItemType`, from `beta/schemas/AccessItemRemoved.yaml#/properties/accessItemType`.

/// the access item type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemRemovedAccessItemType {
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

impl AccessItemRemovedAccessItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemRemovedAccessItemType::Account => "account",
            AccessItemRemovedAccessItemType::App => "app",
            AccessItemRemovedAccessItemType::Entitlement => "entitlement",
            AccessItemRemovedAccessItemType::Role => "role",
            AccessItemRemovedAccessItemType::AccessProfile => "accessProfile",
            AccessItemRemovedAccessItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemRemovedAccessItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => AccessItemRemovedAccessItemType::Account,
            "app" => AccessItemRemovedAccessItemType::App,
            "entitlement" => AccessItemRemovedAccessItemType::Entitlement,
            "role" => AccessItemRemovedAccessItemType::Role,
            "accessProfile" => AccessItemRemovedAccessItemType::AccessProfile,
            other => AccessItemRemovedAccessItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemRemovedAccessItemType);
