//! `GetNotificationsTemplateContext429Response`, from `beta/paths/notification-template-context.yaml#/get`.

/// `GetNotificationsTemplateContext429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNotificationsTemplateContext429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNotificationsTemplateContext429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNotificationsTemplateContext429Response {
            message: None,
        }
    }
}
