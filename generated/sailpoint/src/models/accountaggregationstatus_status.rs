//! `AccountaggregationstatusStatus`, from `apis/account-aggregations/schemas/accountaggregationstatus.yaml#/properties/status`.

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
pub enum AccountaggregationstatusStatus {
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
    /// `NOT_FOUND`
    NotFound,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountaggregationstatusStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountaggregationstatusStatus::Started => "STARTED",
            AccountaggregationstatusStatus::AccountsCollected => "ACCOUNTS_COLLECTED",
            AccountaggregationstatusStatus::Completed => "COMPLETED",
            AccountaggregationstatusStatus::Cancelled => "CANCELLED",
            AccountaggregationstatusStatus::Retried => "RETRIED",
            AccountaggregationstatusStatus::Terminated => "TERMINATED",
            AccountaggregationstatusStatus::NotFound => "NOT_FOUND",
            AccountaggregationstatusStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountaggregationstatusStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => AccountaggregationstatusStatus::Started,
            "ACCOUNTS_COLLECTED" => AccountaggregationstatusStatus::AccountsCollected,
            "COMPLETED" => AccountaggregationstatusStatus::Completed,
            "CANCELLED" => AccountaggregationstatusStatus::Cancelled,
            "RETRIED" => AccountaggregationstatusStatus::Retried,
            "TERMINATED" => AccountaggregationstatusStatus::Terminated,
            "NOT_FOUND" => AccountaggregationstatusStatus::NotFound,
            other => AccountaggregationstatusStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountaggregationstatusStatus);
