//! `JsonpatchoperationroleminingOp`, from `apis/iai-role-mining/schemas/jsonpatchoperationrolemining.yaml#/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JsonpatchoperationroleminingOp {
    /// `remove`
    Remove,
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl JsonpatchoperationroleminingOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JsonpatchoperationroleminingOp::Remove => "remove",
            JsonpatchoperationroleminingOp::Replace => "replace",
            JsonpatchoperationroleminingOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JsonpatchoperationroleminingOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "remove" => JsonpatchoperationroleminingOp::Remove,
            "replace" => JsonpatchoperationroleminingOp::Replace,
            other => JsonpatchoperationroleminingOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JsonpatchoperationroleminingOp);
