//! `Approval2ApprovalCriteriaRejectionCalculationType`, from `apis/approvals/schemas/approval-2.yaml#/properties/approvalCriteria/properties/rejection/properties/calculationType`.

/// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to reject
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approval2ApprovalCriteriaRejectionCalculationType {
    /// `COUNT`
    Count,
    /// `PERCENT`
    Percent,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Approval2ApprovalCriteriaRejectionCalculationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approval2ApprovalCriteriaRejectionCalculationType::Count => "COUNT",
            Approval2ApprovalCriteriaRejectionCalculationType::Percent => "PERCENT",
            Approval2ApprovalCriteriaRejectionCalculationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approval2ApprovalCriteriaRejectionCalculationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Approval2ApprovalCriteriaRejectionCalculationType::Count,
            "PERCENT" => Approval2ApprovalCriteriaRejectionCalculationType::Percent,
            other => {
                Approval2ApprovalCriteriaRejectionCalculationType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Approval2ApprovalCriteriaRejectionCalculationType);
