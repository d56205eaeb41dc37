//! `ReportType`, from `beta/schemas/ReportType.yaml`.
crate::string_enum! {
    #[doc = " type of a Report"] pub enum ReportType { #[doc =
    " `CAMPAIGN_COMPOSITION_REPORT`"] CampaignCompositionReport =
    "CAMPAIGN_COMPOSITION_REPORT", #[doc = " `CAMPAIGN_REMEDIATION_STATUS_REPORT`"]
    CampaignRemediationStatusReport = "CAMPAIGN_REMEDIATION_STATUS_REPORT", #[doc =
    " `CAMPAIGN_STATUS_REPORT`"] CampaignStatusReport = "CAMPAIGN_STATUS_REPORT", #[doc =
    " `CERTIFICATION_SIGNOFF_REPORT`"] CertificationSignoffReport =
    "CERTIFICATION_SIGNOFF_REPORT", }
}
