//! `AccountsCollectedForAggregationSource`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml#/properties/source`.

use crate::models::AccountsCollectedForAggregationSourceType;

/// Reference to the source that has been aggregated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountsCollectedForAggregationSource {
    /// ID of the object to which this reference applies
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The type of object that is referenced
    pub r#type: AccountsCollectedForAggregationSourceType,
    /// Human-readable display name of the object to which this reference applies
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl AccountsCollectedForAggregationSource {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        r#type: AccountsCollectedForAggregationSourceType,
        name: impl Into<String>,
    ) -> Self {
        AccountsCollectedForAggregationSource {
            id: id.into(),
            r#type,
            name: name.into(),
        }
    }
}
