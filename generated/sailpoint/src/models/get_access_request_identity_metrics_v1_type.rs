//! `GetAccessRequestIdentityMetricsV1Type`, from `apis/access-request-identity-metrics/paths/access-request-identity-metrics-v1-by-identityid-requested-objects-by-requestedobjectid-type-by-type.yaml#/get/parameters/2/schema`.

/// `GetAccessRequestIdentityMetricsV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetAccessRequestIdentityMetricsV1Type {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ROLE`
    Role,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetAccessRequestIdentityMetricsV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetAccessRequestIdentityMetricsV1Type::Entitlement => "ENTITLEMENT",
            GetAccessRequestIdentityMetricsV1Type::Role => "ROLE",
            GetAccessRequestIdentityMetricsV1Type::AccessProfile => "ACCESS_PROFILE",
            GetAccessRequestIdentityMetricsV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetAccessRequestIdentityMetricsV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => GetAccessRequestIdentityMetricsV1Type::Entitlement,
            "ROLE" => GetAccessRequestIdentityMetricsV1Type::Role,
            "ACCESS_PROFILE" => GetAccessRequestIdentityMetricsV1Type::AccessProfile,
            other => GetAccessRequestIdentityMetricsV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetAccessRequestIdentityMetricsV1Type);
