//! `MultiHostIntegrationsClusterType`, from `beta/schemas/MultiHostIntegrations.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostIntegrationsClusterType { #[doc = " `CLUSTER`"] Cluster = "CLUSTER", }
}
