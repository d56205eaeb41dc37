//! `Bound`, from `apis/shared/schemas/bound.yaml`.

/// `Bound` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bound {
    /// The value of the range's endpoint.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub value: String,
    /// Indicates if the endpoint is included in the range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inclusive: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bound {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(value: impl Into<String>) -> Self {
        Bound {
            value: value.into(),
            inclusive: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bound {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bound {
    const NAME: &'static str = "Bound";

    #[inline]
    fn empty() -> Self {
        Bound {
            value: Default::default(),
            inclusive: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "value" => self.value = map.next_value_seed(crate::lenient::Text)?,
            "inclusive" => {
                self.inclusive = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
