//! `AccountAggregationCompletedStatus`, from `beta/schemas/trigger/example-input/AccountAggregationCompleted.yaml`.
crate::string_enum! {
    #[doc = " Aggregation's overall status."] pub enum AccountAggregationCompletedStatus
    { #[doc = " `Success`"] Success = "Success", #[doc = " `Failed`"] Failed = "Failed",
    #[doc = " `Terminated`"] Terminated = "Terminated", }
}
