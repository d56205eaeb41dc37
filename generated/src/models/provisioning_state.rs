//! `ProvisioningState`, from `v3/schemas/ProvisioningState.yaml`.
crate::string_enum! {
    #[doc = " Provisioning state of an account activity item"] pub enum ProvisioningState
    { #[doc = " `PENDING`"] Pending = "PENDING", #[doc = " `FINISHED`"] Finished =
    "FINISHED", #[doc = " `UNVERIFIABLE`"] Unverifiable = "UNVERIFIABLE", #[doc =
    " `COMMITED`"] Commited = "COMMITED", #[doc = " `FAILED`"] Failed = "FAILED", #[doc =
    " `RETRY`"] Retry = "RETRY", }
}
