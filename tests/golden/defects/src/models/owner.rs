//! `Owner`, from `openapi.yaml#/components/schemas/Owner`.

/// An owner reference.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Owner {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl Owner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Owner { id: None, name: None }
    }
}
