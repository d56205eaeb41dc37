//! `GetEntitlement401Response`, from `beta/paths/ears-entitlement.yaml#/get`.

/// `GetEntitlement401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetEntitlement401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetEntitlement401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetEntitlement401Response {
            error: None,
        }
    }
}
