//! `Field`, from `beta/schemas/FieldDetails.yaml`.

/// `Field` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Field {
    /// Name of the FormItem
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Display name of the field
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Type of the field to display
    #[serde(
        rename = "displayType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_type: Option<String>,
    /// True if the field is required
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub required: Option<bool>,
    /// List of allowed values for the field
    #[serde(
        rename = "allowedValuesList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_values_list: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Value of the field
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Field {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Field {
            name: None,
            display_name: None,
            display_type: None,
            required: None,
            allowed_values_list: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
