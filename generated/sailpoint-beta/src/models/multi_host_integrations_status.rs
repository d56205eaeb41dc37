//! `MultiHostIntegrationsStatus`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/status`.

/// Status identifier that gives specific information about why a source is or isn't healthy.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsStatus {
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

impl MultiHostIntegrationsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsStatus::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            MultiHostIntegrationsStatus::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            MultiHostIntegrationsStatus::SourceStateErrorSource => {
                "SOURCE_STATE_ERROR_SOURCE"
            }
            MultiHostIntegrationsStatus::SourceStateErrorVa => "SOURCE_STATE_ERROR_VA",
            MultiHostIntegrationsStatus::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            MultiHostIntegrationsStatus::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            MultiHostIntegrationsStatus::SourceStateHealthy => "SOURCE_STATE_HEALTHY",
            MultiHostIntegrationsStatus::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            MultiHostIntegrationsStatus::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            MultiHostIntegrationsStatus::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            MultiHostIntegrationsStatus::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            MultiHostIntegrationsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                MultiHostIntegrationsStatus::SourceStateErrorAccountFileImport
            }
            "SOURCE_STATE_ERROR_CLUSTER" => {
                MultiHostIntegrationsStatus::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => {
                MultiHostIntegrationsStatus::SourceStateErrorSource
            }
            "SOURCE_STATE_ERROR_VA" => MultiHostIntegrationsStatus::SourceStateErrorVa,
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                MultiHostIntegrationsStatus::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                MultiHostIntegrationsStatus::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => MultiHostIntegrationsStatus::SourceStateHealthy,
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                MultiHostIntegrationsStatus::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                MultiHostIntegrationsStatus::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                MultiHostIntegrationsStatus::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                MultiHostIntegrationsStatus::SourceStateUncheckedSourceNoAccounts
            }
            other => MultiHostIntegrationsStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsStatus);
