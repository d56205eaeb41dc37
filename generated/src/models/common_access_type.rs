//! `CommonAccessType`, from `beta/schemas/CommonAccessType.yaml`.
crate::string_enum! {
    #[doc = " The type of access item."] pub enum CommonAccessType { #[doc =
    " `ACCESS_PROFILE`"] AccessProfile = "ACCESS_PROFILE", #[doc = " `ROLE`"] Role =
    "ROLE", }
}
