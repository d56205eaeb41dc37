//! `ManagedClientStatus`, from `beta/schemas/ManagedClientStatus.yaml`.

use crate::models::{ManagedClientStatusEnum, ManagedClientType};

/// Managed Client Status
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManagedClientStatus {
    /// ManagedClientStatus body information
    #[serde(default)]
    pub body: serde_json::Map<String, serde_json::Value>,
    /// status of the Managed Client
    pub status: ManagedClientStatusEnum,
    /// type of the Managed Client
    #[serde(default)]
    pub r#type: Option<ManagedClientType>,
    /// timestamp on the Client Status update
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

impl ManagedClientStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        body: serde_json::Map<String, serde_json::Value>,
        status: ManagedClientStatusEnum,
        timestamp: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        ManagedClientStatus {
            body,
            status,
            r#type: None,
            timestamp,
        }
    }
}
