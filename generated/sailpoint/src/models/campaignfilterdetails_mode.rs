//! `CampaignfilterdetailsMode`, from `apis/certification-campaign-filters/schemas/campaignfilterdetails.yaml#/properties/mode`.

/// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignfilterdetailsMode {
    /// `INCLUSION`
    Inclusion,
    /// `EXCLUSION`
    Exclusion,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignfilterdetailsMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignfilterdetailsMode::Inclusion => "INCLUSION",
            CampaignfilterdetailsMode::Exclusion => "EXCLUSION",
            CampaignfilterdetailsMode::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignfilterdetailsMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INCLUSION" => CampaignfilterdetailsMode::Inclusion,
            "EXCLUSION" => CampaignfilterdetailsMode::Exclusion,
            other => CampaignfilterdetailsMode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignfilterdetailsMode);
