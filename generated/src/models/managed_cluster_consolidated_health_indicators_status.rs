//! `ManagedClusterConsolidatedHealthIndicatorsStatus`, from `beta/schemas/ManagedCluster.yaml`.
crate::string_enum! {
    #[doc = " The consolidated Health Status for the Managed cluster"] pub enum
    ManagedClusterConsolidatedHealthIndicatorsStatus { #[doc = " `NORMAL`"] Normal =
    "NORMAL", #[doc = " `WARNING`"] Warning = "WARNING", #[doc = " `ERROR`"] Error =
    "ERROR", }
}
