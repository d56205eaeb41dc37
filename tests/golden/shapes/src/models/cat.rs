//! `Cat`, from `openapi.yaml#/components/schemas/Cat`.

/// A cat.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Cat {
    /// Cat name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Whether it lives indoors.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub indoor: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Cat {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Cat {
            name: name.into(),
            indoor: None,
            additional_properties: Default::default(),
        }
    }
}
