//! `Error405Response`, from `v3/responses/405.yaml#/content/application~1json/schema`.

/// `Error405Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error405Response {
    /// A message describing the error
    #[serde(rename = "errorName", default, skip_serializing_if = "Option::is_none")]
    pub error_name: Option<serde_json::Value>,
    /// Description of the error
    #[serde(rename = "errorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<serde_json::Value>,
    /// Unique tracking id for the error.
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

impl Error405Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error405Response {
            error_name: None,
            error_message: None,
            tracking_id: None,
            additional_properties: Default::default(),
        }
    }
}
