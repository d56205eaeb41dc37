//! `SourceCreationErrors`, from `beta/schemas/SourceCreationErrors.yaml`.

/// `SourceCreationErrors` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceCreationErrors {
    /// Multi-Host Integration ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "multihostId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub multihost_id: Option<String>,
    /// Source's human-readable name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// Source's human-readable description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_error: Option<String>,
    /// Date-time when the source was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the source was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// operation category (e.g. DELETE).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub operation: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceCreationErrors {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceCreationErrors {
            multihost_id: None,
            source_name: None,
            source_error: None,
            created: None,
            modified: None,
            operation: None,
            additional_properties: Default::default(),
        }
    }
}
