//! `ValidateFilterInputDto`, from `beta/schemas/ValidateFilterInputDto.yaml`.

/// `ValidateFilterInputDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidateFilterInputDto {
    /// Mock input to evaluate filter expression against.
    #[serde(default)]
    pub input: serde_json::Map<String, serde_json::Value>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub filter: String,
}

impl ValidateFilterInputDto {
    /// Builds the value from its required fields.
    pub fn new(
        input: serde_json::Map<String, serde_json::Value>,
        filter: impl Into<String>,
    ) -> Self {
        ValidateFilterInputDto {
            input,
            filter: filter.into(),
        }
    }
}
