//! `TestSourceConnectionMultihostV1200ResponseResultType`, from `apis/multi-host-integration/paths/multihosts-v1-by-multihostid-sources-by-sourceid-testconnection.yaml#/get/responses/200/content/application~1json/schema/properties/resultType`.

/// Source's human-readable result type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TestSourceConnectionMultihostV1200ResponseResultType {
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

impl TestSourceConnectionMultihostV1200ResponseResultType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorSource => {
                "SOURCE_STATE_ERROR_SOURCE"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorVa => {
                "SOURCE_STATE_ERROR_VA"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateHealthy => {
                "SOURCE_STATE_HEALTHY"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            TestSourceConnectionMultihostV1200ResponseResultType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TestSourceConnectionMultihostV1200ResponseResultType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_CLUSTER" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorSource
            }
            "SOURCE_STATE_ERROR_VA" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorVa
            }
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateHealthy
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateUncheckedSourceNoAccounts
            }
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                TestSourceConnectionMultihostV1200ResponseResultType::SourceStateErrorAccountFileImport
            }
            other => {
                TestSourceConnectionMultihostV1200ResponseResultType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(TestSourceConnectionMultihostV1200ResponseResultType);
