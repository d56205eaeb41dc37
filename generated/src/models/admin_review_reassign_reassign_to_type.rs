//! `AdminReviewReassignReassignToType`, from `beta/schemas/AdminReviewReassign.yaml`.
crate::string_enum! {
    #[doc = " The type of the ID provided."] pub enum AdminReviewReassignReassignToType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
