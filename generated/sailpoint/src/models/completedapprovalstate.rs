//! `Completedapprovalstate`, from `apis/access-request-approvals/schemas/completedapprovalstate.yaml`.

/// Enum represents completed approval object's state.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Completedapprovalstate {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Completedapprovalstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Completedapprovalstate::Approved => "APPROVED",
            Completedapprovalstate::Rejected => "REJECTED",
            Completedapprovalstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Completedapprovalstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Completedapprovalstate::Approved,
            "REJECTED" => Completedapprovalstate::Rejected,
            other => Completedapprovalstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Completedapprovalstate);
