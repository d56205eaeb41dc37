//! `CertificationtaskType`, from `apis/certification-campaigns/schemas/certificationtask.yaml#/properties/type`.

/// The type of the certification task. More values may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationtaskType {
    /// `REASSIGN`
    Reassign,
    /// `ADMIN_REASSIGN`
    AdminReassign,
    /// `COMPLETE_CERTIFICATION`
    CompleteCertification,
    /// `FINISH_CERTIFICATION`
    FinishCertification,
    /// `COMPLETE_CAMPAIGN`
    CompleteCampaign,
    /// `ACTIVATE_CAMPAIGN`
    ActivateCampaign,
    /// `CAMPAIGN_CREATE`
    CampaignCreate,
    /// `CAMPAIGN_DELETE`
    CampaignDelete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationtaskType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationtaskType::Reassign => "REASSIGN",
            CertificationtaskType::AdminReassign => "ADMIN_REASSIGN",
            CertificationtaskType::CompleteCertification => "COMPLETE_CERTIFICATION",
            CertificationtaskType::FinishCertification => "FINISH_CERTIFICATION",
            CertificationtaskType::CompleteCampaign => "COMPLETE_CAMPAIGN",
            CertificationtaskType::ActivateCampaign => "ACTIVATE_CAMPAIGN",
            CertificationtaskType::CampaignCreate => "CAMPAIGN_CREATE",
            CertificationtaskType::CampaignDelete => "CAMPAIGN_DELETE",
            CertificationtaskType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationtaskType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => CertificationtaskType::Reassign,
            "ADMIN_REASSIGN" => CertificationtaskType::AdminReassign,
            "COMPLETE_CERTIFICATION" => CertificationtaskType::CompleteCertification,
            "FINISH_CERTIFICATION" => CertificationtaskType::FinishCertification,
            "COMPLETE_CAMPAIGN" => CertificationtaskType::CompleteCampaign,
            "ACTIVATE_CAMPAIGN" => CertificationtaskType::ActivateCampaign,
            "CAMPAIGN_CREATE" => CertificationtaskType::CampaignCreate,
            "CAMPAIGN_DELETE" => CertificationtaskType::CampaignDelete,
            other => CertificationtaskType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationtaskType);
