//! `GetCustomPasswordInstructionsV1PageId`, from `apis/custom-password-instructions/paths/custom-password-instructions-v1-by-pageid.yaml#/get/parameters/0/schema`.

/// `GetCustomPasswordInstructionsV1PageId` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetCustomPasswordInstructionsV1PageId {
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

impl GetCustomPasswordInstructionsV1PageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetCustomPasswordInstructionsV1PageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            GetCustomPasswordInstructionsV1PageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            GetCustomPasswordInstructionsV1PageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            GetCustomPasswordInstructionsV1PageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            GetCustomPasswordInstructionsV1PageId::MfaEnterCode => "mfa:enter-code",
            GetCustomPasswordInstructionsV1PageId::MfaEnterKba => "mfa:enter-kba",
            GetCustomPasswordInstructionsV1PageId::MfaSelect => "mfa:select",
            GetCustomPasswordInstructionsV1PageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            GetCustomPasswordInstructionsV1PageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            GetCustomPasswordInstructionsV1PageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            GetCustomPasswordInstructionsV1PageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            GetCustomPasswordInstructionsV1PageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            GetCustomPasswordInstructionsV1PageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetCustomPasswordInstructionsV1PageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                GetCustomPasswordInstructionsV1PageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                GetCustomPasswordInstructionsV1PageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                GetCustomPasswordInstructionsV1PageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                GetCustomPasswordInstructionsV1PageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => GetCustomPasswordInstructionsV1PageId::MfaEnterCode,
            "mfa:enter-kba" => GetCustomPasswordInstructionsV1PageId::MfaEnterKba,
            "mfa:select" => GetCustomPasswordInstructionsV1PageId::MfaSelect,
            "reset-password:enter-password" => {
                GetCustomPasswordInstructionsV1PageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                GetCustomPasswordInstructionsV1PageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                GetCustomPasswordInstructionsV1PageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                GetCustomPasswordInstructionsV1PageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                GetCustomPasswordInstructionsV1PageId::UnlockAccountFinish
            }
            other => GetCustomPasswordInstructionsV1PageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetCustomPasswordInstructionsV1PageId);
