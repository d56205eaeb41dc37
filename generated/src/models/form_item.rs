//! `FormItem`, from `beta/schemas/FormItemDetails.yaml`.

/// `FormItem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FormItem {
    /// Name of the FormItem
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl FormItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FormItem { name: None }
    }
}
