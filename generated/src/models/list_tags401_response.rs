//! `ListTags401Response`, from `beta/paths/tags.yaml#/get`.
/// `ListTags401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTags401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListTags401Response {
    /// A `ListTags401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListTags401Response { error: None }
    }
}
