//! `AccountAggregationStatus`, from `beta/schemas/AccountAggregationStatus.yaml#/properties/status`.

/// STARTED - Aggregation started, but source account iteration has not completed.
///
/// ACCOUNTS_COLLECTED - Source account iteration completed, but all accounts have not yet been processed.
///
/// COMPLETED - Aggregation completed (*possibly with errors*).
///
/// CANCELLED - Aggregation cancelled by user.
///
/// RETRIED - Aggregation retried because of connectivity issues with the Virtual Appliance.
///
/// TERMINATED - Aggregation marked as failed after 3 tries after connectivity issues with the Virtual Appliance.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountAggregationStatus {
    /// `STARTED`
    Started,
    /// `ACCOUNTS_COLLECTED`
    AccountsCollected,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `RETRIED`
    Retried,
    /// `TERMINATED`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountAggregationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountAggregationStatus::Started => "STARTED",
            AccountAggregationStatus::AccountsCollected => "ACCOUNTS_COLLECTED",
            AccountAggregationStatus::Completed => "COMPLETED",
            AccountAggregationStatus::Cancelled => "CANCELLED",
            AccountAggregationStatus::Retried => "RETRIED",
            AccountAggregationStatus::Terminated => "TERMINATED",
            AccountAggregationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountAggregationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => AccountAggregationStatus::Started,
            "ACCOUNTS_COLLECTED" => AccountAggregationStatus::AccountsCollected,
            "COMPLETED" => AccountAggregationStatus::Completed,
            "CANCELLED" => AccountAggregationStatus::Cancelled,
            "RETRIED" => AccountAggregationStatus::Retried,
            "TERMINATED" => AccountAggregationStatus::Terminated,
            other => AccountAggregationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountAggregationStatus);
