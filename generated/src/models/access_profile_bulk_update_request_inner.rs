//! `AccessProfileBulkUpdateRequestInner`, from `v3/schemas/access/AccessProfileBulkUpdateRequest.yaml#/items`.

/// Access Profile's basic details.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileBulkUpdateRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileBulkUpdateRequestInner {
            id: None,
            requestable: None,
            additional_properties: Default::default(),
        }
    }
}
