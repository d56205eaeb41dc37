//! `ManagedClusterUpdatePreferencesUpdateState`, from `beta/schemas/ManagedCluster.yaml`.
crate::string_enum! {
    #[doc = " The current updateState for the cluster"] pub enum
    ManagedClusterUpdatePreferencesUpdateState { #[doc = " `AUTO`"] Auto = "AUTO", #[doc
    = " `DISABLED`"] Disabled = "DISABLED", }
}
