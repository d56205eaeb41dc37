//! `SendTestNotificationRequestDto`, from `beta/schemas/SendTestNotificationRequestDto.yaml`.

use crate::models::SendTestNotificationRequestDtoMedium;

/// `SendTestNotificationRequestDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SendTestNotificationRequestDto {
    /// The template notification key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The notification medium. Has to be one of the following enum values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<SendTestNotificationRequestDtoMedium>,
    /// The locale for the message text.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub locale: Option<String>,
    /// A Json object that denotes the context specific to the template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<serde_json::Map<String, serde_json::Value>>,
    /// A list of override recipient email addresses for the test notification.
    #[serde(
        rename = "recipientEmailList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_email_list: Option<Vec<String>>,
    /// A list of CC email addresses for the test notification.
    #[serde(rename = "carbonCopy", default, skip_serializing_if = "Option::is_none")]
    pub carbon_copy: Option<Vec<String>>,
    /// A list of BCC email addresses for the test notification.
    #[serde(
        rename = "blindCarbonCopy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub blind_carbon_copy: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendTestNotificationRequestDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendTestNotificationRequestDto {
            key: None,
            medium: None,
            locale: None,
            context: None,
            recipient_email_list: None,
            carbon_copy: None,
            blind_carbon_copy: None,
            additional_properties: Default::default(),
        }
    }
}
