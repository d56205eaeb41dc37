//! `GetSavedPotentialRoles401Response`, from `beta/paths/role-mining-potential-roles-draft.yaml#/get`.

/// `GetSavedPotentialRoles401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSavedPotentialRoles401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSavedPotentialRoles401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSavedPotentialRoles401Response {
            error: None,
        }
    }
}
