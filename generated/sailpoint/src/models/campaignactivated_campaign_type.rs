//! `CampaignactivatedCampaignType`, from `apis/triggers/schemas/campaignactivated.yaml#/properties/campaign/properties/type`.

/// The type of campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignactivatedCampaignType {
    /// `MANAGER`
    Manager,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `SEARCH`
    Search,
    /// `ROLE_COMPOSITION`
    RoleComposition,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignactivatedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignactivatedCampaignType::Manager => "MANAGER",
            CampaignactivatedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignactivatedCampaignType::Search => "SEARCH",
            CampaignactivatedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignactivatedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignactivatedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignactivatedCampaignType::Manager,
            "SOURCE_OWNER" => CampaignactivatedCampaignType::SourceOwner,
            "SEARCH" => CampaignactivatedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignactivatedCampaignType::RoleComposition,
            other => CampaignactivatedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignactivatedCampaignType);
