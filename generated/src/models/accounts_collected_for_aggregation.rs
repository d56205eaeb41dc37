//! `AccountsCollectedForAggregation`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml`.

use crate::models::{
    AccountsCollectedForAggregationSource, AccountsCollectedForAggregationStats,
    AccountsCollectedForAggregationStatus,
};

/// `AccountsCollectedForAggregation` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountsCollectedForAggregation {
    /// Reference to the source that has been aggregated.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountsCollectedForAggregationSource>,
    /// The overall status of the collection.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountsCollectedForAggregationStatus>,
    /// The date and time when the account collection started.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time when the account collection finished.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// A list of errors that occurred during the collection.
    #[serde(default)]
    pub errors: Option<Vec<String>>,
    /// A list of warnings that occurred during the collection.
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
    /// Overall statistics about the account collection.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<AccountsCollectedForAggregationStats>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
