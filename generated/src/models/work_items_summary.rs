//! `WorkItemsSummary`, from `beta/schemas/WorkItemsSummary.yaml`.

/// `WorkItemsSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkItemsSummary {
    /// The count of open work items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<i64>,
    /// The count of completed work items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<i64>,
    /// The count of total work items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkItemsSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkItemsSummary {
            open: None,
            completed: None,
            total: None,
            additional_properties: Default::default(),
        }
    }
}
