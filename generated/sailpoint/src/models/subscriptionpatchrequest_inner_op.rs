//! `SubscriptionpatchrequestInnerOp`, from `apis/triggers/schemas/subscriptionpatchrequest.yaml#/items/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SubscriptionpatchrequestInnerOp {
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

impl SubscriptionpatchrequestInnerOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SubscriptionpatchrequestInnerOp::Add => "add",
            SubscriptionpatchrequestInnerOp::Remove => "remove",
            SubscriptionpatchrequestInnerOp::Replace => "replace",
            SubscriptionpatchrequestInnerOp::Move => "move",
            SubscriptionpatchrequestInnerOp::Copy => "copy",
            SubscriptionpatchrequestInnerOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for SubscriptionpatchrequestInnerOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => SubscriptionpatchrequestInnerOp::Add,
            "remove" => SubscriptionpatchrequestInnerOp::Remove,
            "replace" => SubscriptionpatchrequestInnerOp::Replace,
            "move" => SubscriptionpatchrequestInnerOp::Move,
            "copy" => SubscriptionpatchrequestInnerOp::Copy,
            other => SubscriptionpatchrequestInnerOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SubscriptionpatchrequestInnerOp);
