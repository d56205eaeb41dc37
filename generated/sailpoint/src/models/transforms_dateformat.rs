//! `TransformsDateformat`, from `apis/transforms/schemas/dateformat.yaml`.

use crate::models::{
    TransformsDateformatInputFormat, TransformsDateformatOutputFormat, TransformsInput,
    TransformsRequiresperiodicrefresh,
};

/// `TransformsDateformat` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsDateformat {
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data is coming in as.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "inputFormat", skip_serializing_if = "Option::is_none")]
    pub input_format: Option<TransformsDateformatInputFormat>,
    /// A string value indicating either the explicit SimpleDateFormat or the built-in named format that the data should be formatted into.
    ///
    /// *If no inputFormat is provided, the transform assumes that it is in ISO8601 format*
    #[serde(rename = "outputFormat", skip_serializing_if = "Option::is_none")]
    pub output_format: Option<TransformsDateformatOutputFormat>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<TransformsRequiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TransformsInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsDateformat {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TransformsDateformat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsDateformat {
    const NAME: &'static str = "TransformsDateformat";

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
            "inputFormat" => self.input_format = map.next_value()?,
            "outputFormat" => self.output_format = map.next_value()?,
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
