//! `CommonAccessIdStatus`, from `beta/schemas/CommonAccessIDStatus.yaml`.

/// `CommonAccessIdStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CommonAccessIdStatus {
    /// List of confirmed common access ids.
    #[serde(rename = "confirmedIds", default, skip_serializing_if = "Option::is_none")]
    pub confirmed_ids: Option<Vec<String>>,
    /// List of denied common access ids.
    #[serde(rename = "deniedIds", default, skip_serializing_if = "Option::is_none")]
    pub denied_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CommonAccessIdStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CommonAccessIdStatus {
            confirmed_ids: None,
            denied_ids: None,
            additional_properties: Default::default(),
        }
    }
}
