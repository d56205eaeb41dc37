//! `AutowritesettingpatchOp`, from `apis/suggested-entitlement-description/schemas/autowritesettingpatch.yaml#/properties/op`.

/// The operation to perform. Only "replace" is supported.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AutowritesettingpatchOp {
    /// `replace`
    Replace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AutowritesettingpatchOp {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AutowritesettingpatchOp::Replace => "replace",
            AutowritesettingpatchOp::Unknown(value) => value,
        }
    }
}

impl From<&str> for AutowritesettingpatchOp {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "replace" => AutowritesettingpatchOp::Replace,
            other => AutowritesettingpatchOp::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AutowritesettingpatchOp);
