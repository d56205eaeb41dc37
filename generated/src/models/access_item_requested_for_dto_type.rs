//! `AccessItemRequestedForDtoType`, from `beta/schemas/AccessItemRequestedForDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity the access item is requested for."] pub enum
    AccessItemRequestedForDtoType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
