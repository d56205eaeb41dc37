//! `ListNotificationPreferences429Response`, from `beta/paths/notification-preferences.yaml#/get`.

/// `ListNotificationPreferences429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNotificationPreferences429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListNotificationPreferences429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNotificationPreferences429Response {
            message: None,
        }
    }
}
