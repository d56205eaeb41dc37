//! `AccessProfileRefType`, from `v3/schemas/access/AccessProfileRef.yaml`.
crate::string_enum! {
    #[doc =
    " Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result."]
    pub enum AccessProfileRefType { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", }
}
