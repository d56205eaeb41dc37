//! `DeleteNotificationTemplatesInBulk401Response`, from `beta/paths/notification-templates-bulk-delete.yaml#/post`.

/// `DeleteNotificationTemplatesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNotificationTemplatesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteNotificationTemplatesInBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteNotificationTemplatesInBulk401Response {
            error: None,
        }
    }
}
