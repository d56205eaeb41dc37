//! `DeleteNotificationTemplatesInBulk429Response`, from `beta/paths/notification-templates-bulk-delete.yaml#/post`.

/// `DeleteNotificationTemplatesInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNotificationTemplatesInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteNotificationTemplatesInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteNotificationTemplatesInBulk429Response {
            message: None,
        }
    }
}
