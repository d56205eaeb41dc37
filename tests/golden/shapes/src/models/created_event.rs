//! `CreatedEvent`, from `openapi.yaml#/components/schemas/CreatedEvent`.

/// An object was created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreatedEvent {
    /// Id of the created object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "createdId", default, deserialize_with = "crate::lenient::string")]
    pub created_id: String,
    /// When.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreatedEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(created_id: impl Into<String>) -> Self {
        CreatedEvent {
            created_id: created_id.into(),
            created: None,
            additional_properties: Default::default(),
        }
    }
}
