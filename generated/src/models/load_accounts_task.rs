//! `LoadAccountsTask`, from `beta/schemas/LoadAccountsTask.yaml`.

use crate::models::LoadAccountsTaskTask;

/// `LoadAccountsTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl LoadAccountsTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTask {
            success: None,
            task: None,
        }
    }
}
