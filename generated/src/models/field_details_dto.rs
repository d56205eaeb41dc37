//! `FieldDetailsDto`, from `v3/schemas/FieldDetailsDto.yaml`.

use crate::models::FieldDetailsDtoType;

/// `FieldDetailsDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FieldDetailsDto {
    /// The name of the attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The transform to apply to the field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transform: Option<serde_json::Map<String, serde_json::Value>>,
    /// Attributes required for the transform
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Flag indicating whether or not the attribute is required.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "isRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_required: Option<bool>,
    /// The type of the attribute.
    ///
    /// string: For text-based data.
    ///
    /// int: For whole numbers.
    ///
    /// long: For larger whole numbers.
    ///
    /// date: For date and time values.
    ///
    /// boolean: For true/false values.
    ///
    /// secret: For sensitive data like passwords, which will be masked and encrypted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FieldDetailsDtoType>,
    /// Flag indicating whether or not the attribute is multi-valued.
    #[serde(
        rename = "isMultiValued",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_multi_valued: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FieldDetailsDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FieldDetailsDto {
            name: None,
            transform: None,
            attributes: None,
            is_required: None,
            r#type: None,
            is_multi_valued: None,
            additional_properties: Default::default(),
        }
    }
}
