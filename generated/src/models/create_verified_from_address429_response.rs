//! `CreateVerifiedFromAddress429Response`, from `beta/paths/verified-from-addresses.yaml#/post`.

/// `CreateVerifiedFromAddress429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateVerifiedFromAddress429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateVerifiedFromAddress429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateVerifiedFromAddress429Response {
            message: None,
        }
    }
}
