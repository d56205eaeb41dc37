//! `TemplateTeams`, from `beta/schemas/TemplateTeams.yaml`.

use crate::models::{TemplateTeamsAutoApprovalData, TemplateTeamsCustomFields};

/// `TemplateTeams` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateTeams {
    /// The template key
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The title of the Teams message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub title: Option<String>,
    /// The main text content of the Teams message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub text: Option<String>,
    /// JSON string of the Teams adaptive card
    #[serde(
        rename = "messageJSON",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message_json: Option<String>,
    /// Whether this is a subscription notification
    #[serde(
        rename = "isSubscription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_subscription: Option<bool>,
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
    /// The type of notification
    #[serde(
        rename = "notificationType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub notification_type: Option<String>,
    #[serde(
        rename = "autoApprovalData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_approval_data: Option<TemplateTeamsAutoApprovalData>,
    #[serde(rename = "customFields", default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<TemplateTeamsCustomFields>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateTeams {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TemplateTeams {
            key: None,
            title: None,
            text: None,
            message_json: None,
            is_subscription: None,
            approval_id: None,
            request_id: None,
            requested_by_id: None,
            notification_type: None,
            auto_approval_data: None,
            custom_fields: None,
            additional_properties: Default::default(),
        }
    }
}
