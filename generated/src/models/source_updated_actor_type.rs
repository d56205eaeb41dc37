//! `SourceUpdatedActorType`, from `beta/schemas/trigger/example-input/SourceUpdated.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity who updated the source."] pub enum
    SourceUpdatedActorType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
