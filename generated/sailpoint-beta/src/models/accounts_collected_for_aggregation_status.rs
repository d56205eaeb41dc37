//! `AccountsCollectedForAggregationStatus`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml#/properties/status`.

/// The overall status of the collection.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountsCollectedForAggregationStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountsCollectedForAggregationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountsCollectedForAggregationStatus::Success => "Success",
            AccountsCollectedForAggregationStatus::Failed => "Failed",
            AccountsCollectedForAggregationStatus::Terminated => "Terminated",
            AccountsCollectedForAggregationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountsCollectedForAggregationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => AccountsCollectedForAggregationStatus::Success,
            "Failed" => AccountsCollectedForAggregationStatus::Failed,
            "Terminated" => AccountsCollectedForAggregationStatus::Terminated,
            other => AccountsCollectedForAggregationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountsCollectedForAggregationStatus);
