//! `MultihostintegrationsConnectorAttributesMultihostStatus`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/connectorAttributes/properties/multihost_status`.

/// Multi-Host integration status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsConnectorAttributesMultihostStatus {
    /// `ready`
    Ready,
    /// `processing`
    Processing,
    /// `fileUploadInProgress`
    FileUploadInProgress,
    /// `sourceCreationInProgress`
    SourceCreationInProgress,
    /// `aggregationGroupingInProgress`
    AggregationGroupingInProgress,
    /// `aggregationScheduleInProgress`
    AggregationScheduleInProgress,
    /// `deleteInProgress`
    DeleteInProgress,
    /// `deleteFailed`
    DeleteFailed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsConnectorAttributesMultihostStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsConnectorAttributesMultihostStatus::Ready => "ready",
            MultihostintegrationsConnectorAttributesMultihostStatus::Processing => {
                "processing"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::FileUploadInProgress => {
                "fileUploadInProgress"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::SourceCreationInProgress => {
                "sourceCreationInProgress"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::AggregationGroupingInProgress => {
                "aggregationGroupingInProgress"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::AggregationScheduleInProgress => {
                "aggregationScheduleInProgress"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::DeleteInProgress => {
                "deleteInProgress"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::DeleteFailed => {
                "deleteFailed"
            }
            MultihostintegrationsConnectorAttributesMultihostStatus::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for MultihostintegrationsConnectorAttributesMultihostStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ready" => MultihostintegrationsConnectorAttributesMultihostStatus::Ready,
            "processing" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::Processing
            }
            "fileUploadInProgress" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::FileUploadInProgress
            }
            "sourceCreationInProgress" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::SourceCreationInProgress
            }
            "aggregationGroupingInProgress" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::AggregationGroupingInProgress
            }
            "aggregationScheduleInProgress" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::AggregationScheduleInProgress
            }
            "deleteInProgress" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::DeleteInProgress
            }
            "deleteFailed" => {
                MultihostintegrationsConnectorAttributesMultihostStatus::DeleteFailed
            }
            other => {
                MultihostintegrationsConnectorAttributesMultihostStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsConnectorAttributesMultihostStatus);
