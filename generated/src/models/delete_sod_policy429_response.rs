//! `DeleteSodPolicy429Response`, from `beta/paths/sod-policy.yaml#/delete`.

/// `DeleteSodPolicy429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteSodPolicy429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteSodPolicy429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteSodPolicy429Response {
            message: None,
        }
    }
}
