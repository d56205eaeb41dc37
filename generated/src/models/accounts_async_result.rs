//! `AccountsAsyncResult`, from `beta/schemas/AccountsAsyncResult.yaml`.

/// Accounts async response containing details on started async process
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountsAsyncResult {
    /// id of the task
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
}

impl AccountsAsyncResult {
    /// Builds the value from its required fields.
    pub fn new(id: impl Into<String>) -> Self {
        AccountsAsyncResult {
            id: id.into(),
        }
    }
}
