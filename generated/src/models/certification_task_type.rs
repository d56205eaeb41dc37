//! `CertificationTaskType`, from `beta/schemas/CertificationTask.yaml`.
crate::string_enum! {
    #[doc =
    " The type of the certification task. More values may be added in the future."] pub
    enum CertificationTaskType { #[doc = " `REASSIGN`"] Reassign = "REASSIGN", #[doc =
    " `ADMIN_REASSIGN`"] AdminReassign = "ADMIN_REASSIGN", #[doc =
    " `COMPLETE_CERTIFICATION`"] CompleteCertification = "COMPLETE_CERTIFICATION", #[doc
    = " `FINISH_CERTIFICATION`"] FinishCertification = "FINISH_CERTIFICATION", #[doc =
    " `COMPLETE_CAMPAIGN`"] CompleteCampaign = "COMPLETE_CAMPAIGN", #[doc =
    " `ACTIVATE_CAMPAIGN`"] ActivateCampaign = "ACTIVATE_CAMPAIGN", #[doc =
    " `CAMPAIGN_CREATE`"] CampaignCreate = "CAMPAIGN_CREATE", #[doc =
    " `CAMPAIGN_DELETE`"] CampaignDelete = "CAMPAIGN_DELETE", }
}
