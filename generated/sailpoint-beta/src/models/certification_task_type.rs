//! `CertificationTaskType`, from `beta/schemas/CertificationTask.yaml#/properties/type`.

/// The type of the certification task. More values may be added in the future.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationTaskType {
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

impl CertificationTaskType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationTaskType::Reassign => "REASSIGN",
            CertificationTaskType::AdminReassign => "ADMIN_REASSIGN",
            CertificationTaskType::CompleteCertification => "COMPLETE_CERTIFICATION",
            CertificationTaskType::FinishCertification => "FINISH_CERTIFICATION",
            CertificationTaskType::CompleteCampaign => "COMPLETE_CAMPAIGN",
            CertificationTaskType::ActivateCampaign => "ACTIVATE_CAMPAIGN",
            CertificationTaskType::CampaignCreate => "CAMPAIGN_CREATE",
            CertificationTaskType::CampaignDelete => "CAMPAIGN_DELETE",
            CertificationTaskType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationTaskType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => CertificationTaskType::Reassign,
            "ADMIN_REASSIGN" => CertificationTaskType::AdminReassign,
            "COMPLETE_CERTIFICATION" => CertificationTaskType::CompleteCertification,
            "FINISH_CERTIFICATION" => CertificationTaskType::FinishCertification,
            "COMPLETE_CAMPAIGN" => CertificationTaskType::CompleteCampaign,
            "ACTIVATE_CAMPAIGN" => CertificationTaskType::ActivateCampaign,
            "CAMPAIGN_CREATE" => CertificationTaskType::CampaignCreate,
            "CAMPAIGN_DELETE" => CertificationTaskType::CampaignDelete,
            other => CertificationTaskType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationTaskType);
