//! `LoadUncorrelatedAccountsTaskTaskMessagesInner`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml#/properties/task/properties/messages/items`.

use crate::models::LoadUncorrelatedAccountsTaskTaskMessagesInnerType;

/// `LoadUncorrelatedAccountsTaskTaskMessagesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadUncorrelatedAccountsTaskTaskMessagesInner {
    /// Type of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LoadUncorrelatedAccountsTaskTaskMessagesInnerType>,
    /// Flag whether message is an error.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub error: Option<bool>,
    /// Flag whether message is a warning.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub warning: Option<bool>,
    /// Message string identifier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// Message context with the locale based language.
    #[serde(
        rename = "localizedText",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub localized_text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadUncorrelatedAccountsTaskTaskMessagesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadUncorrelatedAccountsTaskTaskMessagesInner {
            r#type: None,
            error: None,
            warning: None,
            key: None,
            localized_text: None,
            additional_properties: Default::default(),
        }
    }
}
