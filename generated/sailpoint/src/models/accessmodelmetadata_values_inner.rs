//! `AccessmodelmetadataValuesInner`, from `apis/shared/schemas/accessmodelmetadata.yaml#/properties/values/items`.

/// An individual value to assign to the metadata item
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessmodelmetadataValuesInner {
    /// The value to assign to the metdata item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Display name of the value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the individual value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessmodelmetadataValuesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessmodelmetadataValuesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessmodelmetadataValuesInner {
    const NAME: &'static str = "AccessmodelmetadataValuesInner";

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
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
