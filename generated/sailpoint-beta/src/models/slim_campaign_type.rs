//! `SlimCampaignType`, from `beta/schemas/SlimCampaign.yaml#/properties/type`.

/// The type of campaign. Could be extended in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimCampaignType {
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

impl SlimCampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimCampaignType::Manager => "MANAGER",
            SlimCampaignType::SourceOwner => "SOURCE_OWNER",
            SlimCampaignType::Search => "SEARCH",
            SlimCampaignType::RoleComposition => "ROLE_COMPOSITION",
            SlimCampaignType::MachineAccount => "MACHINE_ACCOUNT",
            SlimCampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimCampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => SlimCampaignType::Manager,
            "SOURCE_OWNER" => SlimCampaignType::SourceOwner,
            "SEARCH" => SlimCampaignType::Search,
            "ROLE_COMPOSITION" => SlimCampaignType::RoleComposition,
            "MACHINE_ACCOUNT" => SlimCampaignType::MachineAccount,
            other => SlimCampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimCampaignType);
