//! `ReassignmentType`, from `openapi.yaml#/components/schemas/ReassignmentType`.

/// The first value really is `MANUAL_REASSIGNMENT,` (with a comma).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReassignmentType {
    /// `MANUAL_REASSIGNMENT`
    ManualReassignment,
    /// `AUTO_ESCALATION`
    AutoEscalation,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReassignmentType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReassignmentType::ManualReassignment => "MANUAL_REASSIGNMENT",
            ReassignmentType::AutoEscalation => "AUTO_ESCALATION",
            ReassignmentType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReassignmentType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT" | "MANUAL_REASSIGNMENT," => {
                ReassignmentType::ManualReassignment
            }
            "AUTO_ESCALATION" => ReassignmentType::AutoEscalation,
            other => ReassignmentType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReassignmentType);
