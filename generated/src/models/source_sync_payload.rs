//! `SourceSyncPayload`, from `beta/schemas/SourceSyncPayload.yaml`.

/// `SourceSyncPayload` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceSyncPayload {
    /// Payload type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Payload type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "dataJson", default, deserialize_with = "crate::lenient::string")]
    pub data_json: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceSyncPayload {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: impl Into<String>, data_json: impl Into<String>) -> Self {
        SourceSyncPayload {
            r#type: r#type.into(),
            data_json: data_json.into(),
            additional_properties: Default::default(),
        }
    }
}
