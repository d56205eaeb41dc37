//! `ProvisioningCompletedAccountRequestsInner`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml#/properties/accountRequests/items`.

use crate::models::{
    ProvisioningCompletedAccountRequestsInnerAccountOperation,
    ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner,
    ProvisioningCompletedAccountRequestsInnerProvisioningResult,
    ProvisioningCompletedAccountRequestsInnerSource,
};

/// `ProvisioningCompletedAccountRequestsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningCompletedAccountRequestsInner {
    /// Source that ISC is provisioning access on.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ProvisioningCompletedAccountRequestsInnerSource>,
    /// Unique idenfier of the account being provisioned.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Provisioning operation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "accountOperation", skip_serializing_if = "Option::is_none")]
    pub account_operation: Option<
        ProvisioningCompletedAccountRequestsInnerAccountOperation,
    >,
    /// Overall result of the provisioning transaction.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "provisioningResult", skip_serializing_if = "Option::is_none")]
    pub provisioning_result: Option<
        ProvisioningCompletedAccountRequestsInnerProvisioningResult,
    >,
    /// Nme of the selected provisioning channel selected. This could be the same as the source, or it could be a Service Desk Integration Module (SDIM).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "provisioningTarget")]
    pub provisioning_target: String,
    /// Reference to a tracking number for if this is sent to a SDIM.
    #[serde(rename = "ticketId", skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// List of attributes to include in the provisioning transaction.
    #[serde(rename = "attributeRequests", skip_serializing_if = "Option::is_none")]
    pub attribute_requests: Option<
        Vec<ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningCompletedAccountRequestsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source: ProvisioningCompletedAccountRequestsInnerSource,
        account_operation: ProvisioningCompletedAccountRequestsInnerAccountOperation,
        provisioning_result: ProvisioningCompletedAccountRequestsInnerProvisioningResult,
        provisioning_target: impl Into<String>,
    ) -> Self {
        ProvisioningCompletedAccountRequestsInner {
            source: Some(source),
            account_id: None,
            account_operation: Some(account_operation),
            provisioning_result: Some(provisioning_result),
            provisioning_target: provisioning_target.into(),
            ticket_id: None,
            attribute_requests: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningCompletedAccountRequestsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningCompletedAccountRequestsInner {
    const NAME: &'static str = "ProvisioningCompletedAccountRequestsInner";

    #[inline]
    fn empty() -> Self {
        ProvisioningCompletedAccountRequestsInner {
            source: None,
            account_id: None,
            account_operation: None,
            provisioning_result: None,
            provisioning_target: Default::default(),
            ticket_id: None,
            attribute_requests: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "source" => self.source = map.next_value()?,
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountOperation" => self.account_operation = map.next_value()?,
            "provisioningResult" => self.provisioning_result = map.next_value()?,
            "provisioningTarget" => {
                self.provisioning_target = map.next_value_seed(crate::lenient::Text)?;
            }
            "ticketId" => {
                self.ticket_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeRequests" => self.attribute_requests = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
