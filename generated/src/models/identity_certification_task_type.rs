//! `IdentityCertificationTaskType`, from `beta/schemas/IdentityCertificationTask.yaml`.
crate::string_enum! {
    #[doc = " `IdentityCertificationTaskType` as the spec defines it."] pub enum
    IdentityCertificationTaskType { #[doc = " `REASSIGN`"] Reassign = "REASSIGN", }
}
