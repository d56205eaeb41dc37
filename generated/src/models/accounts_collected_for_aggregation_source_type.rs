//! `AccountsCollectedForAggregationSourceType`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml`.
crate::string_enum! {
    #[doc = " The type of object that is referenced"] pub enum
    AccountsCollectedForAggregationSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
