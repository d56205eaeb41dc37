//! `CertificationsCertificationtaskType`, from `apis/certifications/schemas/certificationtask.yaml#/properties/type`.

/// The type of the certification task. More values may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationsCertificationtaskType {
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

impl CertificationsCertificationtaskType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationsCertificationtaskType::Reassign => "REASSIGN",
            CertificationsCertificationtaskType::AdminReassign => "ADMIN_REASSIGN",
            CertificationsCertificationtaskType::CompleteCertification => {
                "COMPLETE_CERTIFICATION"
            }
            CertificationsCertificationtaskType::FinishCertification => {
                "FINISH_CERTIFICATION"
            }
            CertificationsCertificationtaskType::CompleteCampaign => "COMPLETE_CAMPAIGN",
            CertificationsCertificationtaskType::ActivateCampaign => "ACTIVATE_CAMPAIGN",
            CertificationsCertificationtaskType::CampaignCreate => "CAMPAIGN_CREATE",
            CertificationsCertificationtaskType::CampaignDelete => "CAMPAIGN_DELETE",
            CertificationsCertificationtaskType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationsCertificationtaskType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => CertificationsCertificationtaskType::Reassign,
            "ADMIN_REASSIGN" => CertificationsCertificationtaskType::AdminReassign,
            "COMPLETE_CERTIFICATION" => {
                CertificationsCertificationtaskType::CompleteCertification
            }
            "FINISH_CERTIFICATION" => {
                CertificationsCertificationtaskType::FinishCertification
            }
            "COMPLETE_CAMPAIGN" => CertificationsCertificationtaskType::CompleteCampaign,
            "ACTIVATE_CAMPAIGN" => CertificationsCertificationtaskType::ActivateCampaign,
            "CAMPAIGN_CREATE" => CertificationsCertificationtaskType::CampaignCreate,
            "CAMPAIGN_DELETE" => CertificationsCertificationtaskType::CampaignDelete,
            other => CertificationsCertificationtaskType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationsCertificationtaskType);
