//! `ProvisioningCompletedAccountRequestsInnerProvisioningResult`, from `beta/schemas/trigger/example-input/ProvisioningCompleted.yaml`.
crate::string_enum! {
    #[doc = " Overall result of the provisioning transaction."] pub enum
    ProvisioningCompletedAccountRequestsInnerProvisioningResult { #[doc = " `SUCCESS`"]
    Success = "SUCCESS", #[doc = " `PENDING`"] Pending = "PENDING", #[doc = " `FAILED`"]
    Failed = "FAILED", }
}
