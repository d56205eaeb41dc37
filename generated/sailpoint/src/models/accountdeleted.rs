//! `Accountdeleted`, from `apis/triggers/schemas/accountdeleted.yaml`.

use crate::models::{
    AccountdeletedEvent, Accountsourcereference, Accountv2, Identityreference2,
};

/// `Accountdeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountdeleted {
    /// Details about the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<AccountdeletedEvent>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsourcereference>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Accountv2>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identityreference2>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountdeleted {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        event: AccountdeletedEvent,
        source: Accountsourcereference,
        account: Accountv2,
        identity: Identityreference2,
    ) -> Self {
        Accountdeleted {
            event: Some(event),
            source: Some(source),
            account: Some(account),
            identity: Some(identity),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountdeleted {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountdeleted {
    const NAME: &'static str = "Accountdeleted";

    #[inline]
    fn empty() -> Self {
        Accountdeleted {
            event: None,
            source: None,
            account: None,
            identity: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "event" => self.event = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "account" => self.account = map.next_value()?,
            "identity" => self.identity = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
