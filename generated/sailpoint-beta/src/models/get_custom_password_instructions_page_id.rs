//! `GetCustomPasswordInstructionsPageId`, from `beta/paths/custom-password-instruction.yaml#/get/parameters/0/schema`.

/// `GetCustomPasswordInstructionsPageId` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetCustomPasswordInstructionsPageId {
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

impl GetCustomPasswordInstructionsPageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetCustomPasswordInstructionsPageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            GetCustomPasswordInstructionsPageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            GetCustomPasswordInstructionsPageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            GetCustomPasswordInstructionsPageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            GetCustomPasswordInstructionsPageId::MfaEnterCode => "mfa:enter-code",
            GetCustomPasswordInstructionsPageId::MfaEnterKba => "mfa:enter-kba",
            GetCustomPasswordInstructionsPageId::MfaSelect => "mfa:select",
            GetCustomPasswordInstructionsPageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            GetCustomPasswordInstructionsPageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            GetCustomPasswordInstructionsPageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            GetCustomPasswordInstructionsPageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            GetCustomPasswordInstructionsPageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            GetCustomPasswordInstructionsPageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetCustomPasswordInstructionsPageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                GetCustomPasswordInstructionsPageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                GetCustomPasswordInstructionsPageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                GetCustomPasswordInstructionsPageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                GetCustomPasswordInstructionsPageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => GetCustomPasswordInstructionsPageId::MfaEnterCode,
            "mfa:enter-kba" => GetCustomPasswordInstructionsPageId::MfaEnterKba,
            "mfa:select" => GetCustomPasswordInstructionsPageId::MfaSelect,
            "reset-password:enter-password" => {
                GetCustomPasswordInstructionsPageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                GetCustomPasswordInstructionsPageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                GetCustomPasswordInstructionsPageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                GetCustomPasswordInstructionsPageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                GetCustomPasswordInstructionsPageId::UnlockAccountFinish
            }
            other => GetCustomPasswordInstructionsPageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetCustomPasswordInstructionsPageId);
