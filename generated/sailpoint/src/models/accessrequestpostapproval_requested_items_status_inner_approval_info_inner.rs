//! `AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner`, from `apis/triggers/schemas/accessrequestpostapproval.yaml#/properties/requestedItemsStatus/items/properties/approvalInfo/items`.

use crate::models::{
    AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
    AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprover,
};

/// `AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
    /// A comment left by the approver.
    #[serde(rename = "approvalComment", skip_serializing_if = "Option::is_none")]
    pub approval_comment: Option<String>,
    /// The final decision of the approver.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "approvalDecision", skip_serializing_if = "Option::is_none")]
    pub approval_decision: Option<
        AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
    >,
    /// The name of the approver
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "approverName")]
    pub approver_name: String,
    /// The identity of the approver.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver: Option<
        AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprover,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        approval_decision: AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision,
        approver_name: impl Into<String>,
        approver: AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprover,
    ) -> Self {
        AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
            approval_comment: None,
            approval_decision: Some(approval_decision),
            approver_name: approver_name.into(),
            approver: Some(approver),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de>
for AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
    const NAME: &'static str = "AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner";

    #[inline]
    fn empty() -> Self {
        AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner {
            approval_comment: None,
            approval_decision: None,
            approver_name: Default::default(),
            approver: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "approvalComment" => {
                self.approval_comment = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalDecision" => self.approval_decision = map.next_value()?,
            "approverName" => {
                self.approver_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "approver" => self.approver = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
