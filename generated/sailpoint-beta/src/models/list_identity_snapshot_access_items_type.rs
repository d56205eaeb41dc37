//! `ListIdentitySnapshotAccessItemsType`, from `beta/paths/historical-identity-snapshot-date-access-items.yaml#/get/parameters/2/schema`.

/// `ListIdentitySnapshotAccessItemsType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentitySnapshotAccessItemsType {
    /// `role`
    Role,
    /// `access_profile`
    AccessProfile,
    /// `entitlement`
    Entitlement,
    /// `app`
    App,
    /// `account`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentitySnapshotAccessItemsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentitySnapshotAccessItemsType::Role => "role",
            ListIdentitySnapshotAccessItemsType::AccessProfile => "access_profile",
            ListIdentitySnapshotAccessItemsType::Entitlement => "entitlement",
            ListIdentitySnapshotAccessItemsType::App => "app",
            ListIdentitySnapshotAccessItemsType::Account => "account",
            ListIdentitySnapshotAccessItemsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitySnapshotAccessItemsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "role" => ListIdentitySnapshotAccessItemsType::Role,
            "access_profile" => ListIdentitySnapshotAccessItemsType::AccessProfile,
            "entitlement" => ListIdentitySnapshotAccessItemsType::Entitlement,
            "app" => ListIdentitySnapshotAccessItemsType::App,
            "account" => ListIdentitySnapshotAccessItemsType::Account,
            other => ListIdentitySnapshotAccessItemsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentitySnapshotAccessItemsType);
