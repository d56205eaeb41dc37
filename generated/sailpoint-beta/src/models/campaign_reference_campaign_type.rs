//! `CampaignReferenceCampaignType`, from `v3/schemas/CampaignReference.yaml#/properties/campaignType`.

/// The type of the campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignReferenceCampaignType {
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

impl CampaignReferenceCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignReferenceCampaignType::Manager => "MANAGER",
            CampaignReferenceCampaignType::SourceOwner => "SOURCE_OWNER",
            CampaignReferenceCampaignType::Search => "SEARCH",
            CampaignReferenceCampaignType::RoleComposition => "ROLE_COMPOSITION",
            CampaignReferenceCampaignType::MachineAccount => "MACHINE_ACCOUNT",
            CampaignReferenceCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignReferenceCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => CampaignReferenceCampaignType::Manager,
            "SOURCE_OWNER" => CampaignReferenceCampaignType::SourceOwner,
            "SEARCH" => CampaignReferenceCampaignType::Search,
            "ROLE_COMPOSITION" => CampaignReferenceCampaignType::RoleComposition,
            "MACHINE_ACCOUNT" => CampaignReferenceCampaignType::MachineAccount,
            other => CampaignReferenceCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignReferenceCampaignType);
