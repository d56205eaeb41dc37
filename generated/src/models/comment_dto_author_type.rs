//! `CommentDtoAuthorType`, from `beta/schemas/CommentDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the commenting identity."] pub enum CommentDtoAuthorType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
