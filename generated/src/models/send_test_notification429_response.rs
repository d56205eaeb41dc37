//! `SendTestNotification429Response`, from `beta/paths/send-test-notification.yaml#/post`.

/// `SendTestNotification429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SendTestNotification429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SendTestNotification429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SendTestNotification429Response {
            message: None,
        }
    }
}
