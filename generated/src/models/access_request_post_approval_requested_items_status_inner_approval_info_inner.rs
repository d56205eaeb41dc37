//! `AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items/properties/approvalInfo/items`.

use crate::models::{
    AccessItemApproverDto,
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
};

/// `AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner {
    /// Approver's comment.
    #[serde(
        rename = "approvalComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approval_comment: Option<String>,
    /// Approver's final decision.
    #[serde(rename = "approvalDecision")]
    pub approval_decision: AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
    /// Approver's name.
    #[serde(
        rename = "approverName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub approver_name: String,
    /// Approver's identity.
    pub approver: AccessItemApproverDto,
}

impl AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        approval_decision: AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
        approver_name: impl Into<String>,
        approver: AccessItemApproverDto,
    ) -> Self {
        AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner {
            approval_comment: None,
            approval_decision,
            approver_name: approver_name.into(),
            approver,
        }
    }
}
