//! `AccountOrigin`, from `beta/schemas/Account.yaml`.
crate::string_enum! {
    #[doc = " The origin of the account either aggregated or provisioned"] pub enum
    AccountOrigin { #[doc = " `AGGREGATED`"] Aggregated = "AGGREGATED", #[doc =
    " `PROVISIONED`"] Provisioned = "PROVISIONED", }
}
