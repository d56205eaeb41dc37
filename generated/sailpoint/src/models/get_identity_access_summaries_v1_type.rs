//! `GetIdentityAccessSummariesV1Type`, from `apis/certification-summaries/paths/certifications-v1-by-id-access-summaries-by-type.yaml#/get/parameters/1/schema`.

/// `GetIdentityAccessSummariesV1Type` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetIdentityAccessSummariesV1Type {
    /// `ROLE`
    Role,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetIdentityAccessSummariesV1Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetIdentityAccessSummariesV1Type::Role => "ROLE",
            GetIdentityAccessSummariesV1Type::AccessProfile => "ACCESS_PROFILE",
            GetIdentityAccessSummariesV1Type::Entitlement => "ENTITLEMENT",
            GetIdentityAccessSummariesV1Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetIdentityAccessSummariesV1Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => GetIdentityAccessSummariesV1Type::Role,
            "ACCESS_PROFILE" => GetIdentityAccessSummariesV1Type::AccessProfile,
            "ENTITLEMENT" => GetIdentityAccessSummariesV1Type::Entitlement,
            other => GetIdentityAccessSummariesV1Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetIdentityAccessSummariesV1Type);
