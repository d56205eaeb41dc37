//! `ProvisioningCompletedAccountRequestsInner`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items`.

use crate::models::{
    ProvisioningCompletedAccountRequestsInnerAccountOperation,
    ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner,
    ProvisioningCompletedAccountRequestsInnerProvisioningResult,
    ProvisioningCompletedAccountRequestsInnerSource,
};

/// `ProvisioningCompletedAccountRequestsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProvisioningCompletedAccountRequestsInner {
    /// Source that ISC is provisioning access on.
    pub source: ProvisioningCompletedAccountRequestsInnerSource,
    /// Unique idenfier of the account being provisioned.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_id: Option<String>,
    /// Provisioning operation.
    #[serde(rename = "accountOperation")]
    pub account_operation: ProvisioningCompletedAccountRequestsInnerAccountOperation,
    /// Overall result of the provisioning transaction.
    #[serde(rename = "provisioningResult")]
    pub provisioning_result: ProvisioningCompletedAccountRequestsInnerProvisioningResult,
    /// Nme of the selected provisioning channel selected. This could be the same as the source, or it could be a Service Desk Integration Module (SDIM).
    #[serde(
        rename = "provisioningTarget",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub provisioning_target: String,
    /// Reference to a tracking number for if this is sent to a SDIM.
    #[serde(
        rename = "ticketId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub ticket_id: Option<String>,
    /// List of attributes to include in the provisioning transaction.
    #[serde(
        rename = "attributeRequests",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_requests: Option<
        Vec<ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner>,
    >,
}

impl ProvisioningCompletedAccountRequestsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        source: ProvisioningCompletedAccountRequestsInnerSource,
        account_operation: ProvisioningCompletedAccountRequestsInnerAccountOperation,
        provisioning_result: ProvisioningCompletedAccountRequestsInnerProvisioningResult,
        provisioning_target: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedAccountRequestsInner {
            source,
            account_id: None,
            account_operation,
            provisioning_result,
            provisioning_target: provisioning_target.into(),
            ticket_id: None,
            attribute_requests: None,
        }
    }
}
