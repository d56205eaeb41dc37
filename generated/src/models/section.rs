//! `Section`, from `beta/schemas/SectionDetails.yaml`.

/// `Section` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Section {
    /// Name of the FormItem
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Label of the section
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub label: Option<String>,
    /// List of FormItems. FormItems can be SectionDetails and/or FieldDetails
    #[serde(rename = "formItems", default, skip_serializing_if = "Option::is_none")]
    pub form_items: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Section {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Section {
            name: None,
            label: None,
            form_items: None,
            additional_properties: Default::default(),
        }
    }
}
