//! `GetLaunchers401Response`, from `beta/paths/launchers.yaml#/get`.
/// `GetLaunchers401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLaunchers401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetLaunchers401Response {
    /// A `GetLaunchers401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetLaunchers401Response {
            error: None,
        }
    }
}
