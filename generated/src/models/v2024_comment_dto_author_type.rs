//! `V2024CommentDtoAuthorType`, from `v2024/schemas/CommentDto.yaml`.
crate::string_enum! {
    #[doc = " The type of object"] pub enum V2024CommentDtoAuthorType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
