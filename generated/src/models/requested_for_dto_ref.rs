//! `RequestedForDtoRef`, from `v3/schemas/access-requests/RequestedForDtoRef.yaml`.

use crate::models::RequestedItemDtoRef;

/// `RequestedForDtoRef` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RequestedForDtoRef {
    /// The identity id for which the access is requested
    #[serde(rename = "identityId", default, deserialize_with = "crate::lenient::string")]
    pub identity_id: String,
    /// the details for the access items that are requested for the identity
    #[serde(rename = "requestedItems", default)]
    pub requested_items: Vec<RequestedItemDtoRef>,
}

impl RequestedForDtoRef {
    /// Builds the value from its required fields.
    pub fn new(
        identity_id: impl Into<String>,
        requested_items: Vec<RequestedItemDtoRef>,
    ) -> Self {
        RequestedForDtoRef {
            identity_id: identity_id.into(),
            requested_items,
        }
    }
}
