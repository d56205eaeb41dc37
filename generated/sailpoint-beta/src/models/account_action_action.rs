//! `AccountActionAction`, from `beta/schemas/AccountAction.yaml#/properties/action`.

/// Describes if action will be enable, disable or delete.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccountActionAction {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountActionAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccountActionAction::Enable => "ENABLE",
            AccountActionAction::Disable => "DISABLE",
            AccountActionAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccountActionAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENABLE" => AccountActionAction::Enable,
            "DISABLE" => AccountActionAction::Disable,
            other => AccountActionAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccountActionAction);
