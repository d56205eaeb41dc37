//! `FormOwnerType`, from `beta/schemas/forms/FormOwner.yaml`.
crate::string_enum! {
    #[doc = " FormOwnerType value."] #[doc = " IDENTITY FormOwnerTypeIdentity"] pub enum
    FormOwnerType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
