//! `VaClusterStatusChangeEventHealthCheckResultStatus`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml`.
crate::string_enum! {
    #[doc = " Health check status."] pub enum
    VaClusterStatusChangeEventHealthCheckResultStatus { #[doc = " `Succeeded`"] Succeeded
    = "Succeeded", #[doc = " `Failed`"] Failed = "Failed", }
}
