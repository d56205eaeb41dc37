//! `SlimThing`, from `schemas/SlimThing.yaml`.

/// A slim thing; aliased by the root as `slimthing` and referenced directly by file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SlimThing {
    /// Thing id.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Thing name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl SlimThing {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        SlimThing {
            id: id.into(),
            name: None,
        }
    }
}
