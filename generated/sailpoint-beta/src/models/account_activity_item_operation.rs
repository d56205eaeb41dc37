//! `AccountActivityItemOperation`, from `v3/schemas/AccountActivityItemOperation.yaml`.

/// Represents an operation in an account activity item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountActivityItemOperation {
    /// `ADD`
    Add,
    /// `CREATE`
    Create,
    /// `MODIFY`
    Modify,
    /// `DELETE`
    Delete,
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// `UNLOCK`
    Unlock,
    /// `LOCK`
    Lock,
    /// `REMOVE`
    Remove,
    /// `SET`
    Set,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountActivityItemOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountActivityItemOperation::Add => "ADD",
            AccountActivityItemOperation::Create => "CREATE",
            AccountActivityItemOperation::Modify => "MODIFY",
            AccountActivityItemOperation::Delete => "DELETE",
            AccountActivityItemOperation::Disable => "DISABLE",
            AccountActivityItemOperation::Enable => "ENABLE",
            AccountActivityItemOperation::Unlock => "UNLOCK",
            AccountActivityItemOperation::Lock => "LOCK",
            AccountActivityItemOperation::Remove => "REMOVE",
            AccountActivityItemOperation::Set => "SET",
            AccountActivityItemOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountActivityItemOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => AccountActivityItemOperation::Add,
            "CREATE" => AccountActivityItemOperation::Create,
            "MODIFY" => AccountActivityItemOperation::Modify,
            "DELETE" => AccountActivityItemOperation::Delete,
            "DISABLE" => AccountActivityItemOperation::Disable,
            "ENABLE" => AccountActivityItemOperation::Enable,
            "UNLOCK" => AccountActivityItemOperation::Unlock,
            "LOCK" => AccountActivityItemOperation::Lock,
            "REMOVE" => AccountActivityItemOperation::Remove,
            "SET" => AccountActivityItemOperation::Set,
            other => AccountActivityItemOperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountActivityItemOperation);
