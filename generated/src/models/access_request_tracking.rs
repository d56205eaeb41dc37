//! `AccessRequestTracking`, from `v3/schemas/access-requests/AccessRequestTracking.yaml`.

use crate::models::RequestedItemDetails;

/// `AccessRequestTracking` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestTracking {
    /// The identity id in which the access request is for.
    #[serde(
        rename = "requestedFor",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requested_for: Option<String>,
    /// The details of the item requested.
    #[serde(
        rename = "requestedItemsDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_items_details: Option<Vec<RequestedItemDetails>>,
    /// a hash representation of the access requested, useful for longer term tracking client side.
    ///
    /// The spec declares a 32-bit integer, but its example does not fit in 32 bits, so this is 64-bit.
    #[serde(rename = "attributesHash", default, skip_serializing_if = "Option::is_none")]
    pub attributes_hash: Option<i64>,
    /// a list of access request identifiers, generally only one will be populated, but high volume requested may result in multiple ids.
    #[serde(
        rename = "accessRequestIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_request_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestTracking {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestTracking {
            requested_for: None,
            requested_items_details: None,
            attributes_hash: None,
            access_request_ids: None,
            additional_properties: Default::default(),
        }
    }
}
