//! `UpdateMultiHostSourcesRequestInnerOp`, from `beta/paths/multi-host-integrations.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/op`.

/// The operation to be performed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateMultiHostSourcesRequestInnerOp {
    /// `add`
    Add,
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdateMultiHostSourcesRequestInnerOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UpdateMultiHostSourcesRequestInnerOp::Add => "add",
            UpdateMultiHostSourcesRequestInnerOp::Replace => "replace",
            UpdateMultiHostSourcesRequestInnerOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateMultiHostSourcesRequestInnerOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "add" => UpdateMultiHostSourcesRequestInnerOp::Add,
            "replace" => UpdateMultiHostSourcesRequestInnerOp::Replace,
            other => UpdateMultiHostSourcesRequestInnerOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UpdateMultiHostSourcesRequestInnerOp);
