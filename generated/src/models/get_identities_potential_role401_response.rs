//! `GetIdentitiesPotentialRole401Response`, from `beta/paths/role-mining-potential-role-identities.yaml#/get`.

/// `GetIdentitiesPotentialRole401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentitiesPotentialRole401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetIdentitiesPotentialRole401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentitiesPotentialRole401Response {
            error: None,
        }
    }
}
