//! `AccountAggregationStatus`, from `beta/schemas/AccountAggregationStatus.yaml`.
crate::string_enum! {
    #[doc =
    " STARTED - Aggregation started, but source account iteration has not completed."]
    #[doc = " "] #[doc =
    " ACCOUNTS_COLLECTED - Source account iteration completed, but all accounts have not yet been processed."]
    #[doc = " "] #[doc = " COMPLETED - Aggregation completed (*possibly with errors*)."]
    #[doc = " "] #[doc = " CANCELLED - Aggregation cancelled by user."] #[doc = " "]
    #[doc =
    " RETRIED - Aggregation retried because of connectivity issues with the Virtual Appliance."]
    #[doc = " "] #[doc =
    " TERMINATED - Aggregation marked as failed after 3 tries after connectivity issues with the Virtual Appliance."]
    pub enum AccountAggregationStatus { #[doc = " `STARTED`"] Started = "STARTED", #[doc
    = " `ACCOUNTS_COLLECTED`"] AccountsCollected = "ACCOUNTS_COLLECTED", #[doc =
    " `COMPLETED`"] Completed = "COMPLETED", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", #[doc = " `RETRIED`"] Retried = "RETRIED", #[doc = " `TERMINATED`"]
    Terminated = "TERMINATED", }
}
