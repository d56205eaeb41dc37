//! `SourcesCorrelationconfigAttributeAssignmentsInner`, from `apis/sources/schemas/correlationconfig.yaml#/properties/attributeAssignments/items`.

use crate::models::{
    SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode,
    SourcesCorrelationconfigAttributeAssignmentsInnerOperation,
};

/// The attribute assignment of the correlation configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesCorrelationconfigAttributeAssignmentsInner {
    /// The property of the attribute assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
    /// The value of the attribute assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The operation of the attribute assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<SourcesCorrelationconfigAttributeAssignmentsInnerOperation>,
    /// Whether or not the it's a complex attribute assignment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complex: Option<bool>,
    /// Whether or not the attribute assignment should ignore case.
    #[serde(rename = "ignoreCase", skip_serializing_if = "Option::is_none")]
    pub ignore_case: Option<bool>,
    /// The match mode of the attribute assignment.
    #[serde(rename = "matchMode", skip_serializing_if = "Option::is_none")]
    pub match_mode: Option<SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode>,
    /// The filter string of the attribute assignment.
    #[serde(rename = "filterString", skip_serializing_if = "Option::is_none")]
    pub filter_string: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesCorrelationconfigAttributeAssignmentsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesCorrelationconfigAttributeAssignmentsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesCorrelationconfigAttributeAssignmentsInner {
    const NAME: &'static str = "SourcesCorrelationconfigAttributeAssignmentsInner";

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
            "property" => {
                self.property = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "operation" => self.operation = map.next_value()?,
            "complex" => self.complex = map.next_value_seed(crate::lenient::FlagOption)?,
            "ignoreCase" => {
                self.ignore_case = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "matchMode" => self.match_mode = map.next_value()?,
            "filterString" => {
                self.filter_string = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
