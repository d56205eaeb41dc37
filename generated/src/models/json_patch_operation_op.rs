//! `JsonPatchOperationOp`, from `beta/schemas/JsonPatchOperation.yaml`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum JsonPatchOperationOp { #[doc =
    " `add`"] Add = "add", #[doc = " `remove`"] Remove = "remove", #[doc = " `replace`"]
    Replace = "replace", #[doc = " `move`"] Move = "move", #[doc = " `copy`"] Copy =
    "copy", #[doc = " `test`"] Test = "test", }
}
