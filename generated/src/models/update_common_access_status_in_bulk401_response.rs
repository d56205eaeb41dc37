//! `UpdateCommonAccessStatusInBulk401Response`, from `beta/paths/common-access-update-status.yaml#/post`.

/// `UpdateCommonAccessStatusInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCommonAccessStatusInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateCommonAccessStatusInBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateCommonAccessStatusInBulk401Response {
            error: None,
        }
    }
}
