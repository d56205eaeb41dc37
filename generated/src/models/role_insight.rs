//! `RoleInsight`, from `beta/schemas/RoleInsight.yaml`.

use crate::models::{RoleInsightsInsight, RoleInsightsRole};

/// `RoleInsight` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsight {
    /// Insight id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Total number of updates for this role
    #[serde(
        rename = "numberOfUpdates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub number_of_updates: Option<i64>,
    /// The date-time insights were last created for this role.
    #[serde(
        rename = "createdDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time insights were last modified for this role.
    #[serde(
        rename = "modifiedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// A role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<RoleInsightsRole>,
    /// The kind of insight this is and some stats
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insight: Option<RoleInsightsInsight>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsight {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsight {
            id: None,
            number_of_updates: None,
            created_date: None,
            modified_date: None,
            role: None,
            insight: None,
            additional_properties: Default::default(),
        }
    }
}
