//! `AttributesChanged`, from `beta/schemas/AttributesChanged.yaml`.

use crate::models::AttributeChange;

/// `AttributesChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributesChanged {
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "attributeChanges",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub attribute_changes: Vec<AttributeChange>,
    /// the event type
    #[serde(
        rename = "eventType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributesChanged {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attribute_changes: Vec<AttributeChange>) -> Self {
        AttributesChanged {
            attribute_changes,
            event_type: None,
            identity_id: None,
            date_time: None,
            additional_properties: Default::default(),
        }
    }
}
