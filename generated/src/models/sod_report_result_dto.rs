//! `SodReportResultDto`, from `v3/schemas/SodReportResultDto.yaml`.

use crate::models::SodReportResultDtoType;

/// SOD policy violation report result.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SodReportResultDto {
    /// SOD policy violation report result DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SodReportResultDtoType>,
    /// SOD policy violation report result ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable name of the SOD policy violation report result.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodReportResultDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodReportResultDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
