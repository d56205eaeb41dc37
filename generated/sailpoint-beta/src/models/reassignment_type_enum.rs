//! `ReassignmentTypeEnum`, from `beta/schemas/work-reassignment/ReassignmentTypeEnum.yaml`.

/// Enum list containing types of Reassignment that can be found in the evaluate response.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReassignmentTypeEnum {
    /// `MANUAL_REASSIGNMENT`
    ManualReassignment,
    /// `AUTOMATIC_REASSIGNMENT`
    AutomaticReassignment,
    /// `AUTO_ESCALATION`
    AutoEscalation,
    /// `SELF_REVIEW_DELEGATION`
    SelfReviewDelegation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReassignmentTypeEnum {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReassignmentTypeEnum::ManualReassignment => "MANUAL_REASSIGNMENT",
            ReassignmentTypeEnum::AutomaticReassignment => "AUTOMATIC_REASSIGNMENT",
            ReassignmentTypeEnum::AutoEscalation => "AUTO_ESCALATION",
            ReassignmentTypeEnum::SelfReviewDelegation => "SELF_REVIEW_DELEGATION",
            ReassignmentTypeEnum::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReassignmentTypeEnum {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT" | "MANUAL_REASSIGNMENT," => {
                ReassignmentTypeEnum::ManualReassignment
            }
            "AUTOMATIC_REASSIGNMENT" | "AUTOMATIC_REASSIGNMENT," => {
                ReassignmentTypeEnum::AutomaticReassignment
            }
            "AUTO_ESCALATION" | "AUTO_ESCALATION," => {
                ReassignmentTypeEnum::AutoEscalation
            }
            "SELF_REVIEW_DELEGATION" => ReassignmentTypeEnum::SelfReviewDelegation,
            other => ReassignmentTypeEnum::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReassignmentTypeEnum);
