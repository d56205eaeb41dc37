//! `IdentitySyncJob`, from `beta/schemas/IdentitySyncJob.yaml`.

use crate::models::{IdentitySyncJobStatus, IdentitySyncPayload};

/// `IdentitySyncJob` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentitySyncJob {
    /// Job ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The job status.
    pub status: IdentitySyncJobStatus,
    /// Job payload.
    pub payload: IdentitySyncPayload,
}

impl IdentitySyncJob {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        status: IdentitySyncJobStatus,
        payload: IdentitySyncPayload,
    ) -> Self {
        IdentitySyncJob {
            id: id.into(),
            status,
            payload,
        }
    }
}
