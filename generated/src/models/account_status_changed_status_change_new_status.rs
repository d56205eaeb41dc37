//! `AccountStatusChangedStatusChangeNewStatus`, from `beta/schemas/AccountStatusChanged.yaml`.
crate::string_enum! {
    #[doc = " the new status of the account"] pub enum
    AccountStatusChangedStatusChangeNewStatus { #[doc = " `enabled`"] Enabled =
    "enabled", #[doc = " `disabled`"] Disabled = "disabled", #[doc = " `locked`"] Locked
    = "locked", }
}
