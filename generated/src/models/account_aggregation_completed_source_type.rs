//! `AccountAggregationCompletedSourceType`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml`.
crate::string_enum! {
    #[doc = " Source's DTO type."] pub enum AccountAggregationCompletedSourceType { #[doc
    = " `SOURCE`"] Source = "SOURCE", }
}
