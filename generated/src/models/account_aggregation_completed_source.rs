//! `AccountAggregationCompletedSource`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml#/properties/source`.

use crate::models::AccountAggregationCompletedSourceType;

/// Source ISC is aggregating accounts from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAggregationCompletedSource {
    /// Source's DTO type.
    pub r#type: AccountAggregationCompletedSourceType,
    /// Source's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountAggregationCompletedSource {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: AccountAggregationCompletedSourceType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        AccountAggregationCompletedSource {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
