//! `CertificationTaskTargetType`, from `beta/schemas/CertificationTask.yaml`.
crate::string_enum! {
    #[doc =
    " The type of item that is being operated on by this task whose ID is stored in the targetId field."]
    pub enum CertificationTaskTargetType { #[doc = " `CERTIFICATION`"] Certification =
    "CERTIFICATION", #[doc = " `CAMPAIGN`"] Campaign = "CAMPAIGN", }
}
