//! `SourceDeletedActor`, from `beta/schemas/trigger/example-input/SourceDeleted.yaml#/properties/actor`.

use crate::models::SourceDeletedActorType;

/// Identity who deleted the source.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceDeletedActor {
    /// DTO type of the identity who deleted the source.
    pub r#type: SourceDeletedActorType,
    /// ID of the identity who deleted the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of the identity who deleted the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl SourceDeletedActor {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: SourceDeletedActorType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        SourceDeletedActor {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
