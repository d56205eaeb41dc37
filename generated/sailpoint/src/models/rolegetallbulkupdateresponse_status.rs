//! `RolegetallbulkupdateresponseStatus`, from `apis/roles/schemas/rolegetallbulkupdateresponse.yaml#/properties/status`.

/// The status of the bulk update request, only list unfinished request's status, the status could also checked by getBulkUpdateStatus API
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolegetallbulkupdateresponseStatus {
    /// `CREATED`
    Created,
    /// `PRE_PROCESS`
    PreProcess,
    /// `POST_PROCESS`
    PostProcess,
    /// `CHUNK_PENDING`
    ChunkPending,
    /// `CHUNK_PROCESSING`
    ChunkProcessing,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolegetallbulkupdateresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolegetallbulkupdateresponseStatus::Created => "CREATED",
            RolegetallbulkupdateresponseStatus::PreProcess => "PRE_PROCESS",
            RolegetallbulkupdateresponseStatus::PostProcess => "POST_PROCESS",
            RolegetallbulkupdateresponseStatus::ChunkPending => "CHUNK_PENDING",
            RolegetallbulkupdateresponseStatus::ChunkProcessing => "CHUNK_PROCESSING",
            RolegetallbulkupdateresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolegetallbulkupdateresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => RolegetallbulkupdateresponseStatus::Created,
            "PRE_PROCESS" => RolegetallbulkupdateresponseStatus::PreProcess,
            "POST_PROCESS" => RolegetallbulkupdateresponseStatus::PostProcess,
            "CHUNK_PENDING" => RolegetallbulkupdateresponseStatus::ChunkPending,
            "CHUNK_PROCESSING" => RolegetallbulkupdateresponseStatus::ChunkProcessing,
            other => RolegetallbulkupdateresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RolegetallbulkupdateresponseStatus);
