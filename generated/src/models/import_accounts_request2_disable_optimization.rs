//! `ImportAccountsRequest2DisableOptimization`, from `beta/paths/load-accounts.yaml#/post`.
crate::string_enum! {
    #[doc =
    " Use this flag to reprocess every account whether or not the data has changed."] pub
    enum ImportAccountsRequest2DisableOptimization { #[doc = " `true`"] True = "true",
    #[doc = " `false`"] False = "false", }
}
