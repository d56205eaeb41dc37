//! `TestSourceConnectionMultihost200ResponseResultType`, from `beta/paths/multi-host-integration-test-connection-source.yaml#/get/responses/200/content/application~1json/schema/properties/resultType`.

/// Source's human-readable result type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TestSourceConnectionMultihost200ResponseResultType {
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

impl TestSourceConnectionMultihost200ResponseResultType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorCluster => {
                "SOURCE_STATE_ERROR_CLUSTER"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorSource => {
                "SOURCE_STATE_ERROR_SOURCE"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorVa => {
                "SOURCE_STATE_ERROR_VA"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateFailureCluster => {
                "SOURCE_STATE_FAILURE_CLUSTER"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateFailureSource => {
                "SOURCE_STATE_FAILURE_SOURCE"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateHealthy => {
                "SOURCE_STATE_HEALTHY"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedCluster => {
                "SOURCE_STATE_UNCHECKED_CLUSTER"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedClusterNoSources => {
                "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedSource => {
                "SOURCE_STATE_UNCHECKED_SOURCE"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedSourceNoAccounts => {
                "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS"
            }
            TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorAccountFileImport => {
                "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT"
            }
            TestSourceConnectionMultihost200ResponseResultType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TestSourceConnectionMultihost200ResponseResultType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE_STATE_ERROR_CLUSTER" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorCluster
            }
            "SOURCE_STATE_ERROR_SOURCE" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorSource
            }
            "SOURCE_STATE_ERROR_VA" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorVa
            }
            "SOURCE_STATE_FAILURE_CLUSTER" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateFailureCluster
            }
            "SOURCE_STATE_FAILURE_SOURCE" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateFailureSource
            }
            "SOURCE_STATE_HEALTHY" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateHealthy
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedCluster
            }
            "SOURCE_STATE_UNCHECKED_CLUSTER_NO_SOURCES" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedClusterNoSources
            }
            "SOURCE_STATE_UNCHECKED_SOURCE" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedSource
            }
            "SOURCE_STATE_UNCHECKED_SOURCE_NO_ACCOUNTS" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateUncheckedSourceNoAccounts
            }
            "SOURCE_STATE_ERROR_ACCOUNT_FILE_IMPORT" => {
                TestSourceConnectionMultihost200ResponseResultType::SourceStateErrorAccountFileImport
            }
            other => {
                TestSourceConnectionMultihost200ResponseResultType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(TestSourceConnectionMultihost200ResponseResultType);
