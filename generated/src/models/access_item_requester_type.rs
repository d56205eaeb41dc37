//! `AccessItemRequesterType`, from `v2024/schemas/AccessItemRequester.yaml`.
crate::string_enum! {
    #[doc = " Access item requester's DTO type."] pub enum AccessItemRequesterType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
