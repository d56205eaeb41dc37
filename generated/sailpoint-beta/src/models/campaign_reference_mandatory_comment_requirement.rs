//! `CampaignReferenceMandatoryCommentRequirement`, from `v3/schemas/CampaignReference.yaml#/properties/mandatoryCommentRequirement`.

/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignReferenceMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignReferenceMandatoryCommentRequirement {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignReferenceMandatoryCommentRequirement::AllDecisions => "ALL_DECISIONS",
            CampaignReferenceMandatoryCommentRequirement::RevokeOnlyDecisions => {
                "REVOKE_ONLY_DECISIONS"
            }
            CampaignReferenceMandatoryCommentRequirement::NoDecisions => "NO_DECISIONS",
            CampaignReferenceMandatoryCommentRequirement::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignReferenceMandatoryCommentRequirement {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => CampaignReferenceMandatoryCommentRequirement::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => {
                CampaignReferenceMandatoryCommentRequirement::RevokeOnlyDecisions
            }
            "NO_DECISIONS" => CampaignReferenceMandatoryCommentRequirement::NoDecisions,
            other => {
                CampaignReferenceMandatoryCommentRequirement::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(CampaignReferenceMandatoryCommentRequirement);
