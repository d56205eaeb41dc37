//! `SedAssignmentResponse`, from `beta/schemas/SedAssignmentResponse.yaml`.

/// Sed Assignment Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SedAssignmentResponse {
    /// BatchId that groups all the ids together
    #[serde(
        rename = "batchId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub batch_id: Option<String>,
}

impl SedAssignmentResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SedAssignmentResponse {
            batch_id: None,
        }
    }
}
