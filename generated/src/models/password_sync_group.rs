//! `PasswordSyncGroup`, from `v3/schemas/PasswordSyncGroup.yaml`.

/// `PasswordSyncGroup` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordSyncGroup {
    /// ID of the sync group
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the sync group
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// ID of the password policy
    #[serde(
        rename = "passwordPolicyId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub password_policy_id: Option<String>,
    /// List of password managed sources IDs
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// The date and time this sync group was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time this sync group was last modified
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

impl PasswordSyncGroup {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordSyncGroup {
            id: None,
            name: None,
            password_policy_id: None,
            source_ids: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
