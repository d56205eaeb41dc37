//! `NonEmployeeSchemaAttributeBody`, from `beta/schemas/NonEmployeeSchemaAttributeBody.yaml`.

/// `NonEmployeeSchemaAttributeBody` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NonEmployeeSchemaAttributeBody {
    /// Type of the attribute. Only type 'TEXT' is supported for custom attributes.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Label displayed on the UI for this schema attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub label: String,
    /// The technical name of the attribute. Must be unique per source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "technicalName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub technical_name: String,
    /// help text displayed by UI.
    #[serde(
        rename = "helpText",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub help_text: Option<String>,
    /// Hint text that fills UI box.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub placeholder: Option<String>,
    /// If true, the schema attribute is required for all non-employees in the source
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub required: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NonEmployeeSchemaAttributeBody {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        r#type: impl Into<String>,
        label: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> Self {
        NonEmployeeSchemaAttributeBody {
            r#type: r#type.into(),
            label: label.into(),
            technical_name: technical_name.into(),
            help_text: None,
            placeholder: None,
            required: None,
            additional_properties: Default::default(),
        }
    }
}
