//! `GetFileFromS3404Response`, from `beta/paths/form-definition-file.yaml#/get/responses/404/content/application~1json/schema`.

use crate::models::ErrorMessage;

/// `GetFileFromS3404Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetFileFromS3404Response {
    #[serde(
        rename = "detailCode",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub detail_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<ErrorMessage>>,
    #[serde(rename = "statusCode", default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    #[serde(
        rename = "trackingId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tracking_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl GetFileFromS3404Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetFileFromS3404Response {
            detail_code: None,
            messages: None,
            status_code: None,
            tracking_id: None,
            additional_properties: Default::default(),
        }
    }
}
