//! `AccountsCollectedForAggregationStats`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml#/properties/stats`.

/// Overall statistics about the account collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountsCollectedForAggregationStats {
    /// The number of accounts which were scanned / iterated over.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub scanned: i32,
    /// The number of accounts which existed before, but had no changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub unchanged: i32,
    /// The number of accounts which existed before, but had changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub changed: i32,
    /// The number of accounts which are new - have not existed before.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub added: i32,
    /// The number accounts which existed before, but no longer exist (thus getting removed).
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub removed: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountsCollectedForAggregationStats {
    /// Builds the value from its required fields; the optional ones start empty.
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
            additional_properties: Default::default(),
        }
    }
}
