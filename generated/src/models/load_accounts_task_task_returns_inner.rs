//! `LoadAccountsTaskTaskReturnsInner`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task/properties/returns/items`.

/// `LoadAccountsTaskTaskReturnsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl LoadAccountsTaskTaskReturnsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTaskTaskReturnsInner {
            display_label: None,
            attribute_name: None,
        }
    }
}
