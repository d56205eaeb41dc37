//! `AccountsCollectedForAggregationStatus`, from `beta/schemas/trigger/example-input/AccountsCollectedForAggregation.yaml`.
crate::string_enum! {
    #[doc = " The overall status of the collection."] pub enum
    AccountsCollectedForAggregationStatus { #[doc = " `Success`"] Success = "Success",
    #[doc = " `Failed`"] Failed = "Failed", #[doc = " `Terminated`"] Terminated =
    "Terminated", }
}
