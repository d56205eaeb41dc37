//! `AccountUncorrelatedIdentityType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity the account is uncorrelated with."] pub enum
    AccountUncorrelatedIdentityType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
