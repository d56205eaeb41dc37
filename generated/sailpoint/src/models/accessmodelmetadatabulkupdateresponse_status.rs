//! `AccessmodelmetadatabulkupdateresponseStatus`, from `apis/access-model-metadata/schemas/accessmodelmetadatabulkupdateresponse.yaml#/properties/status`.

/// The status of the bulk update request, only list unfinished request's status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessmodelmetadatabulkupdateresponseStatus {
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
    /// `RE_PROCESSING`
    ReProcessing,
    /// `PRE_PROCESS_FAILED`
    PreProcessFailed,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessmodelmetadatabulkupdateresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessmodelmetadatabulkupdateresponseStatus::Created => "CREATED",
            AccessmodelmetadatabulkupdateresponseStatus::PreProcess => "PRE_PROCESS",
            AccessmodelmetadatabulkupdateresponseStatus::PreProcessCompleted => {
                "PRE_PROCESS_COMPLETED"
            }
            AccessmodelmetadatabulkupdateresponseStatus::PostProcess => "POST_PROCESS",
            AccessmodelmetadatabulkupdateresponseStatus::Completed => "COMPLETED",
            AccessmodelmetadatabulkupdateresponseStatus::ChunkPending => "CHUNK_PENDING",
            AccessmodelmetadatabulkupdateresponseStatus::ChunkProcessing => {
                "CHUNK_PROCESSING"
            }
            AccessmodelmetadatabulkupdateresponseStatus::ReProcessing => "RE_PROCESSING",
            AccessmodelmetadatabulkupdateresponseStatus::PreProcessFailed => {
                "PRE_PROCESS_FAILED"
            }
            AccessmodelmetadatabulkupdateresponseStatus::Failed => "FAILED",
            AccessmodelmetadatabulkupdateresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessmodelmetadatabulkupdateresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => AccessmodelmetadatabulkupdateresponseStatus::Created,
            "PRE_PROCESS" => AccessmodelmetadatabulkupdateresponseStatus::PreProcess,
            "PRE_PROCESS_COMPLETED" => {
                AccessmodelmetadatabulkupdateresponseStatus::PreProcessCompleted
            }
            "POST_PROCESS" => AccessmodelmetadatabulkupdateresponseStatus::PostProcess,
            "COMPLETED" => AccessmodelmetadatabulkupdateresponseStatus::Completed,
            "CHUNK_PENDING" => AccessmodelmetadatabulkupdateresponseStatus::ChunkPending,
            "CHUNK_PROCESSING" => {
                AccessmodelmetadatabulkupdateresponseStatus::ChunkProcessing
            }
            "RE_PROCESSING" => AccessmodelmetadatabulkupdateresponseStatus::ReProcessing,
            "PRE_PROCESS_FAILED" => {
                AccessmodelmetadatabulkupdateresponseStatus::PreProcessFailed
            }
            "FAILED" => AccessmodelmetadatabulkupdateresponseStatus::Failed,
            other => {
                AccessmodelmetadatabulkupdateresponseStatus::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(AccessmodelmetadatabulkupdateresponseStatus);
