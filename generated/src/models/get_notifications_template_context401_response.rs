//! `GetNotificationsTemplateContext401Response`, from `beta/paths/notification-template-context.yaml#/get`.

/// `GetNotificationsTemplateContext401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNotificationsTemplateContext401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetNotificationsTemplateContext401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNotificationsTemplateContext401Response {
            error: None,
        }
    }
}
