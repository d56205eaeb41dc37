//! `JitaccessoperationrequestOp`, from `apis/jit-access/schemas/jitaccessoperationrequest.yaml#/properties/op`.

/// Operation type. Defaults to `replace` if omitted.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JitaccessoperationrequestOp {
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl JitaccessoperationrequestOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            JitaccessoperationrequestOp::Replace => "replace",
            JitaccessoperationrequestOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for JitaccessoperationrequestOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "replace" => JitaccessoperationrequestOp::Replace,
            other => JitaccessoperationrequestOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(JitaccessoperationrequestOp);
