//! `AccessProfileBulkUpdateRequestInner`, from `v3/schemas/access/AccessProfileBulkUpdateRequest.yaml#/items`.

/// Access Profile's basic details.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessProfileBulkUpdateRequestInner {
    /// Access Profile ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Access Profile is requestable or not.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub requestable: Option<bool>,
}

impl AccessProfileBulkUpdateRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileBulkUpdateRequestInner {
            id: None,
            requestable: None,
        }
    }
}
