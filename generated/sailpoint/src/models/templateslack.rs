//! `Templateslack`, from `apis/notifications/schemas/templateslack.yaml`.

use crate::models::{TemplateslackAutoApprovalData, TemplateslackCustomFields};

/// `Templateslack` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templateslack {
    /// The template key
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The main text content of the Slack message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// JSON string of Slack Block Kit blocks for rich formatting
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocks: Option<String>,
    /// JSON string of Slack attachments
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<String>,
    /// The type of notification
    #[serde(rename = "notificationType", skip_serializing_if = "Option::is_none")]
    pub notification_type: Option<String>,
    /// The approval request ID
    #[serde(rename = "approvalId", skip_serializing_if = "Option::is_none")]
    pub approval_id: Option<String>,
    /// The request ID
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the user who made the request
    #[serde(rename = "requestedById", skip_serializing_if = "Option::is_none")]
    pub requested_by_id: Option<String>,
    /// Whether this is a subscription notification
    #[serde(rename = "isSubscription", skip_serializing_if = "Option::is_none")]
    pub is_subscription: Option<bool>,
    #[serde(rename = "autoApprovalData", skip_serializing_if = "Option::is_none")]
    pub auto_approval_data: Option<TemplateslackAutoApprovalData>,
    #[serde(rename = "customFields", skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<TemplateslackCustomFields>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templateslack {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Templateslack {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templateslack {
    const NAME: &'static str = "Templateslack";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "text" => self.text = map.next_value_seed(crate::lenient::TextOption)?,
            "blocks" => self.blocks = map.next_value_seed(crate::lenient::TextOption)?,
            "attachments" => {
                self.attachments = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "notificationType" => {
                self.notification_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalId" => {
                self.approval_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestId" => {
                self.request_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedById" => {
                self.requested_by_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isSubscription" => {
                self.is_subscription = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "autoApprovalData" => self.auto_approval_data = map.next_value()?,
            "customFields" => self.custom_fields = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
