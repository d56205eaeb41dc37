//! `AccountUncorrelatedSourceType`, from `beta/schemas/trigger/example-input/AccountUncorrelated.yaml`.
crate::string_enum! {
    #[doc = " The DTO type of the source the accounts are uncorrelated from."] pub enum
    AccountUncorrelatedSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
