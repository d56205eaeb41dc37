//! `SourceUpdated`, from `beta/schemas/trigger/example-input/SourceUpdated.yaml`.

use crate::models::SourceUpdatedActor;

/// `SourceUpdated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceUpdated {
    /// Source's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Connection type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Date and time when the source was modified.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub modified: chrono::DateTime<chrono::Utc>,
    /// Connector type used to connect to the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Identity who updated the source.
    pub actor: SourceUpdatedActor,
}

impl SourceUpdated {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        modified: chrono::DateTime<chrono::Utc>,
        connector: impl Into<String>,
        actor: SourceUpdatedActor,
    ) -> Self {
        SourceUpdated {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            modified,
            connector: connector.into(),
            actor,
        }
    }
}
