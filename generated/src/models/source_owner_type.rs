//! `SourceOwnerType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum SourceOwnerType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
