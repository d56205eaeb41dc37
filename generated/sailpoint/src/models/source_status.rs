//! `SourceStatus`, from `apis/sources/schemas/source.yaml#/properties/status`.

/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceStatus {
    /// `SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT`
    SourceStateErrorAccountFileImport,
    /// `SOURCE_STATE_ERROR_CLUSTER`
    SourceStateErrorCluster,
    /// `SOURCE_STATE_ERROR_SOURCE`
    SourceStateErrorSource,
    /// `SOURCE_STATE_ERROR_VA`
    SourceStateErrorVa,
    /// `SOURCE_STATE_FAILURE_CLUSTER`
    SourceStateFailureCluster,
    /// `SOURCE_STATE_FAILURE_SOURCE`
    SourceStateFailureSource,
    /// `SOURCE_STATE_HEALTHY`
    SourceStateHealthy,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER`
    SourceStateUncheckedCluster,
    /// `SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES`
    SourceStateUncheckedClusterNoSources,
    /// `SOURCE_STATE_UNCHECKED_SOURCE`
    SourceStateUncheckedSource,
    /// `SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS`
    SourceStateUncheckedSourceNoAccounts,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            SourceStatus::SourceStateErrorCluster => "SOURCE_STATE_ERROR_CLUSTER",
            SourceStatus::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            SourceStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            SourceStatus::SourceStateFailureCluster => "SOURCE_STATE_FAILURE_CLUSTER",
            SourceStatus::SourceStateFailureSource => "SOURCE_STATE_FAILURE_SOURCE",
            SourceStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            SourceStatus::SourceStateUncheckedCluster => "SOURCE_STATE_UNCHECKED_CLUSTER",
            SourceStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            SourceStatus::SourceStateUncheckedSource => "SOURCE_STATE_UNCHECKED_SOURCE",
            SourceStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            SourceStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                SourceStatus::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => SourceStatus::SourceStateErrorCluster,
            "SOURCE_STATE_ERROR_SOURCE" => SourceStatus::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => SourceStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => SourceStatus::SourceStateFailureCluster,
            "SOURCE_STATE_FAILURE_SOURCE" => SourceStatus::SourceStateFailureSource,
            "SOURCE_STATE_HEALTHY" => SourceStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => SourceStatus::SourceStateUncheckedCluster,
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                SourceStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => SourceStatus::SourceStateUncheckedSource,
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                SourceStatus::SourceStateUncheckedSourceNoAccounts
            }
            other => SourceStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceStatus);
