//! `FullcampaignMandatoryCommentRequirement`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/mandatoryCommentRequirement`.

/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignMandatoryCommentRequirement {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignMandatoryCommentRequirement::AllDecisions => "ALL_DECISIONS",
            FullcampaignMandatoryCommentRequirement::RevokeOnlyDecisions => {
                "REVOKE_ONLY_DECISIONS"
            }
            FullcampaignMandatoryCommentRequirement::NoDecisions => "NO_DECISIONS",
            FullcampaignMandatoryCommentRequirement::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignMandatoryCommentRequirement {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => FullcampaignMandatoryCommentRequirement::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => {
                FullcampaignMandatoryCommentRequirement::RevokeOnlyDecisions
            }
            "NO_DECISIONS" => FullcampaignMandatoryCommentRequirement::NoDecisions,
            other => FullcampaignMandatoryCommentRequirement::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FullcampaignMandatoryCommentRequirement);
