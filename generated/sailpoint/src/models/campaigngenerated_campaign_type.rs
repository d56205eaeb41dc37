//! `CampaigngeneratedCampaignType`, from `apis/triggers/schemas/campaigngenerated.yaml#/properties/campaign/properties/type`.

/// The type of campaign that was generated.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaigngeneratedCampaignType {
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

impl CampaigngeneratedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaigngeneratedCampaignType::Manager => "MANAGER",
            CampaigngeneratedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaigngeneratedCampaignType::Search => "SEARCH",
            CampaigngeneratedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaigngeneratedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaigngeneratedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaigngeneratedCampaignType::Manager,
            "SOURCE_OWNER" => CampaigngeneratedCampaignType::SourceOwner,
            "SEARCH" => CampaigngeneratedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaigngeneratedCampaignType::RoleComposition,
            other => CampaigngeneratedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaigngeneratedCampaignType);
