//! `SubscriptionPatchRequestInnerOp`, from `beta/schemas/SubscriptionPatchRequest.yaml#/items/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SubscriptionPatchRequestInnerOp {
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
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SubscriptionPatchRequestInnerOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SubscriptionPatchRequestInnerOp::Add => "add",
            SubscriptionPatchRequestInnerOp::Remove => "remove",
            SubscriptionPatchRequestInnerOp::Replace => "replace",
            SubscriptionPatchRequestInnerOp::Move => "move",
            SubscriptionPatchRequestInnerOp::Copy => "copy",
            SubscriptionPatchRequestInnerOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for SubscriptionPatchRequestInnerOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => SubscriptionPatchRequestInnerOp::Add,
            "remove" => SubscriptionPatchRequestInnerOp::Remove,
            "replace" => SubscriptionPatchRequestInnerOp::Replace,
            "move" => SubscriptionPatchRequestInnerOp::Move,
            "copy" => SubscriptionPatchRequestInnerOp::Copy,
            other => SubscriptionPatchRequestInnerOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SubscriptionPatchRequestInnerOp);
