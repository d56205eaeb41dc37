//! `LifecycleStateDto`, from `v3/schemas/LifecycleStateDto.yaml`.

/// `LifecycleStateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LifecycleStateDto {
    /// The name of the lifecycle state
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "stateName", default, deserialize_with = "crate::lenient::string")]
    pub state_name: String,
    /// Whether the lifecycle state has been manually or automatically set
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(
        rename = "manuallyUpdated",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub manually_updated: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecycleStateDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(state_name: impl Into<String>, manually_updated: bool) -> Self {
        LifecycleStateDto {
            state_name: state_name.into(),
            manually_updated,
            additional_properties: Default::default(),
        }
    }
}
