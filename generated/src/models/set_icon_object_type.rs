//! `SetIconObjectType`, from `beta/paths/icon.yaml#/put`.
crate::string_enum! {
    #[doc = " `SetIconObjectType` as the spec defines it."] pub enum SetIconObjectType {
    #[doc = " `application`"] Application = "application", }
}
