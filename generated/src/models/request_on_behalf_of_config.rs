//! `RequestOnBehalfOfConfig`, from `v3/schemas/RequestOnBehalfOfConfig.yaml`.

/// `RequestOnBehalfOfConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestOnBehalfOfConfig {
    /// If this is true, anyone can request access for anyone.
    #[serde(
        rename = "allowRequestOnBehalfOfAnyoneByAnyone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub allow_request_on_behalf_of_anyone_by_anyone: Option<bool>,
    /// If this is true, a manager can request access for his or her direct reports.
    #[serde(
        rename = "allowRequestOnBehalfOfEmployeeByManager",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub allow_request_on_behalf_of_employee_by_manager: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestOnBehalfOfConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestOnBehalfOfConfig {
            allow_request_on_behalf_of_anyone_by_anyone: None,
            allow_request_on_behalf_of_employee_by_manager: None,
            additional_properties: Default::default(),
        }
    }
}
