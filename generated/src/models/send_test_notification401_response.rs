//! `SendTestNotification401Response`, from `beta/paths/send-test-notification.yaml#/post`.

/// `SendTestNotification401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendTestNotification401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SendTestNotification401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendTestNotification401Response {
            error: None,
        }
    }
}
