//! `OwnerDtoType`, from `v2024/schemas/OwnerDto.yaml`.
crate::string_enum! {
    #[doc = " Owner's DTO type."] pub enum OwnerDtoType { #[doc = " `IDENTITY`"] Identity
    = "IDENTITY", }
}
