//! `UpdateMultiHostSourcesRequestInnerOp`, from `beta/paths/multi-host-integrations.yaml#/patch`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum
    UpdateMultiHostSourcesRequestInnerOp { #[doc = " `add`"] Add = "add", #[doc =
    " `replace`"] Replace = "replace", }
}
