//! `RequestedForDtoRef`, from `v3/schemas/access-requests/RequestedForDtoRef.yaml`.

use crate::models::RequestedItemDtoRef;

/// `RequestedForDtoRef` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestedForDtoRef {
    /// The identity id for which the access is requested
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// the details for the access items that are requested for the identity
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "requestedItems",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub requested_items: Vec<RequestedItemDtoRef>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestedForDtoRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity_id: impl Into<String>,
        requested_items: Vec<RequestedItemDtoRef>,
    ) -> Self {
        RequestedForDtoRef {
            identity_id: identity_id.into(),
            requested_items,
            additional_properties: Default::default(),
        }
    }
}
