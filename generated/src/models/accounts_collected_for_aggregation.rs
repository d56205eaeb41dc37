//! `AccountsCollectedForAggregation`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml`.

use crate::models::{
    AccountsCollectedForAggregationSource, AccountsCollectedForAggregationStats,
    AccountsCollectedForAggregationStatus,
};

/// `AccountsCollectedForAggregation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountsCollectedForAggregation {
    /// Reference to the source that has been aggregated.
    pub source: AccountsCollectedForAggregationSource,
    /// The overall status of the collection.
    pub status: AccountsCollectedForAggregationStatus,
    /// The date and time when the account collection started.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub started: chrono::DateTime<chrono::Utc>,
    /// The date and time when the account collection finished.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub completed: chrono::DateTime<chrono::Utc>,
    /// A list of errors that occurred during the collection.
    #[serde(default)]
    pub errors: Option<Vec<String>>,
    /// A list of warnings that occurred during the collection.
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account collection.
    pub stats: AccountsCollectedForAggregationStats,
}

impl AccountsCollectedForAggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        source: AccountsCollectedForAggregationSource,
        status: AccountsCollectedForAggregationStatus,
        started: chrono::DateTime<chrono::Utc>,
        completed: chrono::DateTime<chrono::Utc>,
        stats: AccountsCollectedForAggregationStats,
    ) -> Self {
        AccountsCollectedForAggregation {
            source,
            status,
            started,
            completed,
            errors: None,
            warnings: None,
            stats,
        }
    }
}
