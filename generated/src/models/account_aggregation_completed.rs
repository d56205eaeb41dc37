//! `AccountAggregationCompleted`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml`.

use crate::models::{
    AccountAggregationCompletedSource, AccountAggregationCompletedStats,
    AccountAggregationCompletedStatus,
};

/// `AccountAggregationCompleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAggregationCompleted {
    /// Source ISC is aggregating accounts from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountAggregationCompletedSource>,
    /// Aggregation's overall status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountAggregationCompletedStatus>,
    /// Date and time when the account aggregation started.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// Date and time when the account aggregation finished.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// List of errors that occurred during the aggregation.
    #[serde(default)]
    pub errors: Option<Vec<String>>,
    /// List of warnings that occurred during the aggregation.
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account aggregation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<AccountAggregationCompletedStats>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            source: Some(source),
            status: Some(status),
            started: Some(started),
            completed: Some(completed),
            errors: None,
            warnings: None,
            stats: Some(stats),
            additional_properties: Default::default(),
        }
    }
}
