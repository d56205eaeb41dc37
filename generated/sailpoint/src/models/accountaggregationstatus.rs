//! `Accountaggregationstatus`, from `apis/account-aggregations/schemas/accountaggregationstatus.yaml`.

use crate::models::AccountaggregationstatusStatus;

/// `Accountaggregationstatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountaggregationstatus {
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
    pub status: Option<AccountaggregationstatusStatus>,
    /// The total number of *NEW, CHANGED and DELETED* accounts that need to be processed for this aggregation. This does not include accounts that were unchanged since the previous aggregation. This can be zero if there were no new, changed or deleted accounts since the previous aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "totalAccounts", skip_serializing_if = "Option::is_none")]
    pub total_accounts: Option<i32>,
    /// The number of *NEW, CHANGED and DELETED* accounts that have been processed so far. This reflects the number of accounts that have been processed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "processedAccounts", skip_serializing_if = "Option::is_none")]
    pub processed_accounts: Option<i32>,
    /// The total number of accounts that have been marked for deletion during the aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(
        rename = "totalAccountsMarkedForDeletion",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_accounts_marked_for_deletion: Option<i32>,
    /// The number of accounts that have been deleted during the aggregation. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "deletedAccounts", skip_serializing_if = "Option::is_none")]
    pub deleted_accounts: Option<i32>,
    /// The total number of unique identities that have been marked for refresh. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "totalIdentities", skip_serializing_if = "Option::is_none")]
    pub total_identities: Option<i32>,
    /// The number of unique identities that have been refreshed at the time of the API call, and may increase on subsequent API calls while the status is ACCOUNTS_COLLECTED. *Only available when status is ACCOUNTS_COLLECTED or COMPLETED.*
    #[serde(rename = "processedIdentities", skip_serializing_if = "Option::is_none")]
    pub processed_identities: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountaggregationstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountaggregationstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountaggregationstatus {
    const NAME: &'static str = "Accountaggregationstatus";

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
            "totalAccountsMarkedForDeletion" => {
                self.total_accounts_marked_for_deletion = map.next_value()?;
            }
            "deletedAccounts" => self.deleted_accounts = map.next_value()?,
            "totalIdentities" => self.total_identities = map.next_value()?,
            "processedIdentities" => self.processed_identities = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
