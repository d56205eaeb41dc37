//! `JsonPatchOperationsOp`, from `beta/schemas/discovered-applications/JsonPatchOperations.yaml`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum JsonPatchOperationsOp { #[doc =
    " `add`"] Add = "add", #[doc = " `remove`"] Remove = "remove", #[doc = " `replace`"]
    Replace = "replace", }
}
