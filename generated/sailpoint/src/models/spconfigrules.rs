//! `Spconfigrules`, from `apis/sp-config/schemas/spconfigrules.yaml`.

use crate::models::Spconfigrule;

/// Rules to be applied to the config object during the draft process.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Spconfigrules {
    #[serde(rename = "takeFromTargetRules", skip_serializing_if = "Option::is_none")]
    pub take_from_target_rules: Option<Vec<Spconfigrule>>,
    #[serde(rename = "defaultRules", skip_serializing_if = "Option::is_none")]
    pub default_rules: Option<Vec<Spconfigrule>>,
    /// Indicates whether the object can be edited.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editable: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Spconfigrules {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Spconfigrules {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Spconfigrules {
    const NAME: &'static str = "Spconfigrules";

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
            "takeFromTargetRules" => self.take_from_target_rules = map.next_value()?,
            "defaultRules" => self.default_rules = map.next_value()?,
            "editable" => {
                self.editable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
