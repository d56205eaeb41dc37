//! `SourceSyncJob`, from `beta/schemas/SourceSyncJob.yaml`.

use crate::models::{SourceSyncJobStatus, SourceSyncPayload};

/// `SourceSyncJob` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceSyncJob {
    /// Job ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The job status.
    pub status: SourceSyncJobStatus,
    /// Job payload.
    pub payload: SourceSyncPayload,
}

impl SourceSyncJob {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        status: SourceSyncJobStatus,
        payload: SourceSyncPayload,
    ) -> Self {
        SourceSyncJob {
            id: id.into(),
            status,
            payload,
        }
    }
}
