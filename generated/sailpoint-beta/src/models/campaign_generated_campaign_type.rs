//! `CampaignGeneratedCampaignType`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml#/properties/campaign/properties/type`.

/// Campaign's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignGeneratedCampaignType {
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

impl CampaignGeneratedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignGeneratedCampaignType::Manager => "MANAGER",
            CampaignGeneratedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignGeneratedCampaignType::Search => "SEARCH",
            CampaignGeneratedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignGeneratedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignGeneratedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignGeneratedCampaignType::Manager,
            "SOURCE_OWNER" => CampaignGeneratedCampaignType::SourceOwner,
            "SEARCH" => CampaignGeneratedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignGeneratedCampaignType::RoleComposition,
            other => CampaignGeneratedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignGeneratedCampaignType);
