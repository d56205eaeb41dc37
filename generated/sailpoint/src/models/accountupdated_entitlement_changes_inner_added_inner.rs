//! `AccountupdatedEntitlementChangesInnerAddedInner`, from `apis/triggers/schemas/accountupdated.yaml#/properties/entitlementChanges/items/properties/added/items`.

use crate::models::AccountupdatedEntitlementChangesInnerAddedInnerOwner;

/// `AccountupdatedEntitlementChangesInnerAddedInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountupdatedEntitlementChangesInnerAddedInner {
    /// The unique identifier of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<AccountupdatedEntitlementChangesInnerAddedInnerOwner>,
    /// The value of the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountupdatedEntitlementChangesInnerAddedInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccountupdatedEntitlementChangesInnerAddedInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountupdatedEntitlementChangesInnerAddedInner {
    const NAME: &'static str = "AccountupdatedEntitlementChangesInnerAddedInner";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "owner" => self.owner = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
