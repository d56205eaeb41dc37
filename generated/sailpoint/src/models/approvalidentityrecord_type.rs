//! `ApprovalidentityrecordType`, from `apis/approvals/schemas/approvalidentityrecord.yaml#/properties/type`.

/// Type of identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalidentityrecordType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalidentityrecordType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalidentityrecordType::Identity => "IDENTITY",
            ApprovalidentityrecordType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalidentityrecordType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ApprovalidentityrecordType::Identity,
            other => ApprovalidentityrecordType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalidentityrecordType);
