//! `FormElementDataSourceConfigOptions`, from `beta/schemas/forms/FormElementDataSourceConfigOptions.yaml`.

/// `FormElementDataSourceConfigOptions` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FormElementDataSourceConfigOptions {
    /// Label is the main label to display to the user when selecting this option
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub label: Option<String>,
    /// SubLabel is the sub label to display below the label in diminutive styling to help describe or identify this option
    #[serde(
        rename = "subLabel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub sub_label: Option<String>,
    /// Value is the value to save as an entry when the user selects this option
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FormElementDataSourceConfigOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormElementDataSourceConfigOptions {
            label: None,
            sub_label: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
