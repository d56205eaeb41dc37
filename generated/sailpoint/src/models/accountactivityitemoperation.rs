//! `Accountactivityitemoperation`, from `apis/account-activities/schemas/accountactivityitemoperation.yaml`.

/// Represents an operation in an account activity item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accountactivityitemoperation {
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

impl Accountactivityitemoperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accountactivityitemoperation::Add => "ADD",
            Accountactivityitemoperation::Create => "CREATE",
            Accountactivityitemoperation::Modify => "MODIFY",
            Accountactivityitemoperation::Delete => "DELETE",
            Accountactivityitemoperation::Disable => "DISABLE",
            Accountactivityitemoperation::Enable => "ENABLE",
            Accountactivityitemoperation::Unlock => "UNLOCK",
            Accountactivityitemoperation::Lock => "LOCK",
            Accountactivityitemoperation::Remove => "REMOVE",
            Accountactivityitemoperation::Set => "SET",
            Accountactivityitemoperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accountactivityitemoperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ADD" => Accountactivityitemoperation::Add,
            "CREATE" => Accountactivityitemoperation::Create,
            "MODIFY" => Accountactivityitemoperation::Modify,
            "DELETE" => Accountactivityitemoperation::Delete,
            "DISABLE" => Accountactivityitemoperation::Disable,
            "ENABLE" => Accountactivityitemoperation::Enable,
            "UNLOCK" => Accountactivityitemoperation::Unlock,
            "LOCK" => Accountactivityitemoperation::Lock,
            "REMOVE" => Accountactivityitemoperation::Remove,
            "SET" => Accountactivityitemoperation::Set,
            other => Accountactivityitemoperation::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accountactivityitemoperation);
