//! `CertificationPhase`, from `v3/schemas/CertificationPhase.yaml`.
crate::string_enum! {
    #[doc = " The current phase of the campaign."] #[doc =
    " * `STAGED`: The campaign is waiting to be activated."] #[doc =
    " * `ACTIVE`: The campaign is active."] #[doc =
    " * `SIGNED`: The reviewer has signed off on the campaign, and it is considered complete."]
    pub enum CertificationPhase { #[doc = " `STAGED`"] Staged = "STAGED", #[doc =
    " `ACTIVE`"] Active = "ACTIVE", #[doc = " `SIGNED`"] Signed = "SIGNED", }
}
