//! `DeleteNotificationTemplatesInBulk401Response`, from `beta/paths/notification-templates-bulk-delete.yaml#/post`.
/// `DeleteNotificationTemplatesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNotificationTemplatesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl DeleteNotificationTemplatesInBulk401Response {
    /// A `DeleteNotificationTemplatesInBulk401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteNotificationTemplatesInBulk401Response {
            error: None,
        }
    }
}
