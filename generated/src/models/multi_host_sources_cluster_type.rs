//! `MultiHostSourcesClusterType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum MultiHostSourcesClusterType {
    #[doc = " `CLUSTER`"] Cluster = "CLUSTER", }
}
