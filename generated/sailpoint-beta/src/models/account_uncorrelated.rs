//! `AccountUncorrelated`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.

use crate::models::{
    AccountUncorrelatedAccount, AccountUncorrelatedIdentity, AccountUncorrelatedSource,
};

/// `AccountUncorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountUncorrelated {
    /// Identity the account is uncorrelated with.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountUncorrelatedIdentity>,
    /// The source the accounts are uncorrelated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountUncorrelatedSource>,
    /// Uncorrelated account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountUncorrelatedAccount>,
    /// The number of entitlements associated with this account.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountUncorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
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

impl<'de> serde::Deserialize<'de> for AccountUncorrelated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountUncorrelated {
    const NAME: &'static str = "AccountUncorrelated";

    #[inline]
    fn empty() -> Self {
        AccountUncorrelated {
            identity: None,
            source: None,
            account: None,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identity" => self.identity = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "account" => self.account = map.next_value()?,
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
