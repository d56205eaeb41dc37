//! `MoveOptions`, from `openapi.yaml#/components/schemas/MoveOptions`.

/// Optional move options.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MoveOptions {
    #[serde(
        rename = "dryRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dry_run: Option<bool>,
}

impl MoveOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MoveOptions { dry_run: None }
    }
}
