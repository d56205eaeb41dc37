//! `AccountAggregationCompletedStats`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml#/properties/stats`.

/// Overall statistics about the account aggregation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAggregationCompletedStats {
    /// Number of accounts scanned/iterated over.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub scanned: i32,
    /// Number of accounts that existed before but had no changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub unchanged: i32,
    /// Number of accounts that existed before but had changes.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub changed: i32,
    /// Number of accounts that are new and didn't previously exist.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub added: i32,
    /// Number accounts that existed before but were removed and no longer exist.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub removed: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAggregationCompletedStats {
    /// Builds the value from its required fields; the optional ones start empty.
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
            additional_properties: Default::default(),
        }
    }
}
