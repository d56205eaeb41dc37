//! `ReportType`, from `beta/schemas/ReportType.yaml`.

/// type of a Report
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportType {
    /// `CAMPAIGN_COMPOSITION_REPORT`
    CampaignCompositionReport,
    /// `CAMPAIGN_REMEDIATION_STATUS_REPORT`
    CampaignRemediationStatusReport,
    /// `CAMPAIGN_STATUS_REPORT`
    CampaignStatusReport,
    /// `CERTIFICATION_SIGNOFF_REPORT`
    CertificationSignoffReport,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReportType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportType::CampaignCompositionReport => "CAMPAIGN_COMPOSITION_REPORT",
            ReportType::CampaignRemediationStatusReport => {
                "CAMPAIGN_REMEDIATION_STATUS_REPORT"
            }
            ReportType::CampaignStatusReport => "CAMPAIGN_STATUS_REPORT",
            ReportType::CertificationSignoffReport => "CERTIFICATION_SIGNOFF_REPORT",
            ReportType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_COMPOSITION_REPORT" => ReportType::CampaignCompositionReport,
            "CAMPAIGN_REMEDIATION_STATUS_REPORT" => {
                ReportType::CampaignRemediationStatusReport
            }
            "CAMPAIGN_STATUS_REPORT" => ReportType::CampaignStatusReport,
            "CERTIFICATION_SIGNOFF_REPORT" => ReportType::CertificationSignoffReport,
            other => ReportType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportType);
