//! `TransformsRightpad`, from `apis/transforms/schemas/rightpad.yaml`.

use crate::models::{TransformsInput, TransformsRequiresperiodicrefresh};

/// `TransformsRightpad` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsRightpad {
    /// An integer value for the desired length of the final output string
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub length: String,
    /// A string value representing the character that the incoming data should be padded with to get to the desired length
    ///
    ///
    /// If not provided, the transform will default to a single space (" ") character for padding
    #[serde(skip_serializing_if = "Option::is_none")]
    pub padding: Option<String>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<TransformsRequiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TransformsInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsRightpad {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(length: impl Into<String>) -> Self {
        TransformsRightpad {
            length: length.into(),
            padding: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsRightpad {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsRightpad {
    const NAME: &'static str = "TransformsRightpad";

    #[inline]
    fn empty() -> Self {
        TransformsRightpad {
            length: Default::default(),
            padding: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "length" => self.length = map.next_value_seed(crate::lenient::Text)?,
            "padding" => self.padding = map.next_value_seed(crate::lenient::TextOption)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
