//! `PreApprovalTriggerDetailsDecision`, from `v2024/schemas/PreApprovalTriggerDetails.yaml#/properties/decision`.

/// The decision of the pre-approval trigger
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PreApprovalTriggerDetailsDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PreApprovalTriggerDetailsDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PreApprovalTriggerDetailsDecision::Approved => "APPROVED",
            PreApprovalTriggerDetailsDecision::Rejected => "REJECTED",
            PreApprovalTriggerDetailsDecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for PreApprovalTriggerDetailsDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => PreApprovalTriggerDetailsDecision::Approved,
            "REJECTED" => PreApprovalTriggerDetailsDecision::Rejected,
            other => PreApprovalTriggerDetailsDecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PreApprovalTriggerDetailsDecision);
