//! `V3AccessItemRequesterType`, from `v3/schemas/AccessItemRequester.yaml`.
crate::string_enum! {
    #[doc = " Access item requester's DTO type."] pub enum V3AccessItemRequesterType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
