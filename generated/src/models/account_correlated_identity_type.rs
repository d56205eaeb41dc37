//! `AccountCorrelatedIdentityType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity the account is correlated with."] pub enum
    AccountCorrelatedIdentityType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
