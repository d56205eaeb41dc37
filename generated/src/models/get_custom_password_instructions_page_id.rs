//! `GetCustomPasswordInstructionsPageId`, from `beta/paths/custom-password-instruction.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetCustomPasswordInstructionsPageId` as the spec defines it."] pub enum
    GetCustomPasswordInstructionsPageId { #[doc = " `change-password:enter-password`"]
    ChangePasswordEnterPassword = "change-password:enter-password", #[doc =
    " `change-password:finish`"] ChangePasswordFinish = "change-password:finish", #[doc =
    " `flow-selection:select`"] FlowSelectionSelect = "flow-selection:select", #[doc =
    " `forget-username:user-email`"] ForgetUsernameUserEmail =
    "forget-username:user-email", #[doc = " `mfa:enter-code`"] MfaEnterCode =
    "mfa:enter-code", #[doc = " `mfa:enter-kba`"] MfaEnterKba = "mfa:enter-kba", #[doc =
    " `mfa:select`"] MfaSelect = "mfa:select", #[doc =
    " `reset-password:enter-password`"] ResetPasswordEnterPassword =
    "reset-password:enter-password", #[doc = " `reset-password:enter-username`"]
    ResetPasswordEnterUsername = "reset-password:enter-username", #[doc =
    " `reset-password:finish`"] ResetPasswordFinish = "reset-password:finish", #[doc =
    " `unlock-account:enter-username`"] UnlockAccountEnterUsername =
    "unlock-account:enter-username", #[doc = " `unlock-account:finish`"]
    UnlockAccountFinish = "unlock-account:finish", }
}
