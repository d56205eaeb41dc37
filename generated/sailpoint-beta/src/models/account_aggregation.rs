//! `AccountAggregation`, from `beta/schemas/AccountAggregationStatus.yaml`.

use crate::models::AccountAggregationStatus;

/// `AccountAggregation` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountAggregation {
    /// When the aggregation started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<chrono::DateTime<chrono::Utc>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountAggregationStatus>,
    /// The total number of *NEW, CHANGED and DELETED* accounts that need to be processed for this aggregation. This does not include accounts that were unchanged since the previous aggregation. This can be zero if there were no new, changed or deleted accounts since the previous aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "totalAccounts", skip_serializing_if = "Option::is_none")]
    pub total_accounts: Option<i64>,
    /// The number of *NEW, CHANGED and DELETED* accounts that have been processed so far. This reflects the number of accounts that have been processed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "processedAccounts", skip_serializing_if = "Option::is_none")]
    pub processed_accounts: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccountAggregation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountAggregation {
    const NAME: &'static str = "AccountAggregation";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "start" => self.start = map.next_value_seed(crate::datetime::Optional)?,
            "status" => self.status = map.next_value()?,
            "totalAccounts" => self.total_accounts = map.next_value()?,
            "processedAccounts" => self.processed_accounts = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
