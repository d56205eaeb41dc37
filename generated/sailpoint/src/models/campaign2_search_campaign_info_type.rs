//! `Campaign2SearchCampaignInfoType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/searchCampaignInfo/properties/type`.

/// The type of search campaign represented.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2SearchCampaignInfoType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS`
    Access,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2SearchCampaignInfoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2SearchCampaignInfoType::Identity => "IDENTITY",
            Campaign2SearchCampaignInfoType::Access => "ACCESS",
            Campaign2SearchCampaignInfoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2SearchCampaignInfoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Campaign2SearchCampaignInfoType::Identity,
            "ACCESS" => Campaign2SearchCampaignInfoType::Access,
            other => Campaign2SearchCampaignInfoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Campaign2SearchCampaignInfoType);
