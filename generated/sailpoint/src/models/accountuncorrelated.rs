//! `Accountuncorrelated`, from `apis/triggers/schemas/accountuncorrelated.yaml`.

use crate::models::{
    AccountuncorrelatedAccount, AccountuncorrelatedIdentity, AccountuncorrelatedSource,
};

/// `Accountuncorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountuncorrelated {
    /// Identity the account is uncorrelated with.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountuncorrelatedIdentity>,
    /// The source the accounts are uncorrelated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountuncorrelatedSource>,
    /// Uncorrelated account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountuncorrelatedAccount>,
    /// The number of entitlements associated with this account.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountuncorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: AccountuncorrelatedIdentity,
        source: AccountuncorrelatedSource,
        account: AccountuncorrelatedAccount,
    ) -> Self {
        Accountuncorrelated {
            identity: Some(identity),
            source: Some(source),
            account: Some(account),
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountuncorrelated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountuncorrelated {
    const NAME: &'static str = "Accountuncorrelated";

    #[inline]
    fn empty() -> Self {
        Accountuncorrelated {
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
