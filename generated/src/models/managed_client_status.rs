//! `ManagedClientStatus`, from `beta/schemas/ManagedClientStatus.yaml`.

use crate::models::{ManagedClientStatusEnum, ManagedClientType};

/// Managed Client Status
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ManagedClientStatus {
    /// ManagedClientStatus body information
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub body: serde_json::Map<String, serde_json::Value>,
    /// status of the Managed Client
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedClientStatusEnum>,
    /// type of the Managed Client
    #[serde(default)]
    pub r#type: Option<ManagedClientType>,
    /// timestamp on the Client Status update
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            status: Some(status),
            r#type: None,
            timestamp: Some(timestamp),
            additional_properties: Default::default(),
        }
    }
}
