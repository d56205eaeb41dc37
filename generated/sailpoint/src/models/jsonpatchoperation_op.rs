//! `JsonpatchoperationOp`, from `apis/shared/schemas/jsonpatchoperation.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JsonpatchoperationOp {
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

impl JsonpatchoperationOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JsonpatchoperationOp::Add => "add",
            JsonpatchoperationOp::Remove => "remove",
            JsonpatchoperationOp::Replace => "replace",
            JsonpatchoperationOp::Move => "move",
            JsonpatchoperationOp::Copy => "copy",
            JsonpatchoperationOp::Test => "test",
            JsonpatchoperationOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonpatchoperationOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => JsonpatchoperationOp::Add,
            "remove" => JsonpatchoperationOp::Remove,
            "replace" => JsonpatchoperationOp::Replace,
            "move" => JsonpatchoperationOp::Move,
            "copy" => JsonpatchoperationOp::Copy,
            "test" => JsonpatchoperationOp::Test,
            other => JsonpatchoperationOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JsonpatchoperationOp);
