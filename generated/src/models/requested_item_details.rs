//! `RequestedItemDetails`, from `v3/schemas/access-requests/RequestedItemDetails.yaml`.

use crate::models::RequestedItemDetailsType;

/// `RequestedItemDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RequestedItemDetails {
    /// The type of access item requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestedItemDetailsType>,
    /// The id of the access item requested.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
}

impl RequestedItemDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestedItemDetails {
            r#type: None,
            id: None,
        }
    }
}
