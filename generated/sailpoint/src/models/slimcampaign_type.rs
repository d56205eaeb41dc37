//! `SlimcampaignType`, from `apis/certification-campaigns/schemas/slimcampaign.yaml#/properties/type`.

/// The type of campaign. Could be extended in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimcampaignType {
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

impl SlimcampaignType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimcampaignType::Manager => "MANAGER",
            SlimcampaignType::SourceOwner => "SOURCE_OWNER",
            SlimcampaignType::Search => "SEARCH",
            SlimcampaignType::RoleComposition => "ROLE_COMPOSITION",
            SlimcampaignType::MachineAccount => "MACHINE_ACCOUNT",
            SlimcampaignType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimcampaignType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER" => SlimcampaignType::Manager,
            "SOURCE_OWNER" => SlimcampaignType::SourceOwner,
            "SEARCH" => SlimcampaignType::Search,
            "ROLE_COMPOSITION" => SlimcampaignType::RoleComposition,
            "MACHINE_ACCOUNT" => SlimcampaignType::MachineAccount,
            other => SlimcampaignType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimcampaignType);
