//! `PatOwnerType`, from `v3/schemas/PatOwner.yaml`.
crate::string_enum! {
    #[doc = " Personal access token owner's DTO type."] pub enum PatOwnerType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
