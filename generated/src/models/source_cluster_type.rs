//! `SourceClusterType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum SourceClusterType { #[doc =
    " `CLUSTER`"] Cluster = "CLUSTER", }
}
