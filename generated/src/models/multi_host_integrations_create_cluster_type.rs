//! `MultiHostIntegrationsCreateClusterType`, from `beta/schemas/MultiHostIntegrationsCreate.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostIntegrationsCreateClusterType { #[doc = " `CLUSTER`"] Cluster = "CLUSTER", }
}
