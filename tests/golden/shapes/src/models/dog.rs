//! `Dog`, from `openapi.yaml#/components/schemas/Dog`.

/// A dog.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dog {
    /// Dog name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Breed.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub breed: String,
    /// Age in years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<i32>,
    /// Weight in kg.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Always true.
    #[serde(rename = "goodBoy", skip_serializing_if = "Option::is_none")]
    pub good_boy: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dog {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, breed: impl Into<String>) -> Self {
        Dog {
            name: name.into(),
            breed: breed.into(),
            age: None,
            weight: None,
            good_boy: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dog {
    const NAME: &'static str = "Dog";

    #[inline]
    fn empty() -> Self {
        Dog {
            name: Default::default(),
            breed: Default::default(),
            age: None,
            weight: None,
            good_boy: None,
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
            "breed" => self.breed = map.next_value_seed(crate::lenient::Text)?,
            "age" => self.age = map.next_value()?,
            "weight" => self.weight = map.next_value()?,
            "goodBoy" => self.good_boy = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
