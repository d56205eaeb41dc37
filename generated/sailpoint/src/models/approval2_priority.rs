//! `Approval2Priority`, from `apis/approvals/schemas/approval-2.yaml#/properties/priority`.

/// The priority of the approval
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approval2Priority {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Approval2Priority {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approval2Priority::High => "HIGH",
            Approval2Priority::Medium => "MEDIUM",
            Approval2Priority::Low => "LOW",
            Approval2Priority::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approval2Priority {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => Approval2Priority::High,
            "MEDIUM" => Approval2Priority::Medium,
            "LOW" => Approval2Priority::Low,
            other => Approval2Priority::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Approval2Priority);
