//! `AccessRequestAdminItemStatusRequestedForType`, from `v2024/schemas/AccessRequestAdminItemStatus.yaml`.
crate::string_enum! {
    #[doc = " Type of the object to which this reference applies"] pub enum
    AccessRequestAdminItemStatusRequestedForType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", }
}
