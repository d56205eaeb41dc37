//! `Validatefilterinputdto`, from `apis/triggers/schemas/validatefilterinputdto.yaml`.

/// `Validatefilterinputdto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Validatefilterinputdto {
    /// Mock input to evaluate filter expression against.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub input: serde_json::Map<String, serde_json::Value>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub filter: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Validatefilterinputdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        filter: impl Into<String>,
    ) -> Self {
        Validatefilterinputdto {
            input,
            filter: filter.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Validatefilterinputdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Validatefilterinputdto {
    const NAME: &'static str = "Validatefilterinputdto";

    #[inline]
    fn empty() -> Self {
        Validatefilterinputdto {
            input: Default::default(),
            filter: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "input" => {
                self.input = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "filter" => self.filter = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
