//! `ListNonEmployeeSources401Response`, from `beta/paths/non-employee-sources.yaml#/get`.

/// `ListNonEmployeeSources401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListNonEmployeeSources401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListNonEmployeeSources401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListNonEmployeeSources401Response {
            error: None,
        }
    }
}
