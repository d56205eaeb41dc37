//! `Featurevaluedto`, from `apis/iai-recommendations/schemas/featurevaluedto.yaml`.

/// `Featurevaluedto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Featurevaluedto {
    /// The type of feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// The number of identities that have access to the feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerator: Option<i32>,
    /// The number of identities with the corresponding feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Featurevaluedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Featurevaluedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Featurevaluedto {
    const NAME: &'static str = "Featurevaluedto";

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
            "feature" => self.feature = map.next_value_seed(crate::lenient::TextOption)?,
            "numerator" => self.numerator = map.next_value()?,
            "denominator" => self.denominator = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
