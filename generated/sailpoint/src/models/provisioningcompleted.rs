//! `Provisioningcompleted`, from `apis/triggers/schemas/provisioningcompleted.yaml`.

use crate::models::{
    ProvisioningcompletedAccountRequestsInner, ProvisioningcompletedRecipient,
    ProvisioningcompletedRequester,
};

/// `Provisioningcompleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Provisioningcompleted {
    /// The reference number of the provisioning request. Useful for tracking status in the Account Activity search interface.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "trackingNumber")]
    pub tracking_number: String,
    /// One or more sources that the provisioning transaction(s) were done against.  Sources are comma separated.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub sources: String,
    /// Origin of where the provisioning request came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// A list of any accumulated error messages that occurred during provisioning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// A list of any accumulated warning messages that occurred during provisioning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<String>>,
    /// Provisioning recpient.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<ProvisioningcompletedRecipient>,
    /// Provisioning requester's identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<ProvisioningcompletedRequester>,
    /// A list of provisioning instructions to be executed on a per-account basis. The order in which operations are executed may not always be predictable.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "accountRequests")]
    pub account_requests: Vec<ProvisioningcompletedAccountRequestsInner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Provisioningcompleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        tracking_number: impl Into<String>,
        sources: impl Into<String>,
        recipient: ProvisioningcompletedRecipient,
        account_requests: Vec<ProvisioningcompletedAccountRequestsInner>,
    ) -> Self {
        Provisioningcompleted {
            tracking_number: tracking_number.into(),
            sources: sources.into(),
            action: None,
            errors: None,
            warnings: None,
            recipient: Some(recipient),
            requester: None,
            account_requests,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Provisioningcompleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Provisioningcompleted {
    const NAME: &'static str = "Provisioningcompleted";

    #[inline]
    fn empty() -> Self {
        Provisioningcompleted {
            tracking_number: Default::default(),
            sources: Default::default(),
            action: None,
            errors: None,
            warnings: None,
            recipient: None,
            requester: None,
            account_requests: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "trackingNumber" => {
                self.tracking_number = map.next_value_seed(crate::lenient::Text)?;
            }
            "sources" => self.sources = map.next_value_seed(crate::lenient::Text)?,
            "action" => self.action = map.next_value_seed(crate::lenient::TextOption)?,
            "errors" => self.errors = map.next_value()?,
            "warnings" => self.warnings = map.next_value()?,
            "recipient" => self.recipient = map.next_value()?,
            "requester" => self.requester = map.next_value()?,
            "accountRequests" => {
                self.account_requests = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
