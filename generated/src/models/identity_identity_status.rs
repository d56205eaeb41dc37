//! `IdentityIdentityStatus`, from `beta/schemas/Identity.yaml`.
crate::string_enum! {
    #[doc = " The identity's status in the system"] pub enum IdentityIdentityStatus {
    #[doc = " `UNREGISTERED`"] Unregistered = "UNREGISTERED", #[doc = " `REGISTERED`"]
    Registered = "REGISTERED", #[doc = " `PENDING`"] Pending = "PENDING", #[doc =
    " `WARNING`"] Warning = "WARNING", #[doc = " `DISABLED`"] Disabled = "DISABLED",
    #[doc = " `ACTIVE`"] Active = "ACTIVE", #[doc = " `DEACTIVATED`"] Deactivated =
    "DEACTIVATED", #[doc = " `TERMINATED`"] Terminated = "TERMINATED", #[doc =
    " `ERROR`"] Error = "ERROR", #[doc = " `LOCKED`"] Locked = "LOCKED", }
}
