//! `AccountAggregationCompleted`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml`.

use crate::models::{
    AccountAggregationCompletedSource, AccountAggregationCompletedStats,
    AccountAggregationCompletedStatus,
};

/// `AccountAggregationCompleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAggregationCompleted {
    /// Source ISC is aggregating accounts from.
    pub source: AccountAggregationCompletedSource,
    /// Aggregation's overall status.
    pub status: AccountAggregationCompletedStatus,
    /// Date and time when the account aggregation started.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub started: chrono::DateTime<chrono::Utc>,
    /// Date and time when the account aggregation finished.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub completed: chrono::DateTime<chrono::Utc>,
    /// List of errors that occurred during the aggregation.
    #[serde(default)]
    pub errors: Option<Vec<String>>,
    /// List of warnings that occurred during the aggregation.
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account aggregation.
    pub stats: AccountAggregationCompletedStats,
}

impl AccountAggregationCompleted {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        source: AccountAggregationCompletedSource,
        status: AccountAggregationCompletedStatus,
        started: chrono::DateTime<chrono::Utc>,
        completed: chrono::DateTime<chrono::Utc>,
        stats: AccountAggregationCompletedStats,
    ) -> Self {
        AccountAggregationCompleted {
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
