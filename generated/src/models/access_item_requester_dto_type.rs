//! `AccessItemRequesterDtoType`, from `beta/schemas/AccessItemRequesterDto.yaml`.
crate::string_enum! {
    #[doc = " Access item requester's DTO type."] pub enum AccessItemRequesterDtoType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
