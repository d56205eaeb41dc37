//! `GetPeerGroupOutliersV1Strategy`, from `apis/iai-peer-group-strategies/paths/peer-group-strategies-v1-by-strategy-identity-outliers.yaml#/get/parameters/0/schema`.

/// `GetPeerGroupOutliersV1Strategy` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetPeerGroupOutliersV1Strategy {
    /// `entitlement`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetPeerGroupOutliersV1Strategy {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetPeerGroupOutliersV1Strategy::Entitlement => "entitlement",
            GetPeerGroupOutliersV1Strategy::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetPeerGroupOutliersV1Strategy {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "entitlement" => GetPeerGroupOutliersV1Strategy::Entitlement,
            other => GetPeerGroupOutliersV1Strategy::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetPeerGroupOutliersV1Strategy);
