//! `LifecycleStateDto`, from `v3/schemas/LifecycleStateDto.yaml`.

/// `LifecycleStateDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LifecycleStateDto {
    /// The name of the lifecycle state
    #[serde(rename = "stateName", default, deserialize_with = "crate::lenient::string")]
    pub state_name: String,
    /// Whether the lifecycle state has been manually or automatically set
    #[serde(
        rename = "manuallyUpdated",
        default,
        deserialize_with = "crate::lenient::boolean"
    )]
    pub manually_updated: bool,
}

impl LifecycleStateDto {
    /// Builds the value from its required fields.
    pub fn new(state_name: impl Into<String>, manually_updated: bool) -> Self {
        LifecycleStateDto {
            state_name: state_name.into(),
            manually_updated,
        }
    }
}
