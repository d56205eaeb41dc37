//! `GetSourceSchemasIncludeTypes`, from `beta/paths/schemas.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetSourceSchemasIncludeTypes` as the spec defines it."] pub enum
    GetSourceSchemasIncludeTypes { #[doc = " `group`"] Group = "group", #[doc =
    " `user`"] User = "user", }
}
