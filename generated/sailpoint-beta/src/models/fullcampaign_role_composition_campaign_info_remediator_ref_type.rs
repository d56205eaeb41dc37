//! `FullcampaignRoleCompositionCampaignInfoRemediatorRefType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/remediatorRef/properties/type`.

/// Legal Remediator Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignRoleCompositionCampaignInfoRemediatorRefType::Identity => {
                "IDENTITY"
            }
            FullcampaignRoleCompositionCampaignInfoRemediatorRefType::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                FullcampaignRoleCompositionCampaignInfoRemediatorRefType::Identity
            }
            other => {
                FullcampaignRoleCompositionCampaignInfoRemediatorRefType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(FullcampaignRoleCompositionCampaignInfoRemediatorRefType);
