//! `GetPotentialRole401Response`, from `beta/paths/role-mining-session-potential-role-summary.yaml#/get`.

/// `GetPotentialRole401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPotentialRole401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPotentialRole401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPotentialRole401Response {
            error: None,
        }
    }
}
