//! `VaClusterStatusChangeEventType`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml`.
crate::string_enum! {
    #[doc = " Type of the object that initiated the event."] pub enum
    VaClusterStatusChangeEventType { #[doc = " `SOURCE`"] Source = "SOURCE", #[doc =
    " `CLUSTER`"] Cluster = "CLUSTER", }
}
