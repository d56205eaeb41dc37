//! `UpdateMultiHostSourcesRequestInner`, from `beta/paths/multi-host-integrations.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items`.

use crate::models::{
    UpdateMultiHostSourcesRequestInnerOp, UpdateMultiHostSourcesRequestInnerValue,
};

/// A JSONPatch Operation as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateMultiHostSourcesRequestInner {
    /// The operation to be performed
    pub op: UpdateMultiHostSourcesRequestInnerOp,
    /// A string JSON Pointer representing the target path to an element to be affected by the operation
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub path: String,
    /// The value to be used for the operation, required for "add" and "replace" operations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<UpdateMultiHostSourcesRequestInnerValue>,
}

impl UpdateMultiHostSourcesRequestInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        op: UpdateMultiHostSourcesRequestInnerOp,
        path: impl Into<String>,
    ) -> Self {
        UpdateMultiHostSourcesRequestInner {
            op,
            path: path.into(),
            value: None,
        }
    }
}
