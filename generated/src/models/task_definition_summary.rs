//! `TaskDefinitionSummary`, from `beta/schemas/TaskDefinitionSummary.yaml`.

/// Definition of a type of task, used to invoke tasks
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskDefinitionSummary {
    /// System-generated unique ID of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "uniqueName", default, deserialize_with = "crate::lenient::string")]
    pub unique_name: String,
    /// Description of the TaskDefinition
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub description: Option<String>,
    /// Name of the parent of the TaskDefinition
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "parentName", default, deserialize_with = "crate::lenient::string")]
    pub parent_name: String,
    /// Executor of the TaskDefinition
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub executor: Option<String>,
    /// Formal parameters of the TaskDefinition, without values
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub arguments: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskDefinitionSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        unique_name: impl Into<String>,
        parent_name: impl Into<String>,
        arguments: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        TaskDefinitionSummary {
            id: id.into(),
            unique_name: unique_name.into(),
            description: None,
            parent_name: parent_name.into(),
            executor: None,
            arguments,
            additional_properties: Default::default(),
        }
    }
}
