//! `V3JsonPatchOperationOp`, from `v3/schemas/JsonPatchOperation.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3JsonPatchOperationOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// `move`
    Move,
    /// `copy`
    Copy,
    /// `test`
    Test,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3JsonPatchOperationOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3JsonPatchOperationOp::Add => "add",
            V3JsonPatchOperationOp::Remove => "remove",
            V3JsonPatchOperationOp::Replace => "replace",
            V3JsonPatchOperationOp::Move => "move",
            V3JsonPatchOperationOp::Copy => "copy",
            V3JsonPatchOperationOp::Test => "test",
            V3JsonPatchOperationOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3JsonPatchOperationOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => V3JsonPatchOperationOp::Add,
            "remove" => V3JsonPatchOperationOp::Remove,
            "replace" => V3JsonPatchOperationOp::Replace,
            "move" => V3JsonPatchOperationOp::Move,
            "copy" => V3JsonPatchOperationOp::Copy,
            "test" => V3JsonPatchOperationOp::Test,
            other => V3JsonPatchOperationOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3JsonPatchOperationOp);
