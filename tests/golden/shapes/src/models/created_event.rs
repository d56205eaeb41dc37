//! `CreatedEvent`, from `openapi.yaml#/components/schemas/CreatedEvent`.

/// An object was created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatedEvent {
    /// Id of the created object.
    #[serde(rename = "createdId", default, deserialize_with = "crate::lenient::string")]
    pub created_id: String,
    /// When.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl CreatedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(created_id: impl Into<String>) -> Self {
        CreatedEvent {
            created_id: created_id.into(),
            created: None,
        }
    }
}
