//! `ListNotificationTemplates401Response`, from `beta/paths/notification-templates.yaml#/get`.

/// `ListNotificationTemplates401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNotificationTemplates401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListNotificationTemplates401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNotificationTemplates401Response {
            error: None,
        }
    }
}
