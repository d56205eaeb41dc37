//! `WorkItemsCount`, from `beta/schemas/WorkItemsCount.yaml`.

/// `WorkItemsCount` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkItemsCount {
    /// The count of work items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkItemsCount {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkItemsCount {
            count: None,
            additional_properties: Default::default(),
        }
    }
}
