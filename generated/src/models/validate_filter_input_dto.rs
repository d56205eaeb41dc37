//! `ValidateFilterInputDto`, from `beta/schemas/ValidateFilterInputDto.yaml`.

/// `ValidateFilterInputDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidateFilterInputDto {
    /// Mock input to evaluate filter expression against.
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub input: serde_json::Map<String, serde_json::Value>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub filter: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ValidateFilterInputDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        filter: impl Into<String>,
    ) -> Self {
        ValidateFilterInputDto {
            input,
            filter: filter.into(),
            additional_properties: Default::default(),
        }
    }
}
