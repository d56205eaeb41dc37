//! `GetFormInstanceFile403Response`, from `beta/paths/form-instance-file.yaml#/get/responses/403/content/application~1json/schema`.

use crate::models::ErrorMessage;

/// `GetFormInstanceFile403Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetFormInstanceFile403Response {
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

impl GetFormInstanceFile403Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetFormInstanceFile403Response {
            detail_code: None,
            messages: None,
            status_code: None,
            tracking_id: None,
            additional_properties: Default::default(),
        }
    }
}
