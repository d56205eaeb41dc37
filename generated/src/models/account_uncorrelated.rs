//! `AccountUncorrelated`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.

use crate::models::{
    AccountUncorrelatedAccount, AccountUncorrelatedIdentity, AccountUncorrelatedSource,
};

/// `AccountUncorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountUncorrelated {
    /// Identity the account is uncorrelated with.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountUncorrelatedIdentity>,
    /// The source the accounts are uncorrelated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountUncorrelatedSource>,
    /// Uncorrelated account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountUncorrelatedAccount>,
    /// The number of entitlements associated with this account.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountUncorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: AccountUncorrelatedIdentity,
        source: AccountUncorrelatedSource,
        account: AccountUncorrelatedAccount,
    ) -> Self {
        AccountUncorrelated {
            identity: Some(identity),
            source: Some(source),
            account: Some(account),
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}
