//! `CampaignreferenceType`, from `apis/shared/schemas/campaignreference.yaml#/properties/type`.

/// The type of object that is being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignreferenceType {
    /// `CAMPAIGN`
    Campaign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignreferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignreferenceType::Campaign => "CAMPAIGN",
            CampaignreferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignreferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN" => CampaignreferenceType::Campaign,
            other => CampaignreferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignreferenceType);
