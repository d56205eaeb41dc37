//! `AccountsCollectedForAggregationStats`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml#/properties/stats`.

/// Overall statistics about the account collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountsCollectedForAggregationStats {
    /// The number of accounts which were scanned / iterated over.
    #[serde(default)]
    pub scanned: i32,
    /// The number of accounts which existed before, but had no changes.
    #[serde(default)]
    pub unchanged: i32,
    /// The number of accounts which existed before, but had changes.
    #[serde(default)]
    pub changed: i32,
    /// The number of accounts which are new - have not existed before.
    #[serde(default)]
    pub added: i32,
    /// The number accounts which existed before, but no longer exist (thus getting removed).
    #[serde(default)]
    pub removed: i32,
}

impl AccountsCollectedForAggregationStats {
    /// Builds the value from its required fields.
    pub fn new(
        scanned: i32,
        unchanged: i32,
        changed: i32,
        added: i32,
        removed: i32,
    ) -> Self {
        AccountsCollectedForAggregationStats {
            scanned,
            unchanged,
            changed,
            added,
            removed,
        }
    }
}
