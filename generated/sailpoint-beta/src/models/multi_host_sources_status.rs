//! `MultiHostSourcesStatus`, from `beta/schemas/MultiHostSources.yaml#/properties/status`.

/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesStatus {
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

impl MultiHostSourcesStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            MultiHostSourcesStatus::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            MultiHostSourcesStatus::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            MultiHostSourcesStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            MultiHostSourcesStatus::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            MultiHostSourcesStatus::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            MultiHostSourcesStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            MultiHostSourcesStatus::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            MultiHostSourcesStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            MultiHostSourcesStatus::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            MultiHostSourcesStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            MultiHostSourcesStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                MultiHostSourcesStatus::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => {
                MultiHostSourcesStatus::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => MultiHostSourcesStatus::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => MultiHostSourcesStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                MultiHostSourcesStatus::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                MultiHostSourcesStatus::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => MultiHostSourcesStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                MultiHostSourcesStatus::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                MultiHostSourcesStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                MultiHostSourcesStatus::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                MultiHostSourcesStatus::SourceStateUncheckedSourceNoAccounts
            }
            other => MultiHostSourcesStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesStatus);
