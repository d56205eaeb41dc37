//! `Dimensioncriterialevel3`, from `apis/dimensions/schemas/dimensioncriterialevel3.yaml`.

use crate::models::{Dimensioncriteriakey, Dimensioncriteriaoperation};

/// Defines STANDARD type Dimension membership
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dimensioncriterialevel3 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<Dimensioncriteriaoperation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<Dimensioncriteriakey>,
    /// String value to test the Identity attribute specified in the key w/r/t the specified operation. If this criteria is a leaf node, that is, if the operation is one of EQUALS, this field is required. Otherwise, specifying it is an error.
    #[serde(rename = "stringValue", skip_serializing_if = "Option::is_none")]
    pub string_value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dimensioncriterialevel3 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dimensioncriterialevel3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dimensioncriterialevel3 {
    const NAME: &'static str = "Dimensioncriterialevel3";

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
            "operation" => self.operation = map.next_value()?,
            "key" => self.key = map.next_value()?,
            "stringValue" => {
                self.string_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
