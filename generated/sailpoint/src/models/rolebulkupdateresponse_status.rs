//! `RolebulkupdateresponseStatus`, from `apis/roles/schemas/rolebulkupdateresponse.yaml#/properties/status`.

/// The status of the bulk update request, could also checked by getBulkUpdateStatus API
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolebulkupdateresponseStatus {
    /// `CREATED`
    Created,
    /// `PRE_PROCESS`
    PreProcess,
    /// `PRE_PROCESS_COMPLETED`
    PreProcessCompleted,
    /// `POST_PROCESS`
    PostProcess,
    /// `COMPLETED`
    Completed,
    /// `CHUNK_PENDING`
    ChunkPending,
    /// `CHUNK_PROCESSING`
    ChunkProcessing,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolebulkupdateresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolebulkupdateresponseStatus::Created => "CREATED",
            RolebulkupdateresponseStatus::PreProcess => "PRE_PROCESS",
            RolebulkupdateresponseStatus::PreProcessCompleted => "PRE_PROCESS_COMPLETED",
            RolebulkupdateresponseStatus::PostProcess => "POST_PROCESS",
            RolebulkupdateresponseStatus::Completed => "COMPLETED",
            RolebulkupdateresponseStatus::ChunkPending => "CHUNK_PENDING",
            RolebulkupdateresponseStatus::ChunkProcessing => "CHUNK_PROCESSING",
            RolebulkupdateresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolebulkupdateresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => RolebulkupdateresponseStatus::Created,
            "PRE_PROCESS" => RolebulkupdateresponseStatus::PreProcess,
            "PRE_PROCESS_COMPLETED" => RolebulkupdateresponseStatus::PreProcessCompleted,
            "POST_PROCESS" => RolebulkupdateresponseStatus::PostProcess,
            "COMPLETED" => RolebulkupdateresponseStatus::Completed,
            "CHUNK_PENDING" => RolebulkupdateresponseStatus::ChunkPending,
            "CHUNK_PROCESSING" => RolebulkupdateresponseStatus::ChunkProcessing,
            other => RolebulkupdateresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RolebulkupdateresponseStatus);
