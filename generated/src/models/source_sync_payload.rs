//! `SourceSyncPayload`, from `beta/schemas/SourceSyncPayload.yaml`.

/// `SourceSyncPayload` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceSyncPayload {
    /// Payload type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Payload type.
    #[serde(rename = "dataJson", default, deserialize_with = "crate::lenient::string")]
    pub data_json: String,
}

impl SourceSyncPayload {
    /// Builds the value from its required fields.
    pub fn new(r#type: impl Into<String>, data_json: impl Into<String>) -> Self {
        SourceSyncPayload {
            r#type: r#type.into(),
            data_json: data_json.into(),
        }
    }
}
