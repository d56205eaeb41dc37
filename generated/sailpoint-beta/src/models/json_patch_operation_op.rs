//! `JsonPatchOperationOp`, from `beta/schemas/JsonPatchOperation.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JsonPatchOperationOp {
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

impl JsonPatchOperationOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JsonPatchOperationOp::Add => "add",
            JsonPatchOperationOp::Remove => "remove",
            JsonPatchOperationOp::Replace => "replace",
            JsonPatchOperationOp::Move => "move",
            JsonPatchOperationOp::Copy => "copy",
            JsonPatchOperationOp::Test => "test",
            JsonPatchOperationOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonPatchOperationOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => JsonPatchOperationOp::Add,
            "remove" => JsonPatchOperationOp::Remove,
            "replace" => JsonPatchOperationOp::Replace,
            "move" => JsonPatchOperationOp::Move,
            "copy" => JsonPatchOperationOp::Copy,
            "test" => JsonPatchOperationOp::Test,
            other => JsonPatchOperationOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JsonPatchOperationOp);
