//! `AttributeDto`, from `openapi.yaml#/components/schemas/AttributeDTO`.

/// An access model metadata attribute.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AttributeDto {
    /// Technical name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub key: String,
    /// Display name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiselect: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(key: impl Into<String>, name: impl Into<String>) -> Self {
        AttributeDto {
            key: key.into(),
            name: name.into(),
            multiselect: None,
            values: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AttributeDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AttributeDto {
    const NAME: &'static str = "AttributeDto";

    #[inline]
    fn empty() -> Self {
        AttributeDto {
            key: Default::default(),
            name: Default::default(),
            multiselect: None,
            values: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "key" => self.key = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "multiselect" => {
                self.multiselect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
