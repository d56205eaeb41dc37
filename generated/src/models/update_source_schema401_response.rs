//! `UpdateSourceSchema401Response`, from `beta/paths/schema.yaml#/patch`.
/// `UpdateSourceSchema401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSourceSchema401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl UpdateSourceSchema401Response {
    /// A `UpdateSourceSchema401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        UpdateSourceSchema401Response {
            error: None,
        }
    }
}
