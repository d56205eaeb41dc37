//! `SourceDeleted`, from `beta/schemas/trigger/example-input/SourceDeleted.yaml`.

use crate::models::SourceDeletedActor;

/// `SourceDeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceDeleted {
    /// Source's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Connection type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Date and time when the source was deleted.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub deleted: chrono::DateTime<chrono::Utc>,
    /// Connector type used to connect to the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Identity who deleted the source.
    pub actor: SourceDeletedActor,
}

impl SourceDeleted {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        deleted: chrono::DateTime<chrono::Utc>,
        connector: impl Into<String>,
        actor: SourceDeletedActor,
    ) -> Self {
        SourceDeleted {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            deleted,
            connector: connector.into(),
            actor,
        }
    }
}
