//! `AccessItemDiffEventType`, from `beta/schemas/AccessItemDiff.yaml`.
crate::string_enum! {
    #[doc = " `AccessItemDiffEventType` as the spec defines it."] pub enum
    AccessItemDiffEventType { #[doc = " `ADD`"] Add = "ADD", #[doc = " `REMOVE`"] Remove
    = "REMOVE", }
}
