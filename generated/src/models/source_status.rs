//! `SourceStatus`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc =
    " Status identifier that gives specific information about why a source is or isn't healthy."]
    pub enum SourceStatus { #[doc = " `SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT`"]
    SourceStateErrorAccountFileImport = "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT", #[doc =
    " `SOURCE_STATE_ERROR_CLUSTER`"] SourceStateErrorCluster =
    "SOURCE_STATE_ERROR_CLUSTER", #[doc = " `SOURCE_STATE_ERROR_SOURCE`"]
    SourceStateErrorSource = "SOURCE_STATE_ERROR_SOURCE", #[doc =
    " `SOURCE_STATE_ERROR_VA`"] SourceStateErrorVa = "SOURCE_STATE_ERROR_VA", #[doc =
    " `SOURCE_STATE_FAILURE_CLUSTER`"] SourceStateFailureCluster =
    "SOURCE_STATE_FAILURE_CLUSTER", #[doc = " `SOURCE_STATE_FAILURE_SOURCE`"]
    SourceStateFailureSource = "SOURCE_STATE_FAILURE_SOURCE", #[doc =
    " `SOURCE_STATE_HEALTHY`"] SourceStateHealthy = "SOURCE_STATE_HEALTHY", #[doc =
    " `SOURCE_STATE_UNCHECKED_CLUSTER`"] SourceStateUncheckedCluster =
    "SOURCE_STATE_UNCHECKED_CLUSTER", #[doc =
    " `SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES`"] SourceStateUncheckedClusterNoSources
    = "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES", #[doc =
    " `SOURCE_STATE_UNCHECKED_SOURCE`"] SourceStateUncheckedSource =
    "SOURCE_STATE_UNCHECKED_SOURCE", #[doc =
    " `SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS`"] SourceStateUncheckedSourceNoAccounts
    = "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS", }
}
