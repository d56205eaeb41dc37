//! `Campaign2MandatoryCommentRequirement`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/mandatoryCommentRequirement`.

/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2MandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2MandatoryCommentRequirement {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2MandatoryCommentRequirement::AllDecisions => "ALL_DECISIONS",
            Campaign2MandatoryCommentRequirement::RevokeOnlyDecisions => {
                "REVOKE_ONLY_DECISIONS"
            }
            Campaign2MandatoryCommentRequirement::NoDecisions => "NO_DECISIONS",
            Campaign2MandatoryCommentRequirement::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2MandatoryCommentRequirement {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Campaign2MandatoryCommentRequirement::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => {
                Campaign2MandatoryCommentRequirement::RevokeOnlyDecisions
            }
            "NO_DECISIONS" => Campaign2MandatoryCommentRequirement::NoDecisions,
            other => Campaign2MandatoryCommentRequirement::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Campaign2MandatoryCommentRequirement);
