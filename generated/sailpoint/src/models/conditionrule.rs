//! `Conditionrule`, from `apis/custom-forms/schemas/conditionrule.yaml`.

use crate::models::{
    ConditionruleOperator, ConditionruleSourceType, ConditionruleValueType,
};

/// `Conditionrule` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Conditionrule {
    /// Defines the type of object being selected. It will be either a reference to a form input (by input name) or a form element (by technical key).
    /// INPUT ConditionRuleSourceTypeInput
    /// ELEMENT ConditionRuleSourceTypeElement
    #[serde(rename = "sourceType", skip_serializing_if = "Option::is_none")]
    pub source_type: Option<ConditionruleSourceType>,
    /// Source - if the sourceType is ConditionRuleSourceTypeInput, the source type is the name of the form input to accept. However, if the sourceType is ConditionRuleSourceTypeElement,
    /// the source is the name of a technical key of an element to retrieve its value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// ConditionRuleComparisonOperatorType value.
    /// EQ ConditionRuleComparisonOperatorTypeEquals  This comparison operator compares the source and target for equality.
    /// NE ConditionRuleComparisonOperatorTypeNotEquals  This comparison operator compares the source and target for inequality.
    /// CO ConditionRuleComparisonOperatorTypeContains  This comparison operator searches the source to see whether it contains the value.
    /// NOT_CO ConditionRuleComparisonOperatorTypeNotContains
    /// IN ConditionRuleComparisonOperatorTypeIncludes  This comparison operator searches the source if it equals any of the values.
    /// NOT_IN ConditionRuleComparisonOperatorTypeNotIncludes
    /// EM ConditionRuleComparisonOperatorTypeEmpty
    /// NOT_EM ConditionRuleComparisonOperatorTypeNotEmpty
    /// SW ConditionRuleComparisonOperatorTypeStartsWith  Checks whether a string starts with another substring of the same string. This operator is case-sensitive.
    /// NOT_SW ConditionRuleComparisonOperatorTypeNotStartsWith
    /// EW ConditionRuleComparisonOperatorTypeEndsWith  Checks whether a string ends with another substring of the same string. This operator is case-sensitive.
    /// NOT_EW ConditionRuleComparisonOperatorTypeNotEndsWith
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<ConditionruleOperator>,
    /// ConditionRuleValueType type.
    /// STRING ConditionRuleValueTypeString  This value is a static string.
    /// STRING_LIST ConditionRuleValueTypeStringList  This value is an array of string values.
    /// INPUT ConditionRuleValueTypeInput  This value is a reference to a form input.
    /// ELEMENT ConditionRuleValueTypeElement  This value is a reference to a form element (by technical key).
    /// LIST ConditionRuleValueTypeList
    /// BOOLEAN ConditionRuleValueTypeBoolean
    #[serde(rename = "valueType", skip_serializing_if = "Option::is_none")]
    pub value_type: Option<ConditionruleValueType>,
    /// Based on the ValueType.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Conditionrule {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Conditionrule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Conditionrule {
    const NAME: &'static str = "Conditionrule";

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
            "sourceType" => self.source_type = map.next_value()?,
            "source" => self.source = map.next_value_seed(crate::lenient::TextOption)?,
            "operator" => self.operator = map.next_value()?,
            "valueType" => self.value_type = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
