//! `AccessItemAssociatedAccessItemType`, from `beta/schemas/AccessItemAssociated.yaml#/properties/accessItemType`.

/// the access item type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemAssociatedAccessItemType {
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

impl AccessItemAssociatedAccessItemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemAssociatedAccessItemType::Account => "account",
            AccessItemAssociatedAccessItemType::App => "app",
            AccessItemAssociatedAccessItemType::Entitlement => "entitlement",
            AccessItemAssociatedAccessItemType::Role => "role",
            AccessItemAssociatedAccessItemType::AccessProfile => "accessProfile",
            AccessItemAssociatedAccessItemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemAssociatedAccessItemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => AccessItemAssociatedAccessItemType::Account,
            "app" => AccessItemAssociatedAccessItemType::App,
            "entitlement" => AccessItemAssociatedAccessItemType::Entitlement,
            "role" => AccessItemAssociatedAccessItemType::Role,
            "accessProfile" => AccessItemAssociatedAccessItemType::AccessProfile,
            other => AccessItemAssociatedAccessItemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemAssociatedAccessItemType);
