//! `AccountUncorrelatedAccountType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.
crate::string_enum! {
    #[doc = " Uncorrelated account's DTO type."] pub enum AccountUncorrelatedAccountType
    { #[doc = " `ACCOUNT`"] Account = "ACCOUNT", }
}
