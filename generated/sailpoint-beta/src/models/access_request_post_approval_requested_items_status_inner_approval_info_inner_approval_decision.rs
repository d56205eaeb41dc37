//! `AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items/properties/approvalInfo/items/properties/approvalDecision`.

/// Approver's final decision.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    /// `APPROVED`
    Approved,
    /// `DENIED`
    Denied,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Approved => {
                "APPROVED"
            }
            AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Denied => {
                "DENIED"
            }
            AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => {
                AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Approved
            }
            "DENIED" => {
                AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Denied
            }
            other => {
                AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision
);
