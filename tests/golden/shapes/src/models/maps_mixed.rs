//! `MapsMixed`, from `openapi.yaml#/components/schemas/Maps/properties/mixed`.

/// Properties AND additionalProperties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MapsMixed {
    /// A known key.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub known: String,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl MapsMixed {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(known: impl Into<String>) -> Self {
        MapsMixed {
            known: known.into(),
            additional_properties: Default::default(),
        }
    }
}
