//! `MoveOptions`, from `openapi.yaml#/components/schemas/MoveOptions`.

/// Optional move options.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MoveOptions {
    #[serde(
        rename = "dryRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dry_run: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MoveOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MoveOptions {
            dry_run: None,
            additional_properties: Default::default(),
        }
    }
}
