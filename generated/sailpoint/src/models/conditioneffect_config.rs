//! `ConditioneffectConfig`, from `apis/custom-forms/schemas/conditioneffect.yaml#/properties/config`.

/// Arbitrary map containing a configuration based on the EffectType.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ConditioneffectConfig {
    /// Effect type's label.
    #[serde(rename = "defaultValueLabel", skip_serializing_if = "Option::is_none")]
    pub default_value_label: Option<String>,
    /// Element's identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConditioneffectConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ConditioneffectConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ConditioneffectConfig {
    const NAME: &'static str = "ConditioneffectConfig";

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
            "defaultValueLabel" => {
                self.default_value_label = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "element" => self.element = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
