//! `ConfigurationItemRequest`, from `beta/schemas/work-reassignment/ConfigurationItemRequest.yaml`.

use crate::models::ConfigTypeEnum;

/// The request body for creation or update of a Reassignment Configuration for a single identity and work type
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigurationItemRequest {
    /// The identity id to reassign an item from
    #[serde(
        rename = "reassignedFromId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reassigned_from_id: Option<String>,
    /// The identity id to reassign an item to
    #[serde(
        rename = "reassignedToId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub reassigned_to_id: Option<String>,
    #[serde(rename = "configType", default, skip_serializing_if = "Option::is_none")]
    pub config_type: Option<ConfigTypeEnum>,
    /// The date from which to start reassigning work items
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date from which to stop reassigning work items.  If this is an null string it indicates a permanent reassignment.
    #[serde(
        rename = "endDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ConfigurationItemRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ConfigurationItemRequest {
            reassigned_from_id: None,
            reassigned_to_id: None,
            config_type: None,
            start_date: None,
            end_date: None,
            additional_properties: Default::default(),
        }
    }
}
