//! `AccountAttributesChangedAccountType`, from `beta/schemas/trigger/example-input/AccountAttributesChanged.yaml`.
crate::string_enum! {
    #[doc = " The type of the account"] pub enum AccountAttributesChangedAccountType {
    #[doc = " `ACCOUNT`"] Account = "ACCOUNT", }
}
