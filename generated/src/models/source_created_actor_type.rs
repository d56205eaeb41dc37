//! `SourceCreatedActorType`, from `beta/schemas/trigger/example-input/SourceCreated.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity who created the source."] pub enum
    SourceCreatedActorType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
