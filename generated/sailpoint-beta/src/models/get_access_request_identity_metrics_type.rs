//! `GetAccessRequestIdentityMetricsType`, from `beta/paths/access-request-identity-metrics.yaml#/get/parameters/2/schema`.

/// Access item's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAccessRequestIdentityMetricsType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetAccessRequestIdentityMetricsType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetAccessRequestIdentityMetricsType::Entitlement => "ENTITLEMENT",
            GetAccessRequestIdentityMetricsType::AccessProfile => "ACCESS_PROFILE",
            GetAccessRequestIdentityMetricsType::Role => "ROLE",
            GetAccessRequestIdentityMetricsType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetAccessRequestIdentityMetricsType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => GetAccessRequestIdentityMetricsType::Entitlement,
            "ACCESS_PROFILE" => GetAccessRequestIdentityMetricsType::AccessProfile,
            "ROLE" => GetAccessRequestIdentityMetricsType::Role,
            other => GetAccessRequestIdentityMetricsType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetAccessRequestIdentityMetricsType);
