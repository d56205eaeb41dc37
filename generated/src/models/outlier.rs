//! `Outlier`, from `beta/schemas/Outlier.yaml`.

use crate::models::{OutlierType, OutlierUnignoreType};

/// `Outlier` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Outlier {
    /// The identity's unique identifier for the outlier record
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The ID of the identity that is detected as an outlier
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// The type of outlier summary
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OutlierType>,
    /// The first date the outlier was detected
    #[serde(
        rename = "firstDetectionDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub first_detection_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The most recent date the outlier was detected
    #[serde(
        rename = "latestDetectionDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub latest_detection_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Flag whether or not the outlier has been ignored
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub ignored: Option<bool>,
    /// Object containing mapped identity attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The outlier score determined by the detection engine ranging from 0..1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored
    #[serde(rename = "unignoreType", default, skip_serializing_if = "Option::is_none")]
    pub unignore_type: Option<OutlierUnignoreType>,
    /// shows date when last time has been unignored outlier
    #[serde(
        rename = "unignoreDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub unignore_date: Option<chrono::DateTime<chrono::Utc>>,
    /// shows date when last time has been ignored outlier
    #[serde(
        rename = "ignoreDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub ignore_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Outlier {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Outlier {
            id: None,
            identity_id: None,
            r#type: None,
            first_detection_date: None,
            latest_detection_date: None,
            ignored: None,
            attributes: None,
            score: None,
            unignore_type: None,
            unignore_date: None,
            ignore_date: None,
            additional_properties: Default::default(),
        }
    }
}
