//! `CompareIdentitySnapshotsAccessTypeAccessType`, from `beta/paths/historical-identity-compare-type.yaml#/get/parameters/1/schema`.

/// `CompareIdentitySnapshotsAccessTypeAccessType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompareIdentitySnapshotsAccessTypeAccessType {
    /// `accessProfile`
    AccessProfile,
    /// `account`
    Account,
    /// `app`
    App,
    /// `entitlement`
    Entitlement,
    /// `role`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompareIdentitySnapshotsAccessTypeAccessType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompareIdentitySnapshotsAccessTypeAccessType::AccessProfile => {
                "accessProfile"
            }
            CompareIdentitySnapshotsAccessTypeAccessType::Account => "account",
            CompareIdentitySnapshotsAccessTypeAccessType::App => "app",
            CompareIdentitySnapshotsAccessTypeAccessType::Entitlement => "entitlement",
            CompareIdentitySnapshotsAccessTypeAccessType::Role => "role",
            CompareIdentitySnapshotsAccessTypeAccessType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompareIdentitySnapshotsAccessTypeAccessType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessProfile" => {
                CompareIdentitySnapshotsAccessTypeAccessType::AccessProfile
            }
            "account" => CompareIdentitySnapshotsAccessTypeAccessType::Account,
            "app" => CompareIdentitySnapshotsAccessTypeAccessType::App,
            "entitlement" => CompareIdentitySnapshotsAccessTypeAccessType::Entitlement,
            "role" => CompareIdentitySnapshotsAccessTypeAccessType::Role,
            other => {
                CompareIdentitySnapshotsAccessTypeAccessType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(CompareIdentitySnapshotsAccessTypeAccessType);
