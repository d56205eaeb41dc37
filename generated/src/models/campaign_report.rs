//! `CampaignReport`, from `beta/schemas/CampaignReport.yaml`.

use crate::models::{ReportResultReferenceStatus, ReportType, SodReportResultDtoType};

/// `CampaignReport` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignReport {
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
    /// Status of a SOD policy violation report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ReportResultReferenceStatus>,
    #[serde(rename = "reportType", default, skip_serializing_if = "Option::is_none")]
    pub report_type: Option<ReportType>,
    /// The most recent date and time this report was run
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "lastRunAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_run_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignReport {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CampaignReport {
            r#type: None,
            id: None,
            name: None,
            status: None,
            report_type: None,
            last_run_at: None,
            additional_properties: Default::default(),
        }
    }
}
