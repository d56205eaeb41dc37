//! `AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType`, from `apis/triggers/schemas/accessrequestpostapproval.yaml#/properties/requestedItemsStatus/items/properties/approvalInfo/items/properties/approver/properties/type`.

/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType::Identity => {
                "IDENTITY"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType::Identity
            }
            other => {
                AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType
);
