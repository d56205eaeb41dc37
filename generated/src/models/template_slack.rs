//! `TemplateSlack`, from `beta/schemas/TemplateSlack.yaml`.

use crate::models::{TemplateSlackAutoApprovalData, TemplateSlackCustomFields};

/// `TemplateSlack` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateSlack {
    /// The template key
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The main text content of the Slack message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub text: Option<String>,
    /// JSON string of Slack Block Kit blocks for rich formatting
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub blocks: Option<String>,
    /// JSON string of Slack attachments
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attachments: Option<String>,
    /// The type of notification
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notification_type: Option<String>,
    /// The approval request ID
    #[serde(
        rename = "approvalId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approval_id: Option<String>,
    /// The request ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// The ID of the user who made the request
    #[serde(
        rename = "requestedById",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requested_by_id: Option<String>,
    /// Whether this is a subscription notification
    #[serde(
        rename = "isSubscription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_subscription: Option<bool>,
    #[serde(
        rename = "autoApprovalData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_approval_data: Option<TemplateSlackAutoApprovalData>,
    #[serde(rename = "customFields", default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<TemplateSlackCustomFields>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateSlack {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TemplateSlack {
            key: None,
            text: None,
            blocks: None,
            attachments: None,
            notification_type: None,
            approval_id: None,
            request_id: None,
            requested_by_id: None,
            is_subscription: None,
            auto_approval_data: None,
            custom_fields: None,
            additional_properties: Default::default(),
        }
    }
}
