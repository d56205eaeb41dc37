//! `UpdateCommonAccessStatusInBulk429Response`, from `beta/paths/common-access-update-status.yaml#/post`.

/// `UpdateCommonAccessStatusInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCommonAccessStatusInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateCommonAccessStatusInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateCommonAccessStatusInBulk429Response {
            message: None,
        }
    }
}
