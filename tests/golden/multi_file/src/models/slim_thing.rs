//! `SlimThing`, from `schemas/SlimThing.yaml`.

/// A slim thing; aliased by the root as `slimthing` and referenced directly by file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SlimThing {
    /// Thing id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Thing name.
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

impl SlimThing {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        SlimThing {
            id: id.into(),
            name: None,
            additional_properties: Default::default(),
        }
    }
}
