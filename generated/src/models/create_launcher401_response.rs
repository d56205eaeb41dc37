//! `CreateLauncher401Response`, from `beta/paths/launchers.yaml#/post`.
/// `CreateLauncher401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateLauncher401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl CreateLauncher401Response {
    /// A `CreateLauncher401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateLauncher401Response {
            error: None,
        }
    }
}
