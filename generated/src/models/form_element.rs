//! `FormElement`, from `beta/schemas/forms/FormElement.yaml`.

use crate::models::{FormElementElementType, FormElementValidationsSet};

/// `FormElement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElement {
    /// Form element identifier.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// FormElementType value.
    /// TEXT FormElementTypeText
    /// TOGGLE FormElementTypeToggle
    /// TEXTAREA FormElementTypeTextArea
    /// HIDDEN FormElementTypeHidden
    /// PHONE FormElementTypePhone
    /// EMAIL FormElementTypeEmail
    /// SELECT FormElementTypeSelect
    /// DATE FormElementTypeDate
    /// SECTION FormElementTypeSection
    /// COLUMN_SET FormElementTypeColumns
    /// IMAGE FormElementTypeImage
    /// DESCRIPTION FormElementTypeDescription
    #[serde(rename = "elementType", default, skip_serializing_if = "Option::is_none")]
    pub element_type: Option<FormElementElementType>,
    /// Config object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Technical key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validations: Option<Vec<FormElementValidationsSet>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElement {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElement {
            id: None,
            element_type: None,
            config: None,
            key: None,
            validations: None,
            additional_properties: Default::default(),
        }
    }
}
