//! `DeletedEvent`, from `openapi.yaml#/components/schemas/DeletedEvent`.

/// An object was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DeletedEvent {
    /// Id of the deleted object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "deletedId", default, deserialize_with = "crate::lenient::string")]
    pub deleted_id: String,
    /// Why.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reason: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeletedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(deleted_id: impl Into<String>) -> Self {
        DeletedEvent {
            deleted_id: deleted_id.into(),
            reason: None,
            additional_properties: Default::default(),
        }
    }
}
