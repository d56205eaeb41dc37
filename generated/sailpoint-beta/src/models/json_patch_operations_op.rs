//! `JsonPatchOperationsOp`, from `beta/schemas/discovered-applications/JsonPatchOperations.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JsonPatchOperationsOp {
    /// `add`
    Add,
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl JsonPatchOperationsOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JsonPatchOperationsOp::Add => "add",
            JsonPatchOperationsOp::Remove => "remove",
            JsonPatchOperationsOp::Replace => "replace",
            JsonPatchOperationsOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonPatchOperationsOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => JsonPatchOperationsOp::Add,
            "remove" => JsonPatchOperationsOp::Remove,
            "replace" => JsonPatchOperationsOp::Replace,
            other => JsonPatchOperationsOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JsonPatchOperationsOp);
