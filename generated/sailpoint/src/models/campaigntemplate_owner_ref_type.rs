//! `CampaigntemplateOwnerRefType`, from `apis/certification-campaigns/schemas/campaigntemplate.yaml#/properties/ownerRef/properties/type`.

/// Type of the owner
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaigntemplateOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaigntemplateOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaigntemplateOwnerRefType::Identity => "IDENTITY",
            CampaigntemplateOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaigntemplateOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CampaigntemplateOwnerRefType::Identity,
            other => CampaigntemplateOwnerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaigntemplateOwnerRefType);
