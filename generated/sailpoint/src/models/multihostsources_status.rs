//! `MultihostsourcesStatus`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/status`.

/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesStatus {
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

impl MultihostsourcesStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            MultihostsourcesStatus::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            MultihostsourcesStatus::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            MultihostsourcesStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            MultihostsourcesStatus::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            MultihostsourcesStatus::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            MultihostsourcesStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            MultihostsourcesStatus::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            MultihostsourcesStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            MultihostsourcesStatus::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            MultihostsourcesStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            MultihostsourcesStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                MultihostsourcesStatus::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => {
                MultihostsourcesStatus::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => MultihostsourcesStatus::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => MultihostsourcesStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                MultihostsourcesStatus::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                MultihostsourcesStatus::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => MultihostsourcesStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                MultihostsourcesStatus::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                MultihostsourcesStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                MultihostsourcesStatus::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                MultihostsourcesStatus::SourceStateUncheckedSourceNoAccounts
            }
            other => MultihostsourcesStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesStatus);
