//! `V3AccessItemReviewedByType`, from `v3/schemas/AccessItemReviewedBy.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity who reviewed the access item request."] pub enum
    V3AccessItemReviewedByType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
