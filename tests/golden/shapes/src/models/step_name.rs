//! `StepName`, from `openapi.yaml#/components/schemas/StepName`.

/// A step name containing a colon and hyphens.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StepName {
    /// `change-password:enter-password`
    ChangePasswordEnterPassword,
    /// `change-password:confirm`
    ChangePasswordConfirm,
    /// `login`
    Login,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl StepName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StepName::ChangePasswordEnterPassword => "change-password:enter-password",
            StepName::ChangePasswordConfirm => "change-password:confirm",
            StepName::Login => "login",
            StepName::Unknown(value) => value,
        }
    }
}

impl From<&str> for StepName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => StepName::ChangePasswordEnterPassword,
            "change-password:confirm" => StepName::ChangePasswordConfirm,
            "login" => StepName::Login,
            other => StepName::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(StepName);
