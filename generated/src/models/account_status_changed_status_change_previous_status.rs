//! `AccountStatusChangedStatusChangePreviousStatus`, from `beta/schemas/AccountStatusChanged.yaml`.
crate::string_enum! {
    #[doc = " the previous status of the account"] pub enum
    AccountStatusChangedStatusChangePreviousStatus { #[doc = " `enabled`"] Enabled =
    "enabled", #[doc = " `disabled`"] Disabled = "disabled", #[doc = " `locked`"] Locked
    = "locked", }
}
