//! `Nestedaggregation`, from `apis/shared/schemas/nestedaggregation.yaml`.

/// The nested aggregation object.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Nestedaggregation {
    /// The name of the nested aggregate to be included in the result.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The type of the nested object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Nestedaggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, r#type: impl Into<String>) -> Self {
        Nestedaggregation {
            name: name.into(),
            r#type: r#type.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Nestedaggregation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Nestedaggregation {
    const NAME: &'static str = "Nestedaggregation";

    #[inline]
    fn empty() -> Self {
        Nestedaggregation {
            name: Default::default(),
            r#type: Default::default(),
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
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
