//! `DeleteCustomPasswordInstructionsPageId`, from `beta/paths/custom-password-instruction.yaml#/delete/parameters/0/schema`.

/// `DeleteCustomPasswordInstructionsPageId` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteCustomPasswordInstructionsPageId {
    /// `change-password:enter-password`
    ChangePasswordEnterPassword,
    /// `change-password:finish`
    ChangePasswordFinish,
    /// `flow-selection:select`
    FlowSelectionSelect,
    /// `forget-username:user-email`
    ForgetUsernameUserEmail,
    /// `mfa:enter-code`
    MfaEnterCode,
    /// `mfa:enter-kba`
    MfaEnterKba,
    /// `mfa:select`
    MfaSelect,
    /// `reset-password:enter-password`
    ResetPasswordEnterPassword,
    /// `reset-password:enter-username`
    ResetPasswordEnterUsername,
    /// `reset-password:finish`
    ResetPasswordFinish,
    /// `unlock-account:enter-username`
    UnlockAccountEnterUsername,
    /// `unlock-account:finish`
    UnlockAccountFinish,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteCustomPasswordInstructionsPageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteCustomPasswordInstructionsPageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            DeleteCustomPasswordInstructionsPageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            DeleteCustomPasswordInstructionsPageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            DeleteCustomPasswordInstructionsPageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            DeleteCustomPasswordInstructionsPageId::MfaEnterCode => "mfa:enter-code",
            DeleteCustomPasswordInstructionsPageId::MfaEnterKba => "mfa:enter-kba",
            DeleteCustomPasswordInstructionsPageId::MfaSelect => "mfa:select",
            DeleteCustomPasswordInstructionsPageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            DeleteCustomPasswordInstructionsPageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            DeleteCustomPasswordInstructionsPageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            DeleteCustomPasswordInstructionsPageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            DeleteCustomPasswordInstructionsPageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            DeleteCustomPasswordInstructionsPageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteCustomPasswordInstructionsPageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                DeleteCustomPasswordInstructionsPageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                DeleteCustomPasswordInstructionsPageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                DeleteCustomPasswordInstructionsPageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                DeleteCustomPasswordInstructionsPageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => DeleteCustomPasswordInstructionsPageId::MfaEnterCode,
            "mfa:enter-kba" => DeleteCustomPasswordInstructionsPageId::MfaEnterKba,
            "mfa:select" => DeleteCustomPasswordInstructionsPageId::MfaSelect,
            "reset-password:enter-password" => {
                DeleteCustomPasswordInstructionsPageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                DeleteCustomPasswordInstructionsPageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                DeleteCustomPasswordInstructionsPageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                DeleteCustomPasswordInstructionsPageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                DeleteCustomPasswordInstructionsPageId::UnlockAccountFinish
            }
            other => DeleteCustomPasswordInstructionsPageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteCustomPasswordInstructionsPageId);
