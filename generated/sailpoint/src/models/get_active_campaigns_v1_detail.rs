//! `GetActiveCampaignsV1Detail`, from `apis/certification-campaigns/paths/campaigns-v1.yaml#/get/parameters/0/schema`.

/// `GetActiveCampaignsV1Detail` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetActiveCampaignsV1Detail {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetActiveCampaignsV1Detail {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetActiveCampaignsV1Detail::Slim => "SLIM",
            GetActiveCampaignsV1Detail::Full => "FULL",
            GetActiveCampaignsV1Detail::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetActiveCampaignsV1Detail {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => GetActiveCampaignsV1Detail::Slim,
            "FULL" => GetActiveCampaignsV1Detail::Full,
            other => GetActiveCampaignsV1Detail::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetActiveCampaignsV1Detail);
