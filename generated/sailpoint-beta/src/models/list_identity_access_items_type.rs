//! `ListIdentityAccessItemsType`, from `beta/paths/historical-identity-access-items.yaml#/get/parameters/1/schema`.

/// `ListIdentityAccessItemsType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentityAccessItemsType {
    /// `account`
    Account,
    /// `entitlement`
    Entitlement,
    /// `app`
    App,
    /// `accessProfile`
    AccessProfile,
    /// `role`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentityAccessItemsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentityAccessItemsType::Account => "account",
            ListIdentityAccessItemsType::Entitlement => "entitlement",
            ListIdentityAccessItemsType::App => "app",
            ListIdentityAccessItemsType::AccessProfile => "accessProfile",
            ListIdentityAccessItemsType::Role => "role",
            ListIdentityAccessItemsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentityAccessItemsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => ListIdentityAccessItemsType::Account,
            "entitlement" => ListIdentityAccessItemsType::Entitlement,
            "app" => ListIdentityAccessItemsType::App,
            "accessProfile" => ListIdentityAccessItemsType::AccessProfile,
            "role" => ListIdentityAccessItemsType::Role,
            other => ListIdentityAccessItemsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentityAccessItemsType);
