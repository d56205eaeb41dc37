//! `SourceDeleted`, from `beta/schemas/trigger/example-input/SourceDeleted.yaml`.

use crate::models::SourceDeletedActor;

/// `SourceDeleted` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceDeleted {
    /// Source's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Source name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Connection type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub r#type: String,
    /// Date and time when the source was deleted.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub deleted: Option<chrono::DateTime<chrono::Utc>>,
    /// Connector type used to connect to the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub connector: String,
    /// Identity who deleted the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<SourceDeletedActor>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceDeleted {
    /// Builds the value from its required fields; the optional ones start empty.
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
            deleted: Some(deleted),
            connector: connector.into(),
            actor: Some(actor),
            additional_properties: Default::default(),
        }
    }
}
