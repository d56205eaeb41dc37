//! `DeleteIconObjectType`, from `beta/paths/icon.yaml#/delete`.
crate::string_enum! {
    #[doc = " `DeleteIconObjectType` as the spec defines it."] pub enum
    DeleteIconObjectType { #[doc = " `application`"] Application = "application", }
}
