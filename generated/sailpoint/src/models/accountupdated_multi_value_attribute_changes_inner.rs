//! `AccountupdatedMultiValueAttributeChangesInner`, from `apis/triggers/schemas/accountupdated.yaml#/properties/multiValueAttributeChanges/items`.

use crate::models::{
    AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner,
    AccountupdatedMultiValueAttributeChangesInnerRemovedValuesInner,
};

/// `AccountupdatedMultiValueAttributeChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountupdatedMultiValueAttributeChangesInner {
    /// The name of the attribute that was changed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The values that were added to the attribute.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "addedValues")]
    pub added_values: Vec<AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner>,
    /// The values that were removed from the attribute.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "removedValues")]
    pub removed_values: Vec<
        AccountupdatedMultiValueAttributeChangesInnerRemovedValuesInner,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountupdatedMultiValueAttributeChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        added_values: Vec<AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner>,
        removed_values: Vec<
            AccountupdatedMultiValueAttributeChangesInnerRemovedValuesInner,
        >,
    ) -> Self {
        AccountupdatedMultiValueAttributeChangesInner {
            name: name.into(),
            added_values,
            removed_values,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountupdatedMultiValueAttributeChangesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountupdatedMultiValueAttributeChangesInner {
    const NAME: &'static str = "AccountupdatedMultiValueAttributeChangesInner";

    #[inline]
    fn empty() -> Self {
        AccountupdatedMultiValueAttributeChangesInner {
            name: Default::default(),
            added_values: Default::default(),
            removed_values: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "addedValues" => {
                self.added_values = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "removedValues" => {
                self.removed_values = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
