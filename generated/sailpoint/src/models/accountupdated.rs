//! `Accountupdated`, from `apis/triggers/schemas/accountupdated.yaml`.

use crate::models::{
    Accountsourcereference, AccountupdatedAccountChangeTypesInner,
    AccountupdatedEntitlementChangesInner, AccountupdatedEvent,
    AccountupdatedMultiValueAttributeChangesInner,
    AccountupdatedSingleValueAttributeChangesInner, Accountv2, Identityreference2,
};

/// `Accountupdated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountupdated {
    /// Details about the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<AccountupdatedEvent>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Accountsourcereference>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Accountv2>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identityreference2>,
    /// The types of changes that occurred to the account.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "accountChangeTypes")]
    pub account_change_types: Vec<AccountupdatedAccountChangeTypesInner>,
    /// Details about the single-value attribute changes that occurred to the account.
    #[serde(rename = "singleValueAttributeChanges")]
    pub single_value_attribute_changes: Option<
        Vec<AccountupdatedSingleValueAttributeChangesInner>,
    >,
    /// Details about the multi-value attribute changes that occurred to the account.
    #[serde(rename = "multiValueAttributeChanges")]
    pub multi_value_attribute_changes: Option<
        Vec<AccountupdatedMultiValueAttributeChangesInner>,
    >,
    /// Details about the entitlement changes that occurred to the account.
    #[serde(rename = "entitlementChanges")]
    pub entitlement_changes: Option<Vec<AccountupdatedEntitlementChangesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountupdated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        event: AccountupdatedEvent,
        source: Accountsourcereference,
        account: Accountv2,
        identity: Identityreference2,
        account_change_types: Vec<AccountupdatedAccountChangeTypesInner>,
    ) -> Self {
        Accountupdated {
            event: Some(event),
            source: Some(source),
            account: Some(account),
            identity: Some(identity),
            account_change_types,
            single_value_attribute_changes: None,
            multi_value_attribute_changes: None,
            entitlement_changes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountupdated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountupdated {
    const NAME: &'static str = "Accountupdated";

    #[inline]
    fn empty() -> Self {
        Accountupdated {
            event: None,
            source: None,
            account: None,
            identity: None,
            account_change_types: Default::default(),
            single_value_attribute_changes: None,
            multi_value_attribute_changes: None,
            entitlement_changes: None,
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
            "accountChangeTypes" => {
                self.account_change_types = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "singleValueAttributeChanges" => {
                self.single_value_attribute_changes = map.next_value()?;
            }
            "multiValueAttributeChanges" => {
                self.multi_value_attribute_changes = map.next_value()?;
            }
            "entitlementChanges" => self.entitlement_changes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
