//! `AccountaggregationcompletedStatus`, from `apis/triggers/schemas/accountaggregationcompleted.yaml#/properties/status`.

/// The overall status of the aggregation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountaggregationcompletedStatus {
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// `Terminated`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountaggregationcompletedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountaggregationcompletedStatus::Success => "Success",
            AccountaggregationcompletedStatus::Failed => "Failed",
            AccountaggregationcompletedStatus::Terminated => "Terminated",
            AccountaggregationcompletedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountaggregationcompletedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Success" => AccountaggregationcompletedStatus::Success,
            "Failed" => AccountaggregationcompletedStatus::Failed,
            "Terminated" => AccountaggregationcompletedStatus::Terminated,
            other => AccountaggregationcompletedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountaggregationcompletedStatus);
