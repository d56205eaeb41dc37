//! `Campaign2RoleCompositionCampaignInfoRemediatorRefType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/remediatorRef/properties/type`.

/// Legal Remediator Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2RoleCompositionCampaignInfoRemediatorRefType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2RoleCompositionCampaignInfoRemediatorRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2RoleCompositionCampaignInfoRemediatorRefType::Identity => "IDENTITY",
            Campaign2RoleCompositionCampaignInfoRemediatorRefType::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for Campaign2RoleCompositionCampaignInfoRemediatorRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Campaign2RoleCompositionCampaignInfoRemediatorRefType::Identity,
            other => {
                Campaign2RoleCompositionCampaignInfoRemediatorRefType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Campaign2RoleCompositionCampaignInfoRemediatorRefType);
