//! `AccountattributeschangedChangesInner`, from `apis/triggers/schemas/accountattributeschanged.yaml#/properties/changes/items`.

use crate::models::{
    AccountattributeschangedChangesInnerNewValue,
    AccountattributeschangedChangesInnerOldValue,
};

/// `AccountattributeschangedChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountattributeschangedChangesInner {
    /// The name of the attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub attribute: String,
    /// The previous value of the attribute.
    #[serde(rename = "oldValue")]
    pub old_value: Option<AccountattributeschangedChangesInnerOldValue>,
    /// The new value of the attribute.
    #[serde(rename = "newValue")]
    pub new_value: Option<AccountattributeschangedChangesInnerNewValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountattributeschangedChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attribute: impl Into<String>) -> Self {
        AccountattributeschangedChangesInner {
            attribute: attribute.into(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountattributeschangedChangesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountattributeschangedChangesInner {
    const NAME: &'static str = "AccountattributeschangedChangesInner";

    #[inline]
    fn empty() -> Self {
        AccountattributeschangedChangesInner {
            attribute: Default::default(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "attribute" => self.attribute = map.next_value_seed(crate::lenient::Text)?,
            "oldValue" => self.old_value = map.next_value()?,
            "newValue" => self.new_value = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
