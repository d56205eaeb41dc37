//! `Formelement`, from `apis/custom-forms/schemas/formelement.yaml`.

use crate::models::{FormelementElementType, Formelementvalidationsset};

/// `Formelement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formelement {
    /// Form element identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// FormElementType value.
    /// TEXT FormElementTypeText
    /// TOGGLE FormElementTypeToggle
    /// TEXTAREA FormElementTypeTextArea
    /// HIDDEN FormElementTypeHidden
    /// PHONE FormElementTypePhone
    /// EMAIL FormElementTypeEmail
    /// SELECT FormElementTypeSelect
    /// DATE FormElementTypeDate
    /// SECTION FormElementTypeSection
    /// COLUMN_SET FormElementTypeColumns
    /// IMAGE FormElementTypeImage
    /// DESCRIPTION FormElementTypeDescription
    #[serde(rename = "elementType", skip_serializing_if = "Option::is_none")]
    pub element_type: Option<FormelementElementType>,
    /// Config object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Technical key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validations: Option<Vec<Formelementvalidationsset>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formelement {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formelement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formelement {
    const NAME: &'static str = "Formelement";

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
            "elementType" => self.element_type = map.next_value()?,
            "config" => self.config = map.next_value()?,
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "validations" => self.validations = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
