//! `CreateNotificationTemplate429Response`, from `beta/paths/notification-templates.yaml#/post`.

/// `CreateNotificationTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateNotificationTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateNotificationTemplate429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateNotificationTemplate429Response {
            message: None,
        }
    }
}
