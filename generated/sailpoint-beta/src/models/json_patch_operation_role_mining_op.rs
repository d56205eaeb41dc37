//! `JsonPatchOperationRoleMiningOp`, from `beta/schemas/JsonPatchOperationRoleMining.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JsonPatchOperationRoleMiningOp {
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl JsonPatchOperationRoleMiningOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JsonPatchOperationRoleMiningOp::Remove => "remove",
            JsonPatchOperationRoleMiningOp::Replace => "replace",
            JsonPatchOperationRoleMiningOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonPatchOperationRoleMiningOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "remove" => JsonPatchOperationRoleMiningOp::Remove,
            "replace" => JsonPatchOperationRoleMiningOp::Replace,
            other => JsonPatchOperationRoleMiningOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JsonPatchOperationRoleMiningOp);
