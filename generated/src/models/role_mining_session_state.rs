//! `RoleMiningSessionState`, from `beta/schemas/RoleMiningSessionState.yaml`.
crate::string_enum! {
    #[doc = " Role mining session status"] pub enum RoleMiningSessionState { #[doc =
    " `CREATED`"] Created = "CREATED", #[doc = " `UPDATED`"] Updated = "UPDATED", #[doc =
    " `IDENTITIES_OBTAINED`"] IdentitiesObtained = "IDENTITIES_OBTAINED", #[doc =
    " `PRUNE_THRESHOLD_OBTAINED`"] PruneThresholdObtained = "PRUNE_THRESHOLD_OBTAINED",
    #[doc = " `POTENTIAL_ROLES_PROCESSING`"] PotentialRolesProcessing =
    "POTENTIAL_ROLES_PROCESSING", #[doc = " `POTENTIAL_ROLES_CREATED`"]
    PotentialRolesCreated = "POTENTIAL_ROLES_CREATED", }
}
