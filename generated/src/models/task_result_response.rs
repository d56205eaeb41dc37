//! `TaskResultResponse`, from `beta/schemas/TaskResultResponse.yaml`.

/// `TaskResultResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskResultResponse {
    /// the type of response reference
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// the task ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the task name (not used in this endpoint, always null)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskResultResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TaskResultResponse {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
