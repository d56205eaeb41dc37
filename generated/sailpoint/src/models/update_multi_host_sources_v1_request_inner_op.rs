//! `UpdateMultiHostSourcesV1RequestInnerOp`, from `apis/multi-host-integration/paths/multihosts-v1-by-multihostid.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateMultiHostSourcesV1RequestInnerOp {
    /// `add`
    Add,
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdateMultiHostSourcesV1RequestInnerOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UpdateMultiHostSourcesV1RequestInnerOp::Add => "add",
            UpdateMultiHostSourcesV1RequestInnerOp::Replace => "replace",
            UpdateMultiHostSourcesV1RequestInnerOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateMultiHostSourcesV1RequestInnerOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => UpdateMultiHostSourcesV1RequestInnerOp::Add,
            "replace" => UpdateMultiHostSourcesV1RequestInnerOp::Replace,
            other => UpdateMultiHostSourcesV1RequestInnerOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UpdateMultiHostSourcesV1RequestInnerOp);
