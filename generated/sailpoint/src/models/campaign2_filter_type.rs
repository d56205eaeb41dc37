//! `Campaign2FilterType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/filter/properties/type`.

/// Type of the filter
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2FilterType {
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2FilterType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2FilterType::CampaignFilter => "CAMPAIGN_FILTER",
            Campaign2FilterType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2FilterType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_FILTER" => Campaign2FilterType::CampaignFilter,
            other => Campaign2FilterType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Campaign2FilterType);
