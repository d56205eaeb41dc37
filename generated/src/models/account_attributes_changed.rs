//! `AccountAttributesChanged`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml`.

use crate::models::{
    AccountAttributesChangedAccount, AccountAttributesChangedChangesInner,
    AccountAttributesChangedIdentity, AccountAttributesChangedSource,
};

/// `AccountAttributesChanged` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAttributesChanged {
    /// The identity whose account attributes were updated.
    pub identity: AccountAttributesChangedIdentity,
    /// The source that contains the account.
    pub source: AccountAttributesChangedSource,
    /// Details of the account where the attributes changed.
    pub account: AccountAttributesChangedAccount,
    /// A list of attributes that changed.
    #[serde(default)]
    pub changes: Vec<AccountAttributesChangedChangesInner>,
}

impl AccountAttributesChanged {
    /// Builds the value from its required fields.
    pub fn new(
        identity: AccountAttributesChangedIdentity,
        source: AccountAttributesChangedSource,
        account: AccountAttributesChangedAccount,
        changes: Vec<AccountAttributesChangedChangesInner>,
    ) -> Self {
        AccountAttributesChanged {
            identity,
            source,
            account,
            changes,
        }
    }
}
