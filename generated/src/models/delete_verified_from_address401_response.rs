//! `DeleteVerifiedFromAddress401Response`, from `beta/paths/verified-from-address.yaml#/delete`.

/// `DeleteVerifiedFromAddress401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteVerifiedFromAddress401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteVerifiedFromAddress401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteVerifiedFromAddress401Response {
            error: None,
        }
    }
}
