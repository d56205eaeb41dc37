//! `Conditioneffect`, from `apis/custom-forms/schemas/conditioneffect.yaml`.

use crate::models::{ConditioneffectConfig, ConditioneffectEffectType};

/// Effect produced by a condition.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Conditioneffect {
    /// Type of effect to perform when the conditions are evaluated for this logic block.
    /// HIDE ConditionEffectTypeHide  Disables validations.
    /// SHOW ConditionEffectTypeShow  Enables validations.
    /// DISABLE ConditionEffectTypeDisable  Disables validations.
    /// ENABLE ConditionEffectTypeEnable  Enables validations.
    /// REQUIRE ConditionEffectTypeRequire
    /// OPTIONAL ConditionEffectTypeOptional
    /// SUBMIT_MESSAGE ConditionEffectTypeSubmitMessage
    /// SUBMIT_NOTIFICATION ConditionEffectTypeSubmitNotification
    /// SET_DEFAULT_VALUE ConditionEffectTypeSetDefaultValue  This value is ignored on purpose.
    #[serde(rename = "effectType", skip_serializing_if = "Option::is_none")]
    pub effect_type: Option<ConditioneffectEffectType>,
    /// Arbitrary map containing a configuration based on the EffectType.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<ConditioneffectConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Conditioneffect {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Conditioneffect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Conditioneffect {
    const NAME: &'static str = "Conditioneffect";

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
            "effectType" => self.effect_type = map.next_value()?,
            "config" => self.config = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
