//! `CampaignActivatedCampaignType`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml#/properties/campaign/properties/type`.

/// Campaign's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignActivatedCampaignType {
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

impl CampaignActivatedCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignActivatedCampaignType::Manager => "MANAGER",
            CampaignActivatedCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignActivatedCampaignType::Search => "SEARCH",
            CampaignActivatedCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignActivatedCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignActivatedCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignActivatedCampaignType::Manager,
            "SOURCE_OWNER" => CampaignActivatedCampaignType::SourceOwner,
            "SEARCH" => CampaignActivatedCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignActivatedCampaignType::RoleComposition,
            other => CampaignActivatedCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignActivatedCampaignType);
