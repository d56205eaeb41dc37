//! `AccountCorrelatedSourceType`, from `beta/schemas/trigger/example-input/AccountCorrelated.yaml`.
crate::string_enum! {
    #[doc = " The DTO type of the source the accounts are being correlated from."] pub
    enum AccountCorrelatedSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
