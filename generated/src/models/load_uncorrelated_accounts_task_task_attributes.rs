//! `LoadUncorrelatedAccountsTaskTaskAttributes`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml#/properties/task/properties/attributes`.

/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadUncorrelatedAccountsTaskTaskAttributes {
    /// The id of qpoc job
    #[serde(
        rename = "qpocJobId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub qpoc_job_id: Option<String>,
    /// the task start delay value
    #[serde(rename = "taskStartDelay", default, skip_serializing_if = "Option::is_none")]
    pub task_start_delay: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadUncorrelatedAccountsTaskTaskAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadUncorrelatedAccountsTaskTaskAttributes {
            qpoc_job_id: None,
            task_start_delay: None,
            additional_properties: Default::default(),
        }
    }
}
