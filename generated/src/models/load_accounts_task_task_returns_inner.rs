//! `LoadAccountsTaskTaskReturnsInner`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task/properties/returns/items`.

/// `LoadAccountsTaskTaskReturnsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadAccountsTaskTaskReturnsInner {
    /// The display label of the return value
    #[serde(
        rename = "displayLabel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_label: Option<String>,
    /// The attribute name of the return value
    #[serde(
        rename = "attributeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadAccountsTaskTaskReturnsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTaskTaskReturnsInner {
            display_label: None,
            attribute_name: None,
            additional_properties: Default::default(),
        }
    }
}
