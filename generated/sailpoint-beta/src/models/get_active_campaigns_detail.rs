//! `GetActiveCampaignsDetail`, from `beta/paths/campaigns.yaml#/get/parameters/0/schema`.

/// `GetActiveCampaignsDetail` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetActiveCampaignsDetail {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetActiveCampaignsDetail {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetActiveCampaignsDetail::Slim => "SLIM",
            GetActiveCampaignsDetail::Full => "FULL",
            GetActiveCampaignsDetail::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetActiveCampaignsDetail {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => GetActiveCampaignsDetail::Slim,
            "FULL" => GetActiveCampaignsDetail::Full,
            other => GetActiveCampaignsDetail::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetActiveCampaignsDetail);
