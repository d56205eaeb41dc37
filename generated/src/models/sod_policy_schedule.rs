//! `SodPolicySchedule`, from `beta/schemas/SodPolicySchedule.yaml`.

use crate::models::{ScheduleSchedule, SodRecipient};

/// `SodPolicySchedule` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SodPolicySchedule {
    /// SOD Policy schedule name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The time when this SOD policy schedule is created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this SOD policy schedule is modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// SOD Policy schedule description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<ScheduleSchedule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<SodRecipient>>,
    /// Indicates if empty results need to be emailed
    #[serde(
        rename = "emailEmptyResults",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub email_empty_results: Option<bool>,
    /// Policy's creator ID
    #[serde(
        rename = "creatorId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    #[serde(
        rename = "modifierId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub modifier_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodPolicySchedule {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodPolicySchedule {
            name: None,
            created: None,
            modified: None,
            description: None,
            schedule: None,
            recipients: None,
            email_empty_results: None,
            creator_id: None,
            modifier_id: None,
            additional_properties: Default::default(),
        }
    }
}
