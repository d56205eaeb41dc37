//! `Approval2ApprovalCriteriaApprovalCalculationType`, from `apis/approvals/schemas/approval-2.yaml#/properties/approvalCriteria/properties/approval/properties/calculationType`.

/// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to approve
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approval2ApprovalCriteriaApprovalCalculationType {
    /// `COUNT`
    Count,
    /// `PERCENT`
    Percent,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Approval2ApprovalCriteriaApprovalCalculationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approval2ApprovalCriteriaApprovalCalculationType::Count => "COUNT",
            Approval2ApprovalCriteriaApprovalCalculationType::Percent => "PERCENT",
            Approval2ApprovalCriteriaApprovalCalculationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approval2ApprovalCriteriaApprovalCalculationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Approval2ApprovalCriteriaApprovalCalculationType::Count,
            "PERCENT" => Approval2ApprovalCriteriaApprovalCalculationType::Percent,
            other => {
                Approval2ApprovalCriteriaApprovalCalculationType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Approval2ApprovalCriteriaApprovalCalculationType);
