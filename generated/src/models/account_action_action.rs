//! `AccountActionAction`, from `beta/schemas/AccountAction.yaml`.
crate::string_enum! {
    #[doc = " Describes if action will be enable, disable or delete."] pub enum
    AccountActionAction { #[doc = " `ENABLE`"] Enable = "ENABLE", #[doc = " `DISABLE`"]
    Disable = "DISABLE", }
}
