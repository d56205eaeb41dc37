//! `AccessRequestAdminItemStatusType`, from `v2024/schemas/AccessRequestAdminItemStatus.yaml#/properties/type`.

/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestAdminItemStatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestAdminItemStatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestAdminItemStatusType::AccessProfile => "ACCESS_PROFILE",
            AccessRequestAdminItemStatusType::Role => "ROLE",
            AccessRequestAdminItemStatusType::Entitlement => "ENTITLEMENT",
            AccessRequestAdminItemStatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestAdminItemStatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessRequestAdminItemStatusType::AccessProfile,
            "ROLE" => AccessRequestAdminItemStatusType::Role,
            "ENTITLEMENT" => AccessRequestAdminItemStatusType::Entitlement,
            other => AccessRequestAdminItemStatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestAdminItemStatusType);
