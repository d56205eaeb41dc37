//! `SubscriptionPatchRequestInnerOp`, from `beta/schemas/SubscriptionPatchRequest.yaml`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum SubscriptionPatchRequestInnerOp {
    #[doc = " `add`"] Add = "add", #[doc = " `remove`"] Remove = "remove", #[doc =
    " `replace`"] Replace = "replace", #[doc = " `move`"] Move = "move", #[doc =
    " `copy`"] Copy = "copy", }
}
