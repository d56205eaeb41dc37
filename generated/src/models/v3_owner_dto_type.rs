//! `V3OwnerDtoType`, from `v3/schemas/OwnerDto.yaml`.
crate::string_enum! {
    #[doc = " Owner's DTO type."] pub enum V3OwnerDtoType { #[doc = " `IDENTITY`"]
    Identity = "IDENTITY", }
}
