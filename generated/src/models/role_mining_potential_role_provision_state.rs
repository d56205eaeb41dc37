//! `RoleMiningPotentialRoleProvisionState`, from `beta/schemas/RoleMiningPotentialRoleProvisionState.yaml`.
crate::string_enum! {
    #[doc = " Provision state"] pub enum RoleMiningPotentialRoleProvisionState { #[doc =
    " `POTENTIAL`"] Potential = "POTENTIAL", #[doc = " `PENDING`"] Pending = "PENDING",
    #[doc = " `COMPLETE`"] Complete = "COMPLETE", #[doc = " `FAILED`"] Failed = "FAILED",
    }
}
