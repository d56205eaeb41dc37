//! `ListRequestableObjectsTypesInner`, from `v3/paths/requestable-object-list.yaml#/get`.
crate::string_enum! {
    #[doc = " Currently supported requestable object types."] pub enum
    ListRequestableObjectsTypesInner { #[doc = " `ACCESS_PROFILE`"] AccessProfile =
    "ACCESS_PROFILE", #[doc = " `ROLE`"] Role = "ROLE", }
}
