//! `GetPeerGroupOutliersStrategy`, from `beta/paths/peer-group-strategies.yaml#/get/parameters/0/schema`.

/// `GetPeerGroupOutliersStrategy` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetPeerGroupOutliersStrategy {
    /// `entitlement`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetPeerGroupOutliersStrategy {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetPeerGroupOutliersStrategy::Entitlement => "entitlement",
            GetPeerGroupOutliersStrategy::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetPeerGroupOutliersStrategy {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "entitlement" => GetPeerGroupOutliersStrategy::Entitlement,
            other => GetPeerGroupOutliersStrategy::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetPeerGroupOutliersStrategy);
