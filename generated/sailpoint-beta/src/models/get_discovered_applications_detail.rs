//! `GetDiscoveredApplicationsDetail`, from `beta/paths/discovered-applications.yaml#/get/parameters/2/schema`.

/// `GetDiscoveredApplicationsDetail` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetDiscoveredApplicationsDetail {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetDiscoveredApplicationsDetail {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetDiscoveredApplicationsDetail::Slim => "SLIM",
            GetDiscoveredApplicationsDetail::Full => "FULL",
            GetDiscoveredApplicationsDetail::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetDiscoveredApplicationsDetail {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => GetDiscoveredApplicationsDetail::Slim,
            "FULL" => GetDiscoveredApplicationsDetail::Full,
            other => GetDiscoveredApplicationsDetail::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetDiscoveredApplicationsDetail);
