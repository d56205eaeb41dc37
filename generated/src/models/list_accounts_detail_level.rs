//! `ListAccountsDetailLevel`, from `beta/paths/accounts.yaml#/get`.
crate::string_enum! {
    #[doc = " `ListAccountsDetailLevel` as the spec defines it."] pub enum
    ListAccountsDetailLevel { #[doc = " `SLIM`"] Slim = "SLIM", #[doc = " `FULL`"] Full =
    "FULL", }
}
