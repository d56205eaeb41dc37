//! `SourcehealthdtoStatus`, from `apis/sources/schemas/sourcehealthdto.yaml#/properties/status`.

/// connection test result
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcehealthdtoStatus {
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
    /// `SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT`
    SourceStateErrorAccountFileImport,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcehealthdtoStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcehealthdtoStatus::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            SourcehealthdtoStatus::SourceStateErrorSource => "SOURCE_STATE_ERROR_SOURCE",
            SourcehealthdtoStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            SourcehealthdtoStatus::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            SourcehealthdtoStatus::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            SourcehealthdtoStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            SourcehealthdtoStatus::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            SourcehealthdtoStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            SourcehealthdtoStatus::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            SourcehealthdtoStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            SourcehealthdtoStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            SourcehealthdtoStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcehealthdtoStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_CLUSTER" => {
                SourcehealthdtoStatus::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => SourcehealthdtoStatus::SourceStateErrorSource,
            "SOURCE_STATE_ERROR_VA" => SourcehealthdtoStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                SourcehealthdtoStatus::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                SourcehealthdtoStatus::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => SourcehealthdtoStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                SourcehealthdtoStatus::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                SourcehealthdtoStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                SourcehealthdtoStatus::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                SourcehealthdtoStatus::SourceStateUncheckedSourceNoAccounts
            }
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                SourcehealthdtoStatus::SourceStateErrorAccountFileImport
            }
            other => SourcehealthdtoStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcehealthdtoStatus);
