//! `ParameterstoragejsonpatchOp`, from `apis/parameter-storage/schemas/parameterstoragejsonpatch.yaml#/properties/op`.

/// The operation to perform (add, remove, replace, move, copy, test)
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ParameterstoragejsonpatchOp {
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

impl ParameterstoragejsonpatchOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ParameterstoragejsonpatchOp::Add => "add",
            ParameterstoragejsonpatchOp::Remove => "remove",
            ParameterstoragejsonpatchOp::Replace => "replace",
            ParameterstoragejsonpatchOp::Move => "move",
            ParameterstoragejsonpatchOp::Copy => "copy",
            ParameterstoragejsonpatchOp::Test => "test",
            ParameterstoragejsonpatchOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for ParameterstoragejsonpatchOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => ParameterstoragejsonpatchOp::Add,
            "remove" => ParameterstoragejsonpatchOp::Remove,
            "replace" => ParameterstoragejsonpatchOp::Replace,
            "move" => ParameterstoragejsonpatchOp::Move,
            "copy" => ParameterstoragejsonpatchOp::Copy,
            "test" => ParameterstoragejsonpatchOp::Test,
            other => ParameterstoragejsonpatchOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ParameterstoragejsonpatchOp);
