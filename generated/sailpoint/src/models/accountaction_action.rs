//! `AccountactionAction`, from `apis/lifecycle-states/schemas/accountaction.yaml#/properties/action`.

/// Describes if action will be enable, disable or delete.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountactionAction {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// `DELETE`
    Delete,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountactionAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountactionAction::Enable => "ENABLE",
            AccountactionAction::Disable => "DISABLE",
            AccountactionAction::Delete => "DELETE",
            AccountactionAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountactionAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENABLE" => AccountactionAction::Enable,
            "DISABLE" => AccountactionAction::Disable,
            "DELETE" => AccountactionAction::Delete,
            other => AccountactionAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountactionAction);
