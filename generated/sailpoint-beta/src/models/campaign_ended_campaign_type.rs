//! `CampaignEndedCampaignType`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml#/properties/campaign/properties/type`.

/// Campaign's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignEndedCampaignType {
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

impl CampaignEndedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignEndedCampaignType::Manager => "MANAGER",
            CampaignEndedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignEndedCampaignType::Search => "SEARCH",
            CampaignEndedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignEndedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignEndedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignEndedCampaignType::Manager,
            "SOURCE_OWNER" => CampaignEndedCampaignType::SourceOwner,
            "SEARCH" => CampaignEndedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignEndedCampaignType::RoleComposition,
            other => CampaignEndedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignEndedCampaignType);
