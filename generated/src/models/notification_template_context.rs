//! `NotificationTemplateContext`, from `beta/schemas/NotificationTemplateContext.yaml`.

/// `NotificationTemplateContext` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NotificationTemplateContext {
    /// A JSON object that stores the context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// When the global context was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// When the global context was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl NotificationTemplateContext {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        NotificationTemplateContext {
            attributes: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
