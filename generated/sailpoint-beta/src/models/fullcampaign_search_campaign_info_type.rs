//! `FullcampaignSearchCampaignInfoType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/searchCampaignInfo/properties/type`.

/// The type of search campaign represented.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignSearchCampaignInfoType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS`
    Access,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignSearchCampaignInfoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignSearchCampaignInfoType::Identity => "IDENTITY",
            FullcampaignSearchCampaignInfoType::Access => "ACCESS",
            FullcampaignSearchCampaignInfoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignSearchCampaignInfoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FullcampaignSearchCampaignInfoType::Identity,
            "ACCESS" => FullcampaignSearchCampaignInfoType::Access,
            other => FullcampaignSearchCampaignInfoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FullcampaignSearchCampaignInfoType);
