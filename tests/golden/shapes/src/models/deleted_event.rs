//! `DeletedEvent`, from `openapi.yaml#/components/schemas/DeletedEvent`.

/// An object was deleted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletedEvent {
    /// Id of the deleted object.
    #[serde(rename = "deletedId", default, deserialize_with = "crate::lenient::string")]
    pub deleted_id: String,
    /// Why.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reason: Option<String>,
}

impl DeletedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(deleted_id: impl Into<String>) -> Self {
        DeletedEvent {
            deleted_id: deleted_id.into(),
            reason: None,
        }
    }
}
