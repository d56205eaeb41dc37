//! `CustomPasswordInstructionPageId`, from `beta/schemas/CustomPasswordInstruction.yaml`.
crate::string_enum! {
    #[doc =
    " The page ID that represents the page for forget user name, reset password and unlock account flow."]
    pub enum CustomPasswordInstructionPageId { #[doc =
    " `change-password:enter-password`"] ChangePasswordEnterPassword =
    "change-password:enter-password", #[doc = " `change-password:finish`"]
    ChangePasswordFinish = "change-password:finish", #[doc = " `flow-selection:select`"]
    FlowSelectionSelect = "flow-selection:select", #[doc =
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
