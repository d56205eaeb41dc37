//! `ListNotificationTemplates429Response`, from `beta/paths/notification-templates.yaml#/get`.

/// `ListNotificationTemplates429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNotificationTemplates429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListNotificationTemplates429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNotificationTemplates429Response {
            message: None,
        }
    }
}
