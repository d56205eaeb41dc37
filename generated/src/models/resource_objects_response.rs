//! `ResourceObjectsResponse`, from `beta/schemas/ResourceObjectsResponse.yaml`.

use crate::models::ResourceObject;

/// Response model for peek resource objects from source connectors.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceObjectsResponse {
    /// ID of the source
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the source
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The number of objects that were fetched by the connector.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "objectCount", default, skip_serializing_if = "Option::is_none")]
    pub object_count: Option<i64>,
    /// The number of milliseconds spent on the entire request.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "elapsedMillis", default, skip_serializing_if = "Option::is_none")]
    pub elapsed_millis: Option<i64>,
    /// Fetched objects from the source connector.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "resourceObjects",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_objects: Option<Vec<ResourceObject>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResourceObjectsResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ResourceObjectsResponse {
            id: None,
            name: None,
            object_count: None,
            elapsed_millis: None,
            resource_objects: None,
            additional_properties: Default::default(),
        }
    }
}
