//! `SourceCreatedActor`, from `beta/schemas/trigger/example-input/SourceCreated.yaml#/properties/actor`.

use crate::models::SourceCreatedActorType;

/// Identity who created the source.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceCreatedActor {
    /// DTO type of the identity who created the source.
    pub r#type: SourceCreatedActorType,
    /// ID of the identity who created the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Name of the identity who created the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl SourceCreatedActor {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: SourceCreatedActorType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        SourceCreatedActor {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
