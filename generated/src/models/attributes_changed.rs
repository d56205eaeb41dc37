//! `AttributesChanged`, from `beta/schemas/AttributesChanged.yaml`.

use crate::models::AttributeChange;

/// `AttributesChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttributesChanged {
    #[serde(rename = "attributeChanges", default)]
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
}

impl AttributesChanged {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(attribute_changes: Vec<AttributeChange>) -> Self {
        AttributesChanged {
            attribute_changes,
            event_type: None,
            identity_id: None,
            date_time: None,
        }
    }
}
