//! `IdentityattributeschangedChangesInner`, from `apis/triggers/schemas/identityattributeschanged.yaml#/properties/changes/items`.

use crate::models::{
    IdentityattributeschangedChangesInnerNewValue,
    IdentityattributeschangedChangesInnerOldValue,
};

/// `IdentityattributeschangedChangesInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IdentityattributeschangedChangesInner {
    /// The name of the identity attribute that changed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub attribute: String,
    /// The value of the identity attribute before it changed.
    #[serde(rename = "oldValue", skip_serializing_if = "Option::is_none")]
    pub old_value: Option<IdentityattributeschangedChangesInnerOldValue>,
    /// The value of the identity attribute after it changed.
    #[serde(rename = "newValue", skip_serializing_if = "Option::is_none")]
    pub new_value: Option<IdentityattributeschangedChangesInnerNewValue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityattributeschangedChangesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attribute: impl Into<String>) -> Self {
        IdentityattributeschangedChangesInner {
            attribute: attribute.into(),
            old_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IdentityattributeschangedChangesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IdentityattributeschangedChangesInner {
    const NAME: &'static str = "IdentityattributeschangedChangesInner";

    #[inline]
    fn empty() -> Self {
        IdentityattributeschangedChangesInner {
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
