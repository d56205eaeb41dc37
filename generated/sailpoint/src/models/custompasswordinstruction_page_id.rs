//! `CustompasswordinstructionPageId`, from `apis/custom-password-instructions/schemas/custompasswordinstruction.yaml#/properties/pageId`.

/// The page ID that represents the page for forget user name, reset password and unlock account flow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CustompasswordinstructionPageId {
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

impl CustompasswordinstructionPageId {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CustompasswordinstructionPageId::ChangePasswordEnterPassword => {
                "change-password:enter-password"
            }
            CustompasswordinstructionPageId::ChangePasswordFinish => {
                "change-password:finish"
            }
            CustompasswordinstructionPageId::FlowSelectionSelect => {
                "flow-selection:select"
            }
            CustompasswordinstructionPageId::ForgetUsernameUserEmail => {
                "forget-username:user-email"
            }
            CustompasswordinstructionPageId::MfaEnterCode => "mfa:enter-code",
            CustompasswordinstructionPageId::MfaEnterKba => "mfa:enter-kba",
            CustompasswordinstructionPageId::MfaSelect => "mfa:select",
            CustompasswordinstructionPageId::ResetPasswordEnterPassword => {
                "reset-password:enter-password"
            }
            CustompasswordinstructionPageId::ResetPasswordEnterUsername => {
                "reset-password:enter-username"
            }
            CustompasswordinstructionPageId::ResetPasswordFinish => {
                "reset-password:finish"
            }
            CustompasswordinstructionPageId::UnlockAccountEnterUsername => {
                "unlock-account:enter-username"
            }
            CustompasswordinstructionPageId::UnlockAccountFinish => {
                "unlock-account:finish"
            }
            CustompasswordinstructionPageId::Unknown(value) => value,
        }
    }
}

impl From<&str> for CustompasswordinstructionPageId {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "change-password:enter-password" => {
                CustompasswordinstructionPageId::ChangePasswordEnterPassword
            }
            "change-password:finish" => {
                CustompasswordinstructionPageId::ChangePasswordFinish
            }
            "flow-selection:select" => {
                CustompasswordinstructionPageId::FlowSelectionSelect
            }
            "forget-username:user-email" => {
                CustompasswordinstructionPageId::ForgetUsernameUserEmail
            }
            "mfa:enter-code" => CustompasswordinstructionPageId::MfaEnterCode,
            "mfa:enter-kba" => CustompasswordinstructionPageId::MfaEnterKba,
            "mfa:select" => CustompasswordinstructionPageId::MfaSelect,
            "reset-password:enter-password" => {
                CustompasswordinstructionPageId::ResetPasswordEnterPassword
            }
            "reset-password:enter-username" => {
                CustompasswordinstructionPageId::ResetPasswordEnterUsername
            }
            "reset-password:finish" => {
                CustompasswordinstructionPageId::ResetPasswordFinish
            }
            "unlock-account:enter-username" => {
                CustompasswordinstructionPageId::UnlockAccountEnterUsername
            }
            "unlock-account:finish" => {
                CustompasswordinstructionPageId::UnlockAccountFinish
            }
            other => CustompasswordinstructionPageId::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CustompasswordinstructionPageId);
