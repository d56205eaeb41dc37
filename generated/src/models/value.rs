//! `Value`, from `beta/schemas/Value.yaml`.
/// `Value` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Value {
    /// The type of attribute value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The attribute value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl Value {
    /// A `Value` with the given required fields and the others empty.
    pub fn new() -> Self {
        Value { r#type: None, value: None }
    }
}
