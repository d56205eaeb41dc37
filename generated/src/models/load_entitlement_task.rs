//! `LoadEntitlementTask`, from `beta/schemas/LoadEntitlementTask.yaml`.

use crate::models::LoadEntitlementTaskReturnsInner;

/// `LoadEntitlementTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadEntitlementTask {
    /// System-generated unique ID of the task this taskStatus represents
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type of task this task represents
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The name of the task
    #[serde(
        rename = "uniqueName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub unique_name: Option<String>,
    /// The description of the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The user who initiated the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub launcher: Option<String>,
    /// The creation date of the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Return values from the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<LoadEntitlementTaskReturnsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadEntitlementTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadEntitlementTask {
            id: None,
            r#type: None,
            unique_name: None,
            description: None,
            launcher: None,
            created: None,
            returns: None,
            additional_properties: Default::default(),
        }
    }
}
