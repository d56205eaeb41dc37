//! `SourceSyncJob`, from `beta/schemas/SourceSyncJob.yaml`.

use crate::models::{SourceSyncJobStatus, SourceSyncPayload};

/// `SourceSyncJob` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceSyncJob {
    /// Job ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The job status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SourceSyncJobStatus>,
    /// Job payload.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<SourceSyncPayload>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceSyncJob {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        status: SourceSyncJobStatus,
        payload: SourceSyncPayload,
    ) -> Self {
        SourceSyncJob {
            id: id.into(),
            status: Some(status),
            payload: Some(payload),
            additional_properties: Default::default(),
        }
    }
}
