//! `AccountStatusChangedStatusChange`, from `beta/schemas/AccountStatusChanged.yaml#/properties/statusChange`.

use crate::models::{
    AccountStatusChangedStatusChangeNewStatus,
    AccountStatusChangedStatusChangePreviousStatus,
};

/// `AccountStatusChangedStatusChange` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountStatusChangedStatusChange {
    /// the previous status of the account
    #[serde(rename = "previousStatus", default, skip_serializing_if = "Option::is_none")]
    pub previous_status: Option<AccountStatusChangedStatusChangePreviousStatus>,
    /// the new status of the account
    #[serde(rename = "newStatus", default, skip_serializing_if = "Option::is_none")]
    pub new_status: Option<AccountStatusChangedStatusChangeNewStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountStatusChangedStatusChange {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountStatusChangedStatusChange {
            previous_status: None,
            new_status: None,
            additional_properties: Default::default(),
        }
    }
}
