//! `Accountcorrelated`, from `apis/triggers/schemas/accountcorrelated.yaml`.

use crate::models::{
    AccountcorrelatedAccount, AccountcorrelatedIdentity, AccountcorrelatedSource,
};

/// `Accountcorrelated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountcorrelated {
    /// Identity the account is correlated with.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<AccountcorrelatedIdentity>,
    /// The source the accounts are being correlated from.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccountcorrelatedSource>,
    /// The correlated account.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<AccountcorrelatedAccount>,
    /// The attributes associated with the account.  Attributes are unique per source.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// The number of entitlements associated with this account.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountcorrelated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        identity: AccountcorrelatedIdentity,
        source: AccountcorrelatedSource,
        account: AccountcorrelatedAccount,
        attributes: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Accountcorrelated {
            identity: Some(identity),
            source: Some(source),
            account: Some(account),
            attributes,
            entitlement_count: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountcorrelated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountcorrelated {
    const NAME: &'static str = "Accountcorrelated";

    #[inline]
    fn empty() -> Self {
        Accountcorrelated {
            identity: None,
            source: None,
            account: None,
            attributes: Default::default(),
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
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
