//! `ProvisioningcompletedAccountRequestsInner`, from `apis/triggers/schemas/provisioningcompleted.yaml#/properties/accountRequests/items`.

use crate::models::{
    ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner,
    ProvisioningcompletedAccountRequestsInnerProvisioningResult,
    ProvisioningcompletedAccountRequestsInnerSource,
};

/// `ProvisioningcompletedAccountRequestsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningcompletedAccountRequestsInner {
    /// Reference to the source being provisioned against.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ProvisioningcompletedAccountRequestsInnerSource>,
    /// The unique idenfier of the account being provisioned.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The provisioning operation; typically Create, Modify, Enable, Disable, Unlock, or Delete.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accountOperation")]
    pub account_operation: String,
    /// The overall result of the provisioning transaction; this could be success, pending, failed, etc.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "provisioningResult", skip_serializing_if = "Option::is_none")]
    pub provisioning_result: Option<
        ProvisioningcompletedAccountRequestsInnerProvisioningResult,
    >,
    /// The name of the provisioning channel selected; this could be the same as the source, or could be a Service Desk Integration Module (SDIM).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "provisioningTarget")]
    pub provisioning_target: String,
    /// A reference to a tracking number, if this is sent to a Service Desk Integration Module (SDIM).
    #[serde(rename = "ticketId", skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// A list of attributes as part of the provisioning transaction.
    #[serde(rename = "attributeRequests", skip_serializing_if = "Option::is_none")]
    pub attribute_requests: Option<
        Vec<ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningcompletedAccountRequestsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source: ProvisioningcompletedAccountRequestsInnerSource,
        account_operation: impl Into<String>,
        provisioning_result: ProvisioningcompletedAccountRequestsInnerProvisioningResult,
        provisioning_target: impl Into<String>,
    ) -> Self {
        ProvisioningcompletedAccountRequestsInner {
            source: Some(source),
            account_id: None,
            account_operation: account_operation.into(),
            provisioning_result: Some(provisioning_result),
            provisioning_target: provisioning_target.into(),
            ticket_id: None,
            attribute_requests: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningcompletedAccountRequestsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningcompletedAccountRequestsInner {
    const NAME: &'static str = "ProvisioningcompletedAccountRequestsInner";

    #[inline]
    fn empty() -> Self {
        ProvisioningcompletedAccountRequestsInner {
            source: None,
            account_id: None,
            account_operation: Default::default(),
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
            "accountOperation" => {
                self.account_operation = map.next_value_seed(crate::lenient::Text)?;
            }
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
