//! `IdentitySyncJob`, from `beta/schemas/IdentitySyncJob.yaml`.

use crate::models::{IdentitySyncJobStatus, IdentitySyncPayload};

/// `IdentitySyncJob` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentitySyncJob {
    /// Job ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The job status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<IdentitySyncJobStatus>,
    /// Job payload.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<IdentitySyncPayload>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitySyncJob {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        status: IdentitySyncJobStatus,
        payload: IdentitySyncPayload,
    ) -> Self {
        IdentitySyncJob {
            id: id.into(),
            status: Some(status),
            payload: Some(payload),
            additional_properties: Default::default(),
        }
    }
}
