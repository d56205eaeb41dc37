//! `AccountStatusChanged`, from `beta/schemas/AccountStatusChanged.yaml`.

use crate::models::{AccountStatusChangedAccount, AccountStatusChangedStatusChange};

/// `AccountStatusChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountStatusChangedAccount>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "statusChange", default, skip_serializing_if = "Option::is_none")]
    pub status_change: Option<AccountStatusChangedStatusChange>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            account: Some(account),
            status_change: Some(status_change),
            additional_properties: Default::default(),
        }
    }
}
