//! `GetSourceSchema401Response`, from `beta/paths/schema.yaml#/get`.
/// `GetSourceSchema401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceSchema401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetSourceSchema401Response {
    /// A `GetSourceSchema401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetSourceSchema401Response {
            error: None,
        }
    }
}
