//! `GetCampaignV1Detail`, from `apis/certification-campaigns/paths/campaigns-v1-by-id.yaml#/get/parameters/1/schema`.

/// `GetCampaignV1Detail` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetCampaignV1Detail {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetCampaignV1Detail {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetCampaignV1Detail::Slim => "SLIM",
            GetCampaignV1Detail::Full => "FULL",
            GetCampaignV1Detail::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetCampaignV1Detail {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => GetCampaignV1Detail::Slim,
            "FULL" => GetCampaignV1Detail::Full,
            other => GetCampaignV1Detail::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetCampaignV1Detail);
