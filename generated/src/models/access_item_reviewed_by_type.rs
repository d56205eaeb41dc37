//! `AccessItemReviewedByType`, from `v2024/schemas/AccessItemReviewedBy.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity who reviewed the access item request."] pub enum
    AccessItemReviewedByType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
