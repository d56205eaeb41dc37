//! `AccountAggregationCompletedStats`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml#/properties/stats`.

/// Overall statistics about the account aggregation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAggregationCompletedStats {
    /// Number of accounts scanned/iterated over.
    #[serde(default)]
    pub scanned: i32,
    /// Number of accounts that existed before but had no changes.
    #[serde(default)]
    pub unchanged: i32,
    /// Number of accounts that existed before but had changes.
    #[serde(default)]
    pub changed: i32,
    /// Number of accounts that are new and didn't previously exist.
    #[serde(default)]
    pub added: i32,
    /// Number accounts that existed before but were removed and no longer exist.
    #[serde(default)]
    pub removed: i32,
}

impl AccountAggregationCompletedStats {
    /// Builds the value from its required fields.
    pub fn new(
        scanned: i32,
        unchanged: i32,
        changed: i32,
        added: i32,
        removed: i32,
    ) -> Self {
        AccountAggregationCompletedStats {
            scanned,
            unchanged,
            changed,
            added,
            removed,
        }
    }
}
