//! `Column`, from `apis/saved-search/schemas/column.yaml`.

/// `Column` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Column {
    /// The name of the field.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub field: String,
    /// The value of the header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Column {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(field: impl Into<String>) -> Self {
        Column {
            field: field.into(),
            header: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Column {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Column {
    const NAME: &'static str = "Column";

    #[inline]
    fn empty() -> Self {
        Column {
            field: Default::default(),
            header: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "field" => self.field = map.next_value_seed(crate::lenient::Text)?,
            "header" => self.header = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
