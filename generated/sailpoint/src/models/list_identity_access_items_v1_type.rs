//! `ListIdentityAccessItemsV1Type`, from `apis/identity-history/paths/historical-identities-v1-by-id-access-items.yaml#/get/parameters/1/schema`.

/// `ListIdentityAccessItemsV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentityAccessItemsV1Type {
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

impl ListIdentityAccessItemsV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentityAccessItemsV1Type::Account => "account",
            ListIdentityAccessItemsV1Type::Entitlement => "entitlement",
            ListIdentityAccessItemsV1Type::App => "app",
            ListIdentityAccessItemsV1Type::AccessProfile => "accessProfile",
            ListIdentityAccessItemsV1Type::Role => "role",
            ListIdentityAccessItemsV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentityAccessItemsV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "account" => ListIdentityAccessItemsV1Type::Account,
            "entitlement" => ListIdentityAccessItemsV1Type::Entitlement,
            "app" => ListIdentityAccessItemsV1Type::App,
            "accessProfile" => ListIdentityAccessItemsV1Type::AccessProfile,
            "role" => ListIdentityAccessItemsV1Type::Role,
            other => ListIdentityAccessItemsV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentityAccessItemsV1Type);
