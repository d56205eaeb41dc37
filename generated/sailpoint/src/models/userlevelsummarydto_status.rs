//! `UserlevelsummarydtoStatus`, from `apis/custom-user-levels/schemas/userlevelsummarydto.yaml#/properties/status`.

/// The status of the UserLevel.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UserlevelsummarydtoStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UserlevelsummarydtoStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UserlevelsummarydtoStatus::Active => "ACTIVE",
            UserlevelsummarydtoStatus::Draft => "DRAFT",
            UserlevelsummarydtoStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserlevelsummarydtoStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => UserlevelsummarydtoStatus::Active,
            "DRAFT" => UserlevelsummarydtoStatus::Draft,
            other => UserlevelsummarydtoStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(UserlevelsummarydtoStatus);
