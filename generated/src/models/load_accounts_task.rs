//! `LoadAccountsTask`, from `beta/schemas/LoadAccountsTask.yaml`.

use crate::models::LoadAccountsTaskTask;

/// `LoadAccountsTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadAccountsTask {
    /// The status of the result
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub success: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<LoadAccountsTaskTask>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadAccountsTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTask {
            success: None,
            task: None,
            additional_properties: Default::default(),
        }
    }
}
