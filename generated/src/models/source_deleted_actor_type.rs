//! `SourceDeletedActorType`, from `beta/schemas/trigger/example-input/SourceDeleted.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity who deleted the source."] pub enum
    SourceDeletedActorType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
