//! `CustomPasswordInstructionPageId`, from `beta/schemas/CustomPasswordInstruction.yaml#/properties/pageId`.

/// The page ID that represents the page for forget user name, reset password and unlock account flow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CustomPasswordInstructionPageId {
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

impl CustomPasswordInstructionPageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CustomPasswordInstructionPageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            CustomPasswordInstructionPageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            CustomPasswordInstructionPageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            CustomPasswordInstructionPageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            CustomPasswordInstructionPageId::MfaEnterCode => "mfa:enter-code",
            CustomPasswordInstructionPageId::MfaEnterKba => "mfa:enter-kba",
            CustomPasswordInstructionPageId::MfaSelect => "mfa:select",
            CustomPasswordInstructionPageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            CustomPasswordInstructionPageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            CustomPasswordInstructionPageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            CustomPasswordInstructionPageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            CustomPasswordInstructionPageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            CustomPasswordInstructionPageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for CustomPasswordInstructionPageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                CustomPasswordInstructionPageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                CustomPasswordInstructionPageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                CustomPasswordInstructionPageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                CustomPasswordInstructionPageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => CustomPasswordInstructionPageId::MfaEnterCode,
            "mfa:enter-kba" => CustomPasswordInstructionPageId::MfaEnterKba,
            "mfa:select" => CustomPasswordInstructionPageId::MfaSelect,
            "reset-password:enter-password" => {
                CustomPasswordInstructionPageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                CustomPasswordInstructionPageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                CustomPasswordInstructionPageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                CustomPasswordInstructionPageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                CustomPasswordInstructionPageId::UnlockAccountFinish
            }
            other => CustomPasswordInstructionPageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CustomPasswordInstructionPageId);
