//! `AccountUncorrelated`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.

use crate::models::{
    AccountUncorrelatedAccount, AccountUncorrelatedIdentity, AccountUncorrelatedSource,
};

/// `AccountUncorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountUncorrelated {
    /// Identity the account is uncorrelated with.
    pub identity: AccountUncorrelatedIdentity,
    /// The source the accounts are uncorrelated from.
    pub source: AccountUncorrelatedSource,
    /// Uncorrelated account.
    pub account: AccountUncorrelatedAccount,
    /// The number of entitlements associated with this account.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
}

impl AccountUncorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: AccountUncorrelatedIdentity,
        source: AccountUncorrelatedSource,
        account: AccountUncorrelatedAccount,
    ) -> Self {
        AccountUncorrelated {
            identity,
            source,
            account,
            entitlement_count: None,
        }
    }
}
