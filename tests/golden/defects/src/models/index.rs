//! `Index`, from `openapi.yaml#/components/schemas/Index`.

/// A schema named like the models index page, whose page moves to `index-page`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Index {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Index {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Index {
            name: None,
            additional_properties: Default::default(),
        }
    }
}
