//! `DeleteCustomPasswordInstructionsV1PageId`, from `apis/custom-password-instructions/paths/custom-password-instructions-v1-by-pageid.yaml#/delete/parameters/0/schema`.

/// `DeleteCustomPasswordInstructionsV1PageId` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteCustomPasswordInstructionsV1PageId {
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

impl DeleteCustomPasswordInstructionsV1PageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteCustomPasswordInstructionsV1PageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            DeleteCustomPasswordInstructionsV1PageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            DeleteCustomPasswordInstructionsV1PageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            DeleteCustomPasswordInstructionsV1PageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            DeleteCustomPasswordInstructionsV1PageId::MfaEnterCode => "mfa:enter-code",
            DeleteCustomPasswordInstructionsV1PageId::MfaEnterKba => "mfa:enter-kba",
            DeleteCustomPasswordInstructionsV1PageId::MfaSelect => "mfa:select",
            DeleteCustomPasswordInstructionsV1PageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            DeleteCustomPasswordInstructionsV1PageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            DeleteCustomPasswordInstructionsV1PageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            DeleteCustomPasswordInstructionsV1PageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            DeleteCustomPasswordInstructionsV1PageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            DeleteCustomPasswordInstructionsV1PageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteCustomPasswordInstructionsV1PageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                DeleteCustomPasswordInstructionsV1PageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                DeleteCustomPasswordInstructionsV1PageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                DeleteCustomPasswordInstructionsV1PageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                DeleteCustomPasswordInstructionsV1PageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => DeleteCustomPasswordInstructionsV1PageId::MfaEnterCode,
            "mfa:enter-kba" => DeleteCustomPasswordInstructionsV1PageId::MfaEnterKba,
            "mfa:select" => DeleteCustomPasswordInstructionsV1PageId::MfaSelect,
            "reset-password:enter-password" => {
                DeleteCustomPasswordInstructionsV1PageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                DeleteCustomPasswordInstructionsV1PageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                DeleteCustomPasswordInstructionsV1PageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                DeleteCustomPasswordInstructionsV1PageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                DeleteCustomPasswordInstructionsV1PageId::UnlockAccountFinish
            }
            other => DeleteCustomPasswordInstructionsV1PageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteCustomPasswordInstructionsV1PageId);
