//! `AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision`, from `apis/triggers/schemas/accessrequestpostapproval.yaml#/properties/requestedItemsStatus/items/properties/approvalInfo/items/properties/approvalDecision`.

/// The final decision of the approver.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    /// `APPROVED`
    Approved,
    /// `DENIED`
    Denied,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Approved => {
                "APPROVED"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Denied => {
                "DENIED"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Approved
            }
            "DENIED" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Denied
            }
            other => {
                AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision
);
