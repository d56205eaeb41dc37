//! `V3CommentDtoAuthorType`, from `v3/schemas/CommentDto.yaml`.
crate::string_enum! {
    #[doc = " The type of object"] pub enum V3CommentDtoAuthorType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
