//! `CampaignreferenceMandatoryCommentRequirement`, from `apis/shared/schemas/campaignreference.yaml#/properties/mandatoryCommentRequirement`.

/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignreferenceMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignreferenceMandatoryCommentRequirement {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignreferenceMandatoryCommentRequirement::AllDecisions => "ALL_DECISIONS",
            CampaignreferenceMandatoryCommentRequirement::RevokeOnlyDecisions => {
                "REVOKE_ONLY_DECISIONS"
            }
            CampaignreferenceMandatoryCommentRequirement::NoDecisions => "NO_DECISIONS",
            CampaignreferenceMandatoryCommentRequirement::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignreferenceMandatoryCommentRequirement {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => CampaignreferenceMandatoryCommentRequirement::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => {
                CampaignreferenceMandatoryCommentRequirement::RevokeOnlyDecisions
            }
            "NO_DECISIONS" => CampaignreferenceMandatoryCommentRequirement::NoDecisions,
            other => {
                CampaignreferenceMandatoryCommentRequirement::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(CampaignreferenceMandatoryCommentRequirement);
