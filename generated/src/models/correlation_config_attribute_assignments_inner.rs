//! `CorrelationConfigAttributeAssignmentsInner`, from `beta/schemas/CorrelationConfig.yaml#/properties/attributeAssignments/items`.

use crate::models::{
    CorrelationConfigAttributeAssignmentsInnerMatchMode,
    CorrelationConfigAttributeAssignmentsInnerOperation,
};

/// The attribute assignment of the correlation configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CorrelationConfigAttributeAssignmentsInner {
    /// The sequence of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sequence: Option<i64>,
    /// The property of the attribute assignment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub property: Option<String>,
    /// The value of the attribute assignment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The operation of the attribute assignment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<CorrelationConfigAttributeAssignmentsInnerOperation>,
    /// Whether or not the it's a complex attribute assignment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub complex: Option<bool>,
    /// Whether or not the attribute assignment should ignore case.
    #[serde(
        rename = "ignoreCase",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub ignore_case: Option<bool>,
    /// The match mode of the attribute assignment.
    #[serde(rename = "matchMode", default, skip_serializing_if = "Option::is_none")]
    pub match_mode: Option<CorrelationConfigAttributeAssignmentsInnerMatchMode>,
    /// The filter string of the attribute assignment.
    #[serde(
        rename = "filterString",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub filter_string: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CorrelationConfigAttributeAssignmentsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CorrelationConfigAttributeAssignmentsInner {
            sequence: None,
            property: None,
            value: None,
            operation: None,
            complex: None,
            ignore_case: None,
            match_mode: None,
            filter_string: None,
            additional_properties: Default::default(),
        }
    }
}
