//! `RequestedItemStatusRequestedFor`, from `v3/schemas/RequestedItemStatus.yaml#/properties/requestedFor`.

use crate::models::RequestedItemStatusRequestedForType;

/// Identity access was requested for.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl RequestedItemStatusRequestedFor {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestedItemStatusRequestedFor {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
