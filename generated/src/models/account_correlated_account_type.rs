//! `AccountCorrelatedAccountType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml`.
crate::string_enum! {
    #[doc = " The correlated account's DTO type."] pub enum AccountCorrelatedAccountType
    { #[doc = " `ACCOUNT`"] Account = "ACCOUNT", }
}
