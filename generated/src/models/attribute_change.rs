//! `AttributeChange`, from `beta/schemas/AttributeChange.yaml`.

/// `AttributeChange` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeChange {
    /// the attribute name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// the old value of attribute
    #[serde(
        rename = "previousValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub previous_value: Option<String>,
    /// the new value of attribute
    #[serde(
        rename = "newValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub new_value: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeChange {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeChange {
            name: None,
            previous_value: None,
            new_value: None,
            additional_properties: Default::default(),
        }
    }
}
