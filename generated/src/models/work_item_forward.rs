//! `WorkItemForward`, from `beta/schemas/WorkItemForward.yaml`.

/// `WorkItemForward` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkItemForward {
    /// The ID of the identity to forward this work item to.
    #[serde(
        rename = "targetOwnerId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub target_owner_id: String,
    /// Comments to send to the target owner
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
}

impl WorkItemForward {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(target_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        WorkItemForward {
            target_owner_id: target_owner_id.into(),
            comment: comment.into(),
            send_notifications: None,
        }
    }
}
