//! `SourceCreated`, from `beta/schemas/trigger/example-input/SourceCreated.yaml`.

use crate::models::SourceCreatedActor;

/// `SourceCreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceCreated {
    /// Source's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Connection type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Date and time when the source was created.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Connector type used to connect to the source.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Identity who created the source.
    pub actor: SourceCreatedActor,
}

impl SourceCreated {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        connector: impl Into<String>,
        actor: SourceCreatedActor,
    ) -> Self {
        SourceCreated {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            created,
            connector: connector.into(),
            actor,
        }
    }
}
