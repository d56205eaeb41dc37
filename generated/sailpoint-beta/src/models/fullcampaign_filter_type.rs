//! `FullcampaignFilterType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/filter/properties/type`.

/// Type of the filter
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignFilterType {
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignFilterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignFilterType::CampaignFilter => "CAMPAIGN_FILTER",
            FullcampaignFilterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignFilterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_FILTER" => FullcampaignFilterType::CampaignFilter,
            other => FullcampaignFilterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FullcampaignFilterType);
