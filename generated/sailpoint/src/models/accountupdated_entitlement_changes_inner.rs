//! `AccountupdatedEntitlementChangesInner`, from `apis/triggers/schemas/accountupdated.yaml#/properties/entitlementChanges/items`.

use crate::models::{
    AccountupdatedEntitlementChangesInnerAddedInner,
    AccountupdatedEntitlementChangesInnerRemovedInner,
};

/// `AccountupdatedEntitlementChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountupdatedEntitlementChangesInner {
    /// The name of the entitlement attribute that was changed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// The entitlements that were added.
    pub added: Option<Vec<AccountupdatedEntitlementChangesInnerAddedInner>>,
    /// The entitlements that were removed.
    pub removed: Option<Vec<AccountupdatedEntitlementChangesInnerRemovedInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountupdatedEntitlementChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attribute_name: impl Into<String>) -> Self {
        AccountupdatedEntitlementChangesInner {
            attribute_name: attribute_name.into(),
            added: None,
            removed: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountupdatedEntitlementChangesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountupdatedEntitlementChangesInner {
    const NAME: &'static str = "AccountupdatedEntitlementChangesInner";

    #[inline]
    fn empty() -> Self {
        AccountupdatedEntitlementChangesInner {
            attribute_name: Default::default(),
            added: None,
            removed: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "added" => self.added = map.next_value()?,
            "removed" => self.removed = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
