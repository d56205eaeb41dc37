//! `GetDiscoveredApplicationsV1Detail`, from `apis/application-discovery/paths/discovered-applications-v1.yaml#/get/parameters/2/schema`.

/// `GetDiscoveredApplicationsV1Detail` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetDiscoveredApplicationsV1Detail {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetDiscoveredApplicationsV1Detail {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetDiscoveredApplicationsV1Detail::Slim => "SLIM",
            GetDiscoveredApplicationsV1Detail::Full => "FULL",
            GetDiscoveredApplicationsV1Detail::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetDiscoveredApplicationsV1Detail {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => GetDiscoveredApplicationsV1Detail::Slim,
            "FULL" => GetDiscoveredApplicationsV1Detail::Full,
            other => GetDiscoveredApplicationsV1Detail::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetDiscoveredApplicationsV1Detail);
