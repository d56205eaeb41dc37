//! `AccessProfileSourceRefType`, from `v3/schemas/access/AccessProfileSourceRef.yaml`.
crate::string_enum! {
    #[doc = " Source's DTO type."] pub enum AccessProfileSourceRefType { #[doc =
    " `SOURCE`"] Source = "SOURCE", }
}
