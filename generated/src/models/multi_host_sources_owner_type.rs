//! `MultiHostSourcesOwnerType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum MultiHostSourcesOwnerType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
