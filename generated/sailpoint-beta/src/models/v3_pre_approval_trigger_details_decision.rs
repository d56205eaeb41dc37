//! `V3PreApprovalTriggerDetailsDecision`, from `v3/schemas/PreApprovalTriggerDetails.yaml#/properties/decision`.

/// The decision of the pre-approval trigger
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3PreApprovalTriggerDetailsDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3PreApprovalTriggerDetailsDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3PreApprovalTriggerDetailsDecision::Approved => "APPROVED",
            V3PreApprovalTriggerDetailsDecision::Rejected => "REJECTED",
            V3PreApprovalTriggerDetailsDecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3PreApprovalTriggerDetailsDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => V3PreApprovalTriggerDetailsDecision::Approved,
            "REJECTED" => V3PreApprovalTriggerDetailsDecision::Rejected,
            other => V3PreApprovalTriggerDetailsDecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3PreApprovalTriggerDetailsDecision);
