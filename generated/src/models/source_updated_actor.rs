//! `SourceUpdatedActor`, from `beta/schemas/trigger/example-input/SourceUpdated.yaml#/properties/actor`.

use crate::models::SourceUpdatedActorType;

/// Identity who updated the source.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceUpdatedActor {
    /// DTO type of the identity who updated the source.
    pub r#type: SourceUpdatedActorType,
    /// ID of the identity who updated the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of the identity who updated the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl SourceUpdatedActor {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: SourceUpdatedActorType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        SourceUpdatedActor {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
