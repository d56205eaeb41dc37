//! `SourceClusterDtoType`, from `v3/schemas/SourceClusterDto.yaml`.
crate::string_enum! {
    #[doc = " Source cluster DTO type."] pub enum SourceClusterDtoType { #[doc =
    " `CLUSTER`"] Cluster = "CLUSTER", }
}
