//! `AccessItemOwnerDtoType`, from `beta/schemas/AccessItemOwnerDto.yaml`.
crate::string_enum! {
    #[doc = " Access item owner's DTO type."] pub enum AccessItemOwnerDtoType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
