//! `SubscriptionPatchRequestInner`, from `beta/schemas/SubscriptionPatchRequest.yaml#/items`.

use crate::models::{SubscriptionPatchRequestInnerOp, SubscriptionPatchRequestInnerValue};

/// A JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubscriptionPatchRequestInner {
    /// The operation to be performed
    pub op: SubscriptionPatchRequestInnerOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<SubscriptionPatchRequestInnerValue>,
}

impl SubscriptionPatchRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(op: SubscriptionPatchRequestInnerOp, path: impl Into<String>) -> Self {
        SubscriptionPatchRequestInner {
            op,
            path: path.into(),
            value: None,
        }
    }
}
