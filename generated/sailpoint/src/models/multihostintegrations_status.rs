//! `MultihostintegrationsStatus`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/status`.

/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsStatus {
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

impl MultihostintegrationsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            MultihostintegrationsStatus::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            MultihostintegrationsStatus::SourceStateErrorSource => {
                "SOURCE_STATE_ERROR_SOURCE"
            }
            MultihostintegrationsStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            MultihostintegrationsStatus::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            MultihostintegrationsStatus::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            MultihostintegrationsStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            MultihostintegrationsStatus::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            MultihostintegrationsStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            MultihostintegrationsStatus::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            MultihostintegrationsStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            MultihostintegrationsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                MultihostintegrationsStatus::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => {
                MultihostintegrationsStatus::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => {
                MultihostintegrationsStatus::SourceStateErrorSource
            }
            "SOURCE_STATE_ERROR_VA" => MultihostintegrationsStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                MultihostintegrationsStatus::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                MultihostintegrationsStatus::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => MultihostintegrationsStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                MultihostintegrationsStatus::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                MultihostintegrationsStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                MultihostintegrationsStatus::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                MultihostintegrationsStatus::SourceStateUncheckedSourceNoAccounts
            }
            other => MultihostintegrationsStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsStatus);
