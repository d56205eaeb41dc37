//! `AccountCorrelated`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml`.

use crate::models::{
    AccountCorrelatedAccount, AccountCorrelatedIdentity, AccountCorrelatedSource,
};

/// `AccountCorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountCorrelated {
    /// Identity the account is correlated with.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountCorrelatedIdentity>,
    /// The source the accounts are being correlated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountCorrelatedSource>,
    /// The correlated account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountCorrelatedAccount>,
    /// The attributes associated with the account.  Attributes are unique per source.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
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

impl AccountCorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        identity: AccountCorrelatedIdentity,
        source: AccountCorrelatedSource,
        account: AccountCorrelatedAccount,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        AccountCorrelated {
            identity: Some(identity),
            source: Some(source),
            account: Some(account),
            attributes,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}
