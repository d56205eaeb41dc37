//! `DeleteVerifiedFromAddress429Response`, from `beta/paths/verified-from-address.yaml#/delete`.

/// `DeleteVerifiedFromAddress429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteVerifiedFromAddress429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteVerifiedFromAddress429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteVerifiedFromAddress429Response {
            message: None,
        }
    }
}
