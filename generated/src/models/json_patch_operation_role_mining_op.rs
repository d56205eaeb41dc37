//! `JsonPatchOperationRoleMiningOp`, from `beta/schemas/JsonPatchOperationRoleMining.yaml`.
crate::string_enum! {
    #[doc = " The operation to be performed"] pub enum JsonPatchOperationRoleMiningOp {
    #[doc = " `remove`"] Remove = "remove", #[doc = " `replace`"] Replace = "replace", }
}
