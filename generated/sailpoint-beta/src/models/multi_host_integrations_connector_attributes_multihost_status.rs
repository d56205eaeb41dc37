//! `MultiHostIntegrationsConnectorAttributesMultihostStatus`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/connectorAttributes/properties/multihost_status`.

/// Multi-Host integration status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsConnectorAttributesMultihostStatus {
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

impl MultiHostIntegrationsConnectorAttributesMultihostStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsConnectorAttributesMultihostStatus::Ready => "ready",
            MultiHostIntegrationsConnectorAttributesMultihostStatus::Processing => {
                "processing"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::FileUploadInProgress => {
                "fileUploadInProgress"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::SourceCreationInProgress => {
                "sourceCreationInProgress"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::AggregationGroupingInProgress => {
                "aggregationGroupingInProgress"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::AggregationScheduleInProgress => {
                "aggregationScheduleInProgress"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::DeleteInProgress => {
                "deleteInProgress"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::DeleteFailed => {
                "deleteFailed"
            }
            MultiHostIntegrationsConnectorAttributesMultihostStatus::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for MultiHostIntegrationsConnectorAttributesMultihostStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ready" => MultiHostIntegrationsConnectorAttributesMultihostStatus::Ready,
            "processing" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::Processing
            }
            "fileUploadInProgress" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::FileUploadInProgress
            }
            "sourceCreationInProgress" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::SourceCreationInProgress
            }
            "aggregationGroupingInProgress" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::AggregationGroupingInProgress
            }
            "aggregationScheduleInProgress" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::AggregationScheduleInProgress
            }
            "deleteInProgress" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::DeleteInProgress
            }
            "deleteFailed" => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::DeleteFailed
            }
            other => {
                MultiHostIntegrationsConnectorAttributesMultihostStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsConnectorAttributesMultihostStatus);
