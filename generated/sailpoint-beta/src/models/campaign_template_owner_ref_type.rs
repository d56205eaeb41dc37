//! `CampaignTemplateOwnerRefType`, from `beta/schemas/CampaignTemplate.yaml#/properties/ownerRef/properties/type`.

/// Type of the owner
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignTemplateOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignTemplateOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignTemplateOwnerRefType::Identity => "IDENTITY",
            CampaignTemplateOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignTemplateOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CampaignTemplateOwnerRefType::Identity,
            other => CampaignTemplateOwnerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignTemplateOwnerRefType);
