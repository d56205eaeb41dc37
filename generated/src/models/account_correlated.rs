//! `AccountCorrelated`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml`.

use crate::models::{
    AccountCorrelatedAccount, AccountCorrelatedIdentity, AccountCorrelatedSource,
};

/// `AccountCorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCorrelated {
    /// Identity the account is correlated with.
    pub identity: AccountCorrelatedIdentity,
    /// The source the accounts are being correlated from.
    pub source: AccountCorrelatedSource,
    /// The correlated account.
    pub account: AccountCorrelatedAccount,
    /// The attributes associated with the account.  Attributes are unique per source.
    #[serde(default)]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// The number of entitlements associated with this account.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
}

impl AccountCorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: AccountCorrelatedIdentity,
        source: AccountCorrelatedSource,
        account: AccountCorrelatedAccount,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        AccountCorrelated {
            identity,
            source,
            account,
            attributes,
            entitlement_count: None,
        }
    }
}
