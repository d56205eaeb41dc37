//! `LoadAccountsTaskTaskAttributes`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task/properties/attributes`.

/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadAccountsTaskTaskAttributes {
    /// The id of the source
    #[serde(
        rename = "appId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub app_id: Option<String>,
    /// The indicator if the aggregation process was enabled/disabled for the aggregation job
    #[serde(
        rename = "optimizedAggregation",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub optimized_aggregation: Option<String>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<
        String,
        serde_json::Map<String, serde_json::Value>,
    >,
}

impl LoadAccountsTaskTaskAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTaskTaskAttributes {
            app_id: None,
            optimized_aggregation: None,
            additional_properties: Default::default(),
        }
    }
}
