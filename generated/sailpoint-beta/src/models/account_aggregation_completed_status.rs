//! `AccountAggregationCompletedStatus`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml#/properties/status`.

/// Aggregation's overall status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAggregationCompletedStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAggregationCompletedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAggregationCompletedStatus::Success => "Success",
            AccountAggregationCompletedStatus::Failed => "Failed",
            AccountAggregationCompletedStatus::Terminated => "Terminated",
            AccountAggregationCompletedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAggregationCompletedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => AccountAggregationCompletedStatus::Success,
            "Failed" => AccountAggregationCompletedStatus::Failed,
            "Terminated" => AccountAggregationCompletedStatus::Terminated,
            other => AccountAggregationCompletedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAggregationCompletedStatus);
