//! `WorkItemForward`, from `beta/schemas/WorkItemForward.yaml`.

/// `WorkItemForward` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkItemForward {
    /// The ID of the identity to forward this work item to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "targetOwnerId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub target_owner_id: String,
    /// Comments to send to the target owner
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub comment: String,
    /// If true, send a notification to the target owner.
    #[serde(
        rename = "sendNotifications",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub send_notifications: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkItemForward {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(target_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        WorkItemForward {
            target_owner_id: target_owner_id.into(),
            comment: comment.into(),
            send_notifications: None,
            additional_properties: Default::default(),
        }
    }
}
