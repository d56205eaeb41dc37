//! `V3JsonPatchOperationOp`, from `v3/schemas/JsonPatchOperation.yaml`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum V3JsonPatchOperationOp { #[doc =
    " `add`"] Add = "add", #[doc = " `remove`"] Remove = "remove", #[doc = " `replace`"]
    Replace = "replace", #[doc = " `move`"] Move = "move", #[doc = " `copy`"] Copy =
    "copy", #[doc = " `test`"] Test = "test", }
}
