//! `CampaignReferenceType`, from `v3/schemas/CampaignReference.yaml#/properties/type`.

/// The type of object that is being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignReferenceType {
    /// `CAMPAIGN`
    Campaign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignReferenceType::Campaign => "CAMPAIGN",
            CampaignReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN" => CampaignReferenceType::Campaign,
            other => CampaignReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignReferenceType);
