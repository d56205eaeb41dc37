//! `Reassignmenttypeenum`, from `apis/work-reassignment/schemas/reassignmenttypeenum.yaml`.

/// Enum list containing types of Reassignment that can be found in the evaluate response.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reassignmenttypeenum {
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

impl Reassignmenttypeenum {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Reassignmenttypeenum::ManualReassignment => "MANUAL_REASSIGNMENT",
            Reassignmenttypeenum::AutomaticReassignment => "AUTOMATIC_REASSIGNMENT",
            Reassignmenttypeenum::AutoEscalation => "AUTO_ESCALATION",
            Reassignmenttypeenum::SelfReviewDelegation => "SELF_REVIEW_DELEGATION",
            Reassignmenttypeenum::Unknown(value) => value,
        }
    }
}

impl From<&str> for Reassignmenttypeenum {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT" | "MANUAL_REASSIGNMENT," => {
                Reassignmenttypeenum::ManualReassignment
            }
            "AUTOMATIC_REASSIGNMENT" | "AUTOMATIC_REASSIGNMENT," => {
                Reassignmenttypeenum::AutomaticReassignment
            }
            "AUTO_ESCALATION" | "AUTO_ESCALATION," => {
                Reassignmenttypeenum::AutoEscalation
            }
            "SELF_REVIEW_DELEGATION" => Reassignmenttypeenum::SelfReviewDelegation,
            other => Reassignmenttypeenum::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Reassignmenttypeenum);
