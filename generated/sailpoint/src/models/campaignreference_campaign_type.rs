//! `CampaignreferenceCampaignType`, from `apis/shared/schemas/campaignreference.yaml#/properties/campaignType`.

/// The type of the campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignreferenceCampaignType {
    /// `MANAGER`
    Manager,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `SEARCH`
    Search,
    /// `ROLE_COMPOSITION`
    RoleComposition,
    /// `MACHINE_ACCOUNT`
    MachineAccount,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignreferenceCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignreferenceCampaignType::Manager => "MANAGER",
            CampaignreferenceCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignreferenceCampaignType::Search => "SEARCH",
            CampaignreferenceCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignreferenceCampaignType::MachineAccount => "MACHINE_ACCOUNT",
            CampaignreferenceCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignreferenceCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignreferenceCampaignType::Manager,
            "SOURCE_OWNER" => CampaignreferenceCampaignType::SourceOwner,
            "SEARCH" => CampaignreferenceCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignreferenceCampaignType::RoleComposition,
            "MACHINE_ACCOUNT" => CampaignreferenceCampaignType::MachineAccount,
            other => CampaignreferenceCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignreferenceCampaignType);
