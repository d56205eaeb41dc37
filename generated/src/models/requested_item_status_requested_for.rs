//! `RequestedItemStatusRequestedFor`, from `v3/schemas/RequestedItemStatus.yaml#/properties/requestedFor`.

use crate::models::RequestedItemStatusRequestedForType;

/// Identity access was requested for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestedItemStatusRequestedFor {
    /// Type of the object to which this reference applies
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestedItemStatusRequestedForType>,
    /// ID of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestedItemStatusRequestedFor {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestedItemStatusRequestedFor {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
