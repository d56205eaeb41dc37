//! `Spconfigrule`, from `apis/sp-config/schemas/spconfigrule.yaml`.

use crate::models::{SpconfigruleModesInner, SpconfigruleValue};

/// Format of Config Hub object rules.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigrule {
    /// JSONPath expression denoting the path within the object where a value substitution should be applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Value to be assigned at the jsonPath location within the object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<SpconfigruleValue>,
    /// Draft modes the rule will apply to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modes: Option<Vec<SpconfigruleModesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigrule {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigrule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigrule {
    const NAME: &'static str = "Spconfigrule";

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
            "path" => self.path = map.next_value_seed(crate::lenient::TextOption)?,
            "value" => self.value = map.next_value()?,
            "modes" => self.modes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
