//! `CommonAccessIdStatus`, from `beta/schemas/CommonAccessIDStatus.yaml`.

/// `CommonAccessIdStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CommonAccessIdStatus {
    /// List of confirmed common access ids.
    #[serde(rename = "confirmedIds", default, skip_serializing_if = "Option::is_none")]
    pub confirmed_ids: Option<Vec<String>>,
    /// List of denied common access ids.
    #[serde(rename = "deniedIds", default, skip_serializing_if = "Option::is_none")]
    pub denied_ids: Option<Vec<String>>,
}

impl CommonAccessIdStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessIdStatus {
            confirmed_ids: None,
            denied_ids: None,
        }
    }
}
