//! `AccountStatusChanged`, from `beta/schemas/AccountStatusChanged.yaml`.

use crate::models::{AccountStatusChangedAccount, AccountStatusChangedStatusChange};

/// `AccountStatusChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountStatusChanged {
    /// the event type
    #[serde(
        rename = "eventType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    pub account: AccountStatusChangedAccount,
    #[serde(rename = "statusChange")]
    pub status_change: AccountStatusChangedStatusChange,
}

impl AccountStatusChanged {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        account: AccountStatusChangedAccount,
        status_change: AccountStatusChangedStatusChange,
    ) -> Self {
        AccountStatusChanged {
            event_type: None,
            identity_id: None,
            date_time: None,
            account,
            status_change,
        }
    }
}
