//! `ValidateFilterOutputDto`, from `beta/schemas/ValidateFilterOutputDto.yaml`.

/// `ValidateFilterOutputDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateFilterOutputDto {
    /// When this field is true, the filter expression is valid against the input.
    #[serde(
        rename = "isValid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_valid: Option<bool>,
    /// When this field is true, the filter expression is using a valid JSON path.
    #[serde(
        rename = "isValidJSONPath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_valid_json_path: Option<bool>,
    /// When this field is true, the filter expression is using an existing path.
    #[serde(
        rename = "isPathExist",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_path_exist: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ValidateFilterOutputDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ValidateFilterOutputDto {
            is_valid: None,
            is_valid_json_path: None,
            is_path_exist: None,
            additional_properties: Default::default(),
        }
    }
}
