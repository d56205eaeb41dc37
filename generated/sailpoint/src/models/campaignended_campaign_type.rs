//! `CampaignendedCampaignType`, from `apis/triggers/schemas/campaignended.yaml#/properties/campaign/properties/type`.

/// The type of campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignendedCampaignType {
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

impl CampaignendedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignendedCampaignType::Manager => "MANAGER",
            CampaignendedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignendedCampaignType::Search => "SEARCH",
            CampaignendedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignendedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignendedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignendedCampaignType::Manager,
            "SOURCE_OWNER" => CampaignendedCampaignType::SourceOwner,
            "SEARCH" => CampaignendedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignendedCampaignType::RoleComposition,
            other => CampaignendedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignendedCampaignType);
