//! `Segment`, from `beta/schemas/Segment.yaml`.

use crate::models::{OwnerReferenceSegments, VisibilityCriteria};

/// `Segment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Segment {
    /// The segment's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The segment's business name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The time when the segment is created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when the segment is modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The segment's optional description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OwnerReferenceSegments>,
    #[serde(
        rename = "visibilityCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility_criteria: Option<VisibilityCriteria>,
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub active: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Segment {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Segment {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            owner: None,
            visibility_criteria: None,
            active: None,
            additional_properties: Default::default(),
        }
    }
}
