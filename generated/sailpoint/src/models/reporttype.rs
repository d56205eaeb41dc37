//! `Reporttype`, from `apis/certification-campaigns/schemas/reporttype.yaml`.

/// type of a Report
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reporttype {
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

impl Reporttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Reporttype::CampaignCompositionReport => "CAMPAIGN_COMPOSITION_REPORT",
            Reporttype::CampaignRemediationStatusReport => {
                "CAMPAIGN_REMEDIATION_STATUS_REPORT"
            }
            Reporttype::CampaignStatusReport => "CAMPAIGN_STATUS_REPORT",
            Reporttype::CertificationSignoffReport => "CERTIFICATION_SIGNOFF_REPORT",
            Reporttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Reporttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_COMPOSITION_REPORT" => Reporttype::CampaignCompositionReport,
            "CAMPAIGN_REMEDIATION_STATUS_REPORT" => {
                Reporttype::CampaignRemediationStatusReport
            }
            "CAMPAIGN_STATUS_REPORT" => Reporttype::CampaignStatusReport,
            "CERTIFICATION_SIGNOFF_REPORT" => Reporttype::CertificationSignoffReport,
            other => Reporttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Reporttype);
