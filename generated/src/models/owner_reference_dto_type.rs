//! `OwnerReferenceDtoType`, from `beta/schemas/gov-entitlement/OwnerReferenceDto.yaml`.
crate::string_enum! {
    #[doc = " The type of the owner. Initially only type IDENTITY is supported"] pub enum
    OwnerReferenceDtoType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
